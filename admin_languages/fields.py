"""Which language a translated form field holds, from modeltranslation's registry."""

from functools import cache

from modeltranslation.fields import TranslationField
from modeltranslation.translator import translator

from languages import supported


def translation_fields():
    """Every modeltranslation column: (model, TranslationField)."""
    for model in translator.get_registered_models():
        for field in model._meta.get_fields():
            if isinstance(field, TranslationField):
                yield model, field


@cache
def language_by_field_name():
    """{"title_pl": Language(pl), "body_zh_hans": Language(zh-hans), ...} for all models."""
    by_suffix = {language.field_suffix: language for language in supported.LANGUAGES}
    return {field.name: by_suffix[field.language.replace("-", "_")]
            for _, field in translation_fields()
            if field.language.replace("-", "_") in by_suffix}


def language_of(field_name):
    """The Language of a translated field name (also inside an inline form's prefix), or None."""
    return language_by_field_name().get(field_name.rsplit("-", 1)[-1])
