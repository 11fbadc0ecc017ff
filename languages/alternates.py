"""The URL of the page being read, in each of the sixteen languages, and its canonical URL.

Used by the language switcher (which keeps the query string, less `page`), the hreflang
alternates and the canonical link (which keep only a list's page number: canonical_query).
The alternates leave out the languages a page has no text of its own in (has_own_text): such
a page shows the English with a notice, so it is no translation to point search engines at;
the switcher still offers it (its interface is translated). A Wagtail page has its own URL
per language (its slug is translated); any other view is the same path under another
language prefix.

A page's URL in each language comes from its stored `url_path_<language>` column (which
modeltranslation fills on save, with the English slug standing in for an untranslated one)
and the request's site root, as `Page.get_url` builds it, without its per-language lookup
of every site's root paths (16 of them a request). A page outside the request's site, or one
without a stored path, is left to `get_url`.
"""

from django.conf import settings
from django.urls import NoReverseMatch, reverse, translate_url
from django.utils import translation
from wagtail.models import Site

from . import supported


def stored_url_path(page, language):
    """The page's url_path in `language` as modeltranslation resolves it (English when empty)."""
    return (getattr(page, f"url_path_{language.field_suffix}", None)
            or getattr(page, f"url_path_{supported.DEFAULT}", None) or page.url_path)


def page_url(request, page, language):
    """`page.get_url(request)` with `language` active, from the stored columns."""
    site = Site.find_for_request(request) if request is not None else None
    if site is not None:
        root_path = stored_url_path(site.root_page, language)
        path = stored_url_path(page, language)
        if root_path and path and path.startswith(root_path):
            with translation.override(language.code):
                try:
                    url = reverse("wagtail_serve", args=(path[len(root_path):],))
                except NoReverseMatch:
                    url = None
            if url is not None:
                if not getattr(settings, "WAGTAIL_APPEND_SLASH", True) and url != "/":
                    url = url.rstrip("/")
                return url
    with translation.override(language.code):
        return page.get_url(request=request)


def url_in_language(request, language_code, page=None):
    """The path in another language, without a query string (hreflang alternates name the
    page itself; the switcher adds the reader's query back: with_query)."""
    if page is not None:
        return page_url(request, page, supported.get(language_code))
    return translate_url(request.path, language_code)


def with_query(request, url):
    """`url` with the request's query string less its page number, for the language
    switcher: a filtered list or a search stays filtered in the other language."""
    query = request.GET.copy()
    query.pop("page", None)
    return join_query(url, query.urlencode())


def join_query(url, query):
    """`url?query`, or `url` alone when either is empty."""
    return f"{url}?{query}" if url and query else url


def canonical_query(request, list_page_number=None):
    """The query string the canonical and hreflang URLs keep: `page=N` on page N > 1 of an
    unfiltered paginated list (each page of a list is its own page, as search engines
    advise); nothing otherwise: a filtered list, search results or a form's choices
    canonicalise to the page without them, and any other parameter (tracking tags, a
    `page` on a page without a list) is dropped."""
    if list_page_number is None or list_page_number < 2:
        return ""
    if request.GET.get("page") != str(list_page_number):
        return ""
    if any(value.strip() for name, values in request.GET.lists() if name != "page"
           for value in values):
        return ""
    return f"page={list_page_number}"


def has_own_text(page, language_code):
    """False where `page` has no text of its own in the language: its translation state is
    "missing" (languages.models.TranslationTracked) and readers get the English with a notice.

    Read from `translated_from`, which holds a language exactly while any tracked text of the
    page (title, summary, body, ..., child rows) has text in it: the same test as
    translation_state's "missing", from one small column instead of every text column
    (alerts.sitemap annotates it onto plain Page rows). Pages without translation tracking
    (home, indexes: their interface and lists are translated) have text in every language."""
    if language_code == supported.DEFAULT or page is None:
        return True
    translated_from = getattr(page, "translated_from", None)
    if translated_from is None:
        return True
    return language_code in translated_from


def alternates(request, page=None):
    """[(Language, relative url)] for all sixteen languages, in the supported order."""
    return [
        (language, url_in_language(request, language.code, page))
        for language in supported.LANGUAGES
    ]


def indexed_alternates(request, page=None, all_alternates=None):
    """alternates() less the languages `page` has no text of its own in (has_own_text): the
    hreflang links and the sitemap advertise only real translations."""
    links = all_alternates if all_alternates is not None else alternates(request, page)
    return [(language, url) for language, url in links if has_own_text(page, language.code)]
