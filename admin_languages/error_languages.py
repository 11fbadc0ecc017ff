"""The "could not be saved" banner names the languages with errors (issue 11, point 2).

Wagtail's page and snippet editors report a failed save through
`wagtail.admin.messages.validation_error`; an error in a language whose fields the picker
hides (say a duplicate Polish slug) showed only "The page could not be saved due to
validation errors". The banner now ends with the languages, in their own names, and the
admin script switches those languages on.
"""

from django.utils.html import format_html
from django.utils.translation import ngettext
from wagtail.admin import messages

from admin_languages.fields import language_of
from languages import supported


def languages_with_errors(form):
    """Languages (site order) whose fields have errors in `form` or its inline formsets."""
    names = list(form.errors)
    for formset in getattr(form, "formsets", {}).values():
        for child in formset.forms:
            names.extend(child.errors)
    found = {language_of(name) for name in names} - {None}
    return [language for language in supported.LANGUAGES if language in found]


def describe(languages):
    listed = ", ".join(
        f"{language.local_name} ({language.code})" for language in languages
    )
    return ngettext(
        "Language with errors: %(languages)s.",
        "Languages with errors: %(languages)s.",
        len(languages),
    ) % {"languages": listed}


def name_languages_in_validation_banner():
    original = messages.validation_error
    if getattr(original, "names_languages", False):
        return

    def validation_error(request, message, form, buttons=None):
        languages = languages_with_errors(form)
        if languages:
            message = format_html("{} {}", message, describe(languages))
        return original(request, message, form, buttons)

    validation_error.names_languages = True
    messages.validation_error = validation_error
