"""The URL of the page being read, in each of the sixteen languages.

Used by the language switcher and the hreflang alternates. A Wagtail page has its own URL
per language (its slug is translated); any other view is the same path under another
language prefix.
"""

from django.urls import translate_url
from django.utils import translation

from . import supported


def url_in_language(request, language_code, page=None):
    if page is not None:
        with translation.override(language_code):
            return page.get_url(request=request)
    url = translate_url(request.get_full_path(), language_code)
    return url


def alternates(request, page=None):
    """[(Language, relative url)] for all sixteen languages, in the supported order."""
    return [
        (language, url_in_language(request, language.code, page))
        for language in supported.LANGUAGES
    ]
