"""Per-language feeds (/<lang>/feeds/alerts.rss|.atom|.json) and the embeddable widget.

The language comes from the URL prefix (i18n_patterns activates it). Filters come from the
query string (see feeds.filters); an unknown value is a 400 with a message, never a 500.
"""

from django.http import HttpResponse, HttpResponseBadRequest, QueryDict
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.csp import csp_override
from django.views.decorators.http import require_safe

from alerts.models import AlertPage, Audience, FraudType, Region
from languages import supported

from . import syndication
from .cross_origin import read_only_for_any_origin
from .filters import FilterError, parse_filters
from .http_cache import cacheable, set_last_modified
from .items import feed_items, list_changed_at

WIDGET_LENGTH = 5
WIDGET_MAX_LENGTH = 20

# The widget is framed by other sites: only frame-ancestors is relaxed, and the rest is
# tighter than the site's (no scripts at all, only our stylesheet).
WIDGET_CSP = {
    "default-src": ["'none'"],
    "style-src": ["'self'"],
    "img-src": ["'self'"],
    "base-uri": ["'none'"],
    "form-action": ["'none'"],
    "frame-ancestors": ["*"],
}


def current_language_code():
    return supported.get(translation.get_language()).code


def listing_url(request, language_code, filters):
    """The alert listing in this language with the same filters (index slug is "alerts")."""
    return request.build_absolute_uri(
        f"/{language_code}/alerts/" + _suffix(filter_query_string(filters))
    )


def filter_query_string(filters, limit=None):
    query = QueryDict(mutable=True)
    query.update(filters.query)
    if limit is not None:
        query["limit"] = str(limit)
    return query.urlencode(safe=",")


def _bad_filters(error):
    return HttpResponseBadRequest(str(error), content_type="text/plain; charset=utf-8")


def _feed_response(request, writer, content_type):
    try:
        filters = parse_filters(request.GET)
    except FilterError as error:
        return _bad_filters(error)
    language_code = current_language_code()
    items = feed_items(request, language_code, filters)
    body = writer(
        items, language_code=language_code, link=listing_url(request, language_code, filters),
        feed_url=request.build_absolute_uri(),
        site_url=request.build_absolute_uri(f"/{language_code}/"),
    )
    response = HttpResponse(body, content_type=content_type)
    return set_last_modified(response, list_changed_at(*(item.updated_at for item in items)))


@read_only_for_any_origin()
@cacheable
def rss(request):
    return _feed_response(
        request,
        lambda items, **kw: syndication.xml_feed(syndication.AlertRssFeed, items, **kw),
        "application/rss+xml; charset=utf-8",
    )


@read_only_for_any_origin()
@cacheable
def atom(request):
    return _feed_response(
        request,
        lambda items, **kw: syndication.xml_feed(syndication.AlertAtomFeed, items, **kw),
        "application/atom+xml; charset=utf-8",
    )


@read_only_for_any_origin()
@cacheable
def json_feed(request):
    return _feed_response(request, syndication.json_feed, "application/feed+json; charset=utf-8")


def _widget_length(params):
    raw = params.get("limit", "")
    if not raw:
        return WIDGET_LENGTH
    if not raw.isdecimal() or not 1 <= int(raw) <= WIDGET_MAX_LENGTH:
        raise FilterError(
            translation.gettext("The limit must be a whole number from 1 to %(max)s.")
            % {"max": WIDGET_MAX_LENGTH}
        )
    return int(raw)


@read_only_for_any_origin()
@xframe_options_exempt
@csp_override(WIDGET_CSP)
@cacheable
def embed_widget(request):
    """The latest alerts as a tiny page for an iframe: no script, no cookie, no session."""
    try:
        filters = parse_filters(request.GET)
        limit = _widget_length(request.GET)
    except FilterError as error:
        return _bad_filters(error)
    language_code = current_language_code()
    items = feed_items(request, language_code, filters, limit=limit)
    response = render(request, "embed/alerts_widget.html", {
        "items": items,
        "more_url": listing_url(request, language_code, filters),
    })
    return set_last_modified(response, list_changed_at(*(item.updated_at for item in items)))


@require_safe
def embed_help(request):
    """"Use our alerts on your site": builds the iframe snippet and feed links from a form."""
    error = None
    try:
        filters = parse_filters(request.GET)
        limit = _widget_length(request.GET)
    except FilterError as exc:
        filters, limit, error = parse_filters(QueryDict()), WIDGET_LENGTH, str(exc)
    filter_suffix = _suffix(filter_query_string(filters))
    widget_query = filter_query_string(filters, limit=None if limit == WIDGET_LENGTH else limit)
    return render(request, "embed/use_our_alerts.html", {
        "error": error,
        "widget_url": request.build_absolute_uri(reverse("embed:alerts") + _suffix(widget_query)),
        "feed_urls": [
            (label, request.build_absolute_uri(reverse(f"feeds:{name}") + filter_suffix))
            for name, label in (("rss", "RSS 2.0"), ("atom", "Atom 1.0"),
                                ("json", "JSON Feed 1.1"))
        ],
        "api_url": request.build_absolute_uri(reverse("api:alerts")),
        "cap_url": request.build_absolute_uri(reverse("cap:index")),
        "chosen": {name: value.split(",") for name, value in filters.query.items()},
        "limit": limit,
        "fraud_types": FraudType.objects.all(),
        "audiences": Audience.objects.all(),
        "regions": Region.objects.all(),
        "severities": AlertPage.Severity.choices,
        "max_limit": WIDGET_MAX_LENGTH,
    })


def _suffix(query):
    return f"?{query}" if query else ""
