from django import template

from languages import alternates as alternates_module
from languages import supported

register = template.Library()


def _alternates(context):
    """Computed once per render and shared by the switcher and the <link> alternates."""
    cached = context.get("_language_alternates")
    if cached is None:
        request = context.get("request")
        page = context.get("page")
        if request is None:
            return []
        cached = alternates_module.alternates(request, page if hasattr(page, "url_path") else None)
        context.render_context["_language_alternates"] = cached
        context["_language_alternates"] = cached
    return cached


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
    return {
        "links": _alternates(context),
        "current_language": context.get("current_language"),
    }
