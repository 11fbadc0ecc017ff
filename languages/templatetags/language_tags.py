from django import template

from languages import alternates as alternates_module
from languages import supported

register = template.Library()


def _alternates(context):
    """Computed once per request and shared by the switcher and the <link> alternates (they
    sit in different templates, so the render context cannot carry it)."""
    request = context.get("request")
    if request is None:
        return []
    page = context.get("page")
    page = page if hasattr(page, "url_path") else None
    key = getattr(page, "pk", None)
    cached = getattr(request, "_language_alternates", None)
    if cached is None or cached[0] != key:
        cached = (key, alternates_module.alternates(request, page))
        request._language_alternates = cached
    return cached[1]


@register.inclusion_tag("includes/hreflang_links.html", takes_context=True)
def hreflang_links(context):
    request = context.get("request")
    links = _alternates(context)
    default_url = next((url for language, url in links if language.code == supported.DEFAULT), "")
    return {
        "links": [(language, request.build_absolute_uri(url)) for language, url in links if url],
        "default_url": request.build_absolute_uri(default_url) if default_url else "",
    }


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    request = context.get("request")
    return {
        "links": [(language, alternates_module.with_query(request, url))
                  for language, url in _alternates(context)],
        "current_language": context.get("current_language"),
    }
