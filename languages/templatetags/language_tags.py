from django import template
from django.core.paginator import Page as ListPage
from django.utils import translation
from django.utils.html import format_html

from languages import alternates as alternates_module
from languages import supported
from languages.choice import choice_url
from languages.text import shown_language

register = template.Library()


def _alternates(context):
    """Computed once per request and shared by the switcher and the <link> alternates (they
    sit in different templates, so the render context cannot carry it)."""
    request = context.get("request")
    if request is None:
        return []
    page = _page(context)
    key = getattr(page, "pk", None)
    cached = getattr(request, "_language_alternates", None)
    if cached is None or cached[0] != key:
        cached = (key, alternates_module.alternates(request, page))
        request._language_alternates = cached
    return cached[1]


def _page(context):
    page = context.get("page")
    return page if hasattr(page, "url_path") else None


def _list_page_number(context):
    """The number of the page of a paginated list the page shows (the alert index's
    `alerts_page`, the search's `results_page`: a Paginator page), or None. Checked with
    type(), which does not wake lazy values such as `user`."""
    for value in context.flatten().values():
        if issubclass(type(value), ListPage):
            return value.number
    return None


def _canonical_query(context):
    """canonical_query for this request, worked out once (the canonical link and the
    hreflang links both need it, and finding the list's page number reads the context)."""
    request = context["request"]
    if not hasattr(request, "_canonical_query"):
        request._canonical_query = alternates_module.canonical_query(
            request, _list_page_number(context))
    return request._canonical_query


def _english_url(links):
    return next((url for language, url in links if language.code == supported.DEFAULT), "")


@register.simple_tag(takes_context=True)
def canonical_link(context):
    """`<link rel="canonical">`: this page's own absolute URL in the reader's language, from
    the request path, with no query string but a list's page number (canonical_query). A
    page with no text of its own in the reader's language (it shows the English) names its
    English URL: the same main content, so the same page to search engines. Depends only on
    the URL and the content, so it is safe in the page cache."""
    request = context.get("request")
    if request is None:
        return ""
    page = _page(context)
    language = translation.get_language()
    url = request.path
    if page is not None and not alternates_module.has_own_text(page, language):
        url = _english_url(_alternates(context)) or url
    url = alternates_module.join_query(url, _canonical_query(context))
    return format_html('<link rel="canonical" href="{}">', request.build_absolute_uri(url))


@register.inclusion_tag("includes/hreflang_links.html", takes_context=True)
def hreflang_links(context):
    """The alternates in the languages the page has text in, each with the canonical query
    (page N of a list names page N in every language), and x-default: the English."""
    request = context.get("request")
    if request is None:
        return {"links": [], "default_url": ""}
    query = _canonical_query(context)
    links = alternates_module.indexed_alternates(request, _page(context), _alternates(context))
    default_url = _english_url(links)
    return {
        "links": [(language, request.build_absolute_uri(alternates_module.join_query(url, query)))
                  for language, url in links if url],
        "default_url": request.build_absolute_uri(alternates_module.join_query(default_url, query))
        if default_url else "",
    }


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    request = context.get("request")
    return {
        "links": [(language, choice_url(language.code, alternates_module.with_query(request, url)))
                  for language, url in _alternates(context)],
        "current_language": context.get("current_language"),
    }


@register.simple_tag
def text_lang(obj, field_name):
    """` lang=".." dir=".."` for the language `obj.<field_name>` is shown in: the reader's
    where that translation has text, English where modeltranslation fell back to it.

    Reads only `<field_name>_<reader suffix>`, a column listings already load (no query).
    Usage: `<h3{% text_lang alert "title" %}>{{ alert.title }}</h3>`.
    """
    language = shown_language(obj, field_name, supported.get(translation.get_language()))
    return format_html(' lang="{}" dir="{}"', language.code, language.direction)


@register.filter
def in_english_here(obj, field_name):
    """True where a non-English reader is shown `obj.<field_name>` in English (the field has
    no text of its own in their language): lists mark such items "in English"."""
    reader = supported.get(translation.get_language())
    return shown_language(obj, field_name, reader) != reader


@register.simple_tag
def reader_lang():
    """` lang=".." dir=".."` of the reader's language: for interface text (labels, boxes)
    that sits inside an element marked as English fallback."""
    reader = supported.get(translation.get_language())
    return format_html(' lang="{}" dir="{}"', reader.code, reader.direction)

