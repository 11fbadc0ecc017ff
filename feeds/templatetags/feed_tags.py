"""Links to the alert feeds that keep the reader's current filters.

    {% load feed_tags %}
    {% feed_discovery %}        <link rel="alternate"> tags, for <head>
    {% feed_links_list %}       a visible "Follow these alerts" list, for listing pages

`feed_links(request)` is the plain function behind both, for views and context processors.
"""

from django import template
from django.urls import reverse
from django.utils.translation import gettext as _

from feeds.filters import filter_query

register = template.Library()

FORMATS = (
    ("rss", "application/rss+xml", "RSS"),
    ("atom", "application/atom+xml", "Atom"),
    ("json", "application/feed+json", "JSON Feed"),
)


def feed_links(request):
    """[{"url", "type", "format"}] for the current language, with the request's filters.

    Only the filter parameters (fraud_type, audience, region, severity, status) are kept;
    anything else in the query string (page, q) is dropped.
    """
    query = filter_query(request.GET).urlencode(safe=",") if request is not None else ""
    suffix = f"?{query}" if query else ""
    return [
        {"url": reverse(f"feeds:{name}") + suffix, "type": content_type, "format": label}
        for name, content_type, label in FORMATS
    ]


@register.inclusion_tag("feeds/discovery_links.html", takes_context=True)
def feed_discovery(context):
    request = context.get("request")
    return {"feed_links": feed_links(request), "request": request,
            "feed_title": _("Fraud Alert: latest fraud alerts")}


@register.inclusion_tag("feeds/feed_links.html", takes_context=True)
def feed_links_list(context):
    request = context.get("request")
    return {"feed_links": feed_links(request), "request": request}
