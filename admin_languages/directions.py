"""Each translated field is written in its own language's direction (issue 11, point 3).

The admin sets `dir` on <html> from the editor's own admin language, so in an Arabic admin
an English title came out right-to-left (and an Arabic one left-to-right in an English
admin). Every translated form field gets `dir` and `lang` from its language; rich text and
StreamField editors, drawn by JavaScript, take theirs from a CSS rule on the panel
(admin_languages/static/admin_languages/admin_languages.css).
"""

import copy

from django import forms

from admin_languages.fields import translation_fields
from languages import supported


def widget_attrs_for(language):
    return {"dir": language.direction, "lang": language.code}


def set_field_directions():
    patched = set()
    for _, field in translation_fields():
        if id(field) in patched:
            continue
        patched.add(id(field))
        language = supported.BY_CODE.get(field.language)
        if language is not None:
            field.formfield = _with_direction(field.formfield, widget_attrs_for(language))


def _with_direction(formfield, attrs):
    def formfield_with_direction(*args, **kwargs):
        form_field = formfield(*args, **kwargs)
        if form_field is not None and isinstance(
            form_field.widget, (forms.TextInput, forms.Textarea)
        ):
            # The widget may be an instance shared by every language's field: copy it.
            form_field.widget = copy.copy(form_field.widget)
            form_field.widget.attrs = {**form_field.widget.attrs, **attrs}
        return form_field

    return formfield_with_direction
