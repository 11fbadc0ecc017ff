"""Whole-response cache for anonymous readers: `X-Cache: HIT` or `MISS` on what it handles.

Sits right after AuthenticationMiddleware: the language is known (the key includes it, for
unprefixed URLs negotiated from the cookie or Accept-Language), and a hit skips URL
resolution, the view, the templates and the database. Headers set by the inner middleware
(CSP, X-Frame-Options) are stored with the page; the outer ones run on every response.
"""

import hashlib

from django.conf import settings
from django.http import HttpResponse
from django.utils.cache import get_conditional_response
from django.utils.http import parse_http_date_safe

from pagecache import expiry, generation, rules


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.skip_pattern = rules.skipped_paths()
        self.cookies_to_bypass = rules.bypass_cookies()

    def __call__(self, request):
        if not settings.PAGE_CACHE_ENABLED or not rules.request_is_cacheable(
            request, self.skip_pattern, self.cookies_to_bypass
        ):
            return self.get_response(request)
        current = generation.current()
        key = entry_key(request, current)
        entry = generation.cache().get(key)
        if entry is not None:
            return answer_from(request, entry)
        response = self.get_response(request)
        if request.method == "GET" and rules.response_is_storable(request, response):
            ttl = expiry.time_to_live(current)
            if ttl > 0:
                generation.cache().set(key, freeze(response), timeout=ttl)
        response.headers["X-Cache"] = "MISS"
        return response


def entry_key(request, current):
    url = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    language = getattr(request, "LANGUAGE_CODE", "")
    digest = hashlib.sha256(f"{language} {url}".encode()).hexdigest()
    return f"pagecache:page:{current}:{digest}"


def freeze(response):
    return (response.status_code, list(response.headers.items()), response.content)


def answer_from(request, entry):
    status, headers, content = entry
    response = HttpResponse(content, status=status)
    for name, value in headers:
        response.headers[name] = value
    response.headers["Content-Length"] = str(len(content))
    response.headers["X-Cache"] = "HIT"
    if status == 200:
        last_modified = parse_http_date_safe(response.get("Last-Modified", ""))
        return get_conditional_response(
            request, etag=response.get("ETag"), last_modified=last_modified, response=response
        )
    return response
