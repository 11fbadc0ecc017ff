"""What the admin language picker shows first (issue 11, points 1, 2 and 4).

English, the source text, is always shown, above each translation; then the editor's
working languages (editorial.EditorProfile, set under Account -> Working languages), then
any language with an error after a failed save. Without working languages the picker shows
WAGTAILMODELTRANSLATION_LOCALE_PICKER_DEFAULT, or English alone.
"""

from django.conf import settings
from django.urls import reverse
from django.utils.translation import gettext
from wagtail.fields import StreamField

from admin_languages.error_languages import languages_with_errors
from admin_languages.fields import translation_fields
from editorial.models import EditorProfile
from languages import supported


def base_field_names():
    return sorted({field.translated_field.name for _, field in translation_fields()})


def default_languages(user):
    working = EditorProfile.languages_for(user) if user is not None else []
    if not working:
        working = list(getattr(settings, "WAGTAILMODELTRANSLATION_LOCALE_PICKER_DEFAULT", None)
                       or ())
    return [code for code in supported.CODES if code in working and code != supported.DEFAULT]


def stream_field_names(model=None):
    """The StreamFields of `model` (the form's; all models without one): the fields that get
    "Copy content from" buttons. Per model: an alert's `body` is rich text, an advice page's
    a StreamField, and the copy endpoint only copies StreamFields."""
    return sorted({field.translated_field.name for field_model, field in translation_fields()
                   if isinstance(field, StreamField)
                   and (model is None or issubclass(model, field_model))})


def _form_model(form, page):
    meta = getattr(form, "_meta", None)
    model = getattr(meta, "model", None)
    if model is None and page is not None:
        model = type(page)
    return model


def config(user, form=None, page=None):
    errors = []
    if form is not None and getattr(form, "is_bound", False) and not form.is_valid():
        errors = [language.code for language in languages_with_errors(form)]
    return {
        "source": supported.DEFAULT,
        "shown": default_languages(user),
        "errors": errors,
        "fields": base_field_names(),
        "streamFields": stream_field_names(_form_model(form, page)),
        "copyUrl": (reverse("wagtailadmin_pages:edit", args=[page.pk]) + "copy_translation_content/"
                    if getattr(page, "pk", None) else ""),
        "languages": [
            {"code": language.code, "suffix": language.field_suffix,
             "name": language.local_name, "dir": language.direction}
            for language in supported.LANGUAGES
        ],
        "strings": {
            "legend": gettext("Languages shown"),
            "source": gettext("Source text"),
            "copyFrom": gettext("Copy content from"),
            "hasErrors": gettext("has errors"),
            "copyLanguage": gettext("Copy content from %(language)s"),
            "copied": gettext("Content copied from %(language)s."),
            "copyFailed": gettext("The content could not be copied."),
        },
    }
