"""The sixteen languages Fraud Alert publishes in, described from Babel's locale data.

This module is imported by settings, so it must not import Django models.
"""

from dataclasses import dataclass
from functools import cache

from babel import Locale


@dataclass(frozen=True)
class Language:
    code: str  # Django's language code, used in URLs: "zh-hans"
    babel: str  # Babel/CLDR locale identifier: "zh_Hans"
    english_name: str

    @property
    def field_suffix(self):
        """The suffix modeltranslation gives this language's columns (title_zh_hans)."""
        return self.code.replace("-", "_")

    @property
    def locale(self):
        return _babel_locale(self.babel)

    @property
    def local_name(self):
        """The language's name in its own language and script (Babel)."""
        return _local_name(self.babel)

    @property
    def is_rtl(self):
        return self.locale.character_order == "right-to-left"

    @property
    def direction(self):
        return "rtl" if self.is_rtl else "ltr"


@cache
def _babel_locale(identifier):
    return Locale.parse(identifier)


@cache
def _local_name(identifier):
    locale = _babel_locale(identifier)
    name = locale.get_display_name(locale)
    return name[:1].upper() + name[1:]


LANGUAGES = (
    Language("en", "en", "English"),
    Language("cy", "cy", "Welsh"),
    Language("pl", "pl", "Polish"),
    Language("ro", "ro", "Romanian"),
    Language("pt", "pt", "Portuguese"),
    Language("es", "es", "Spanish"),
    Language("fr", "fr", "French"),
    Language("tr", "tr", "Turkish"),
    Language("ar", "ar", "Arabic"),
    Language("ur", "ur", "Urdu"),
    Language("bn", "bn", "Bengali"),
    Language("pa", "pa_Guru", "Punjabi"),
    Language("gu", "gu", "Gujarati"),
    Language("ta", "ta", "Tamil"),
    Language("so", "so", "Somali"),
    Language("zh-hans", "zh_Hans", "Chinese (Simplified)"),
)

DEFAULT = "en"
CODES = tuple(language.code for language in LANGUAGES)
BY_CODE = {language.code: language for language in LANGUAGES}


def get(code):
    """The Language for a Django code, falling back to English for anything unknown."""
    return BY_CODE.get(code) or BY_CODE.get((code or "").split("-")[0]) or BY_CODE[DEFAULT]


def django_lang_info():
    """LANG_INFO entries for every language, so Django knows name, name_local and bidi.

    Django ships no entry for Gujarati or Somali and calls Punjabi "Punjabi" in its own
    name; Babel's CLDR data fills all three.
    """
    return {
        language.code: {
            "bidi": language.is_rtl,
            "code": language.code,
            "name": language.english_name,
            "name_local": language.local_name,
        }
        for language in LANGUAGES
    }


def register_lang_info():
    from django.conf.locale import LANG_INFO

    LANG_INFO.update(django_lang_info())
