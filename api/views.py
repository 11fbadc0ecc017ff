"""The read-only partner API: /api/v1/...

Every answer is JSON. Bad parameters get 400 with {"error": {"status", "message"}}, an
unknown alert or any other /api/ path 404, a method other than GET, HEAD or OPTIONS 405
(with Allow), all in the same shape. Successful answers carry ETag and Cache-Control (the
alert lists and alerts Last-Modified too) and honour conditional requests (304). Every
answer may be read from any origin (feeds.cross_origin). Its language is `lang` alone:
api.language_headers sets Content-Language and keeps Accept-Language out of Vary.
"""

import json

from django.core.paginator import Paginator
from django.http import HttpResponsePermanentRedirect, JsonResponse
from django.urls import Resolver404, resolve, reverse
from django.utils import translation

from feeds.cross_origin import read_only_for_any_origin
from feeds.filters import FILTER_PARAMS, FilterError, parse_filters
from feeds.http_cache import cacheable, set_last_modified
from feeds.items import alert_changed_at, list_changed_at, updated_at
from languages import supported

from . import openapi, serializers

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100
LIST_PARAMS = ("lang", "page", "page_size", *FILTER_PARAMS)


class BadRequest(ValueError):
    pass


def api_response(data, status=200):
    return JsonResponse(data, status=status, json_dumps_params={"ensure_ascii": False})


def error_response(status, message):
    return api_response({"error": {"status": status, "message": message}}, status=status)


def moved_permanently(request, location):
    """A JSON 301 to `location` (a path with its query string): the API answers only JSON."""
    absolute = request.build_absolute_uri(location)
    body = {"redirect": {"status": 301, "location": absolute,
                         "message": f"This endpoint is at {absolute} (with a final slash)."}}
    return HttpResponsePermanentRedirect(location, content=json.dumps(body, ensure_ascii=False),
                                         content_type="application/json")


def not_found(request, message):
    """A JSON 404. LocaleMiddleware turns a 404 on an unprefixed URL into a redirect to
    /<lang>/... whenever that path resolves (Wagtail's catch-all makes every slash-ending
    path resolve); it reads `request.urlconf`, so point it at the API's own URLconf, which
    has no language prefix, to keep the 404 a 404."""
    request.urlconf = "api.urls"
    return error_response(404, message)


def _check_params(params, allowed=()):
    unknown = sorted(set(params) - set(allowed))
    if unknown:
        takes = f"Allowed: {', '.join(allowed)}." if allowed else "This endpoint takes none."
        raise BadRequest(f"Unknown parameter: {', '.join(unknown)}. {takes}")


def _language(params):
    code = params.get("lang", supported.DEFAULT)
    if code not in supported.CODES:
        raise BadRequest(f"Unknown lang {code!r}. Use one of: {', '.join(supported.CODES)}.")
    return code


def _positive_int(params, name, default, maximum=None):
    raw = params.get(name, "")
    if raw == "":
        return default
    if not raw.isdecimal() or int(raw) < 1 or (maximum and int(raw) > maximum):
        limit = f" from 1 to {maximum}" if maximum else " of 1 or more"
        raise BadRequest(f"{name} must be a whole number{limit}; got {raw!r}.")
    return int(raw)


def api_view(view):
    """GET/HEAD (OPTIONS a preflight, other methods a JSON 405), BadRequest/FilterError a 400,
    the rest cached; every answer readable from any origin."""

    @read_only_for_any_origin(error_response)
    @cacheable
    def wrapped(request, *args, **kwargs):
        with translation.override(supported.DEFAULT):
            try:
                return view(request, *args, **kwargs)
            except (BadRequest, FilterError) as error:
                return error_response(400, str(error))

    wrapped.__name__ = view.__name__
    wrapped.__doc__ = view.__doc__
    return wrapped


@read_only_for_any_origin(error_response)
def unknown_path(request):
    """Any other path under /api/: a JSON 404 (rather than a redirect to the site's /en/...
    page). An endpoint asked for without its final slash is redirected to it (JSON 301)."""
    if not request.path_info.endswith("/"):
        try:
            match = resolve(request.path_info + "/")
        except Resolver404:
            match = None
        if match is not None and match.namespace == "api":
            return moved_permanently(request, request.get_full_path(force_append_slash=True))
    return not_found(request, f"Nothing is at {request.path}. The API's endpoints are listed "
                              f"at {request.build_absolute_uri(reverse('api:index'))}.")


@api_view
def index(request):
    _check_params(request.GET)

    def url(name, *args):
        return request.build_absolute_uri(reverse(name, args=args))

    return api_response({
        "alerts": url("api:alerts"),
        "fraud_types": url("api:fraud_types"),
        "audiences": url("api:audiences"),
        "regions": url("api:regions"),
        "openapi": url("api:openapi"),
        "cap": url("cap:index"),
        "languages": list(supported.CODES),
    })


@api_view
def alerts(request):
    """Alerts, newest first, in one language, filtered like the alert listing."""
    _check_params(request.GET, LIST_PARAMS)
    language_code = _language(request.GET)
    filters = parse_filters(request.GET)
    page_size = _positive_int(request.GET, "page_size", DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE)
    number = _positive_int(request.GET, "page", 1)
    paginator = Paginator(filters.apply(serializers.alert_queryset(language_code)), page_size)
    if number > paginator.num_pages:
        raise BadRequest(f"page {number} does not exist: there are {paginator.num_pages}.")
    page = paginator.page(number)
    with translation.override(language_code):
        results = [serializers.alert_json(alert, request, language_code)
                   for alert in serializers.with_terms(page)]
    response = api_response({
        "language": language_code,
        "count": paginator.count,
        "page": number,
        "page_size": page_size,
        "num_pages": paginator.num_pages,
        "next": _page_url(request, number + 1) if page.has_next() else None,
        "previous": _page_url(request, number - 1) if page.has_previous() else None,
        "results": results,
    })
    return set_last_modified(response, list_changed_at(*(updated_at(a) for a in page)))


def _page_url(request, number):
    query = request.GET.copy()
    query["page"] = str(number)
    return request.build_absolute_uri(f"{request.path}?{query.urlencode(safe=',')}")


@api_view
def alert(request, reference_code):
    """One alert, by reference code, with its body and what-to-do text."""
    _check_params(request.GET, ("lang",))
    language_code = _language(request.GET)
    found = serializers.alert_queryset(language_code).filter(
        reference_code=reference_code).first()
    if found is None:
        return not_found(request, f"No published alert has the reference code "
                                  f"{reference_code!r}.")
    with translation.override(language_code):
        data = serializers.alert_json(serializers.with_terms([found])[0], request,
                                      language_code, full=True)
    return set_last_modified(api_response(data), alert_changed_at(found))


@api_view
def taxonomy(request, kind):
    """Fraud types, audiences or regions: the slugs the alert filters take."""
    _check_params(request.GET, ("lang",))
    language_code = _language(request.GET)
    with translation.override(language_code):
        results = serializers.taxonomy_json(serializers.TAXONOMIES[kind])
    return api_response({"language": language_code, "results": results})


@api_view
def openapi_document(request):
    _check_params(request.GET)
    return api_response(openapi.document(request.build_absolute_uri(reverse("api:index"))))
