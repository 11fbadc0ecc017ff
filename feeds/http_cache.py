"""HTTP caching for every feed and API response.

`cacheable` wraps a view: the response gets `Cache-Control: public, max-age=300`, an ETag
computed from its body (so it changes whenever any byte does: a new alert, an update, a
renamed fraud type) and, when the view passes one, a Last-Modified date. A request whose
If-None-Match or If-Modified-Since still matches gets 304 Not Modified with no body.
"""

from functools import wraps

from django.utils.cache import get_conditional_response, patch_cache_control, set_response_etag
from django.utils.http import http_date, parse_http_date_safe

MAX_AGE = 300


def set_last_modified(response, moment):
    if moment is not None:
        response["Last-Modified"] = http_date(moment.timestamp())
    return response


def cacheable(view):
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        if response.status_code != 200:
            return response
        patch_cache_control(response, public=True, max_age=MAX_AGE)
        if request.method not in ("GET", "HEAD"):
            return response
        if not response.has_header("ETag") and not response.streaming:
            set_response_etag(response)
        last_modified = parse_http_date_safe(response.get("Last-Modified", ""))
        return get_conditional_response(
            request, etag=response.get("ETag"), last_modified=last_modified, response=response
        )

    return wrapped
