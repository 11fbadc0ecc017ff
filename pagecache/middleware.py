"""Whole-response cache for anonymous readers: `X-Cache: HIT` or `MISS` on what it handles.

Sits right after WhiteNoise and BadEncodingMiddleware, before the session, locale, CSRF,
authentication, two-step and lockout middleware: a hit runs none of them, resolves no URL,
renders nothing and reads nothing from the database (the generation is polled at most once a
second). The language in the key is the one LocaleMiddleware would choose (the URL prefix, or
for unprefixed URLs the cookie or Accept-Language). A response is stored as it leaves all the
inner middleware, so the headers they set (Content-Language, Vary, CSP, X-Frame-Options,
Permissions-Policy) are stored with it; only SecurityMiddleware's, outside, run on every hit.
Whether a response may be stored is judged on the same request object after the inner
middleware ran (session modified, user looked at, CSRF cookie set, Vary: Cookie).
"""

import hashlib

from django.conf import settings
from django.http import HttpResponse
from django.utils.cache import get_conditional_response
from django.utils.http import parse_http_date_safe
from django.utils.translation import get_language_from_request

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
    # As LocaleMiddleware decides with i18n_patterns (the default language prefixed too).
    language = get_language_from_request(request, check_path=True)
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
        conditional = get_conditional_response(
            request, etag=response.get("ETag"), last_modified=last_modified, response=response
        )
        if conditional is not response:
            # Django's 304 keeps only the validators and caching headers; without the CORS
            # ones a browser hides the 304 from the partner's script that asked for it.
            for name, value in headers:
                if name.lower().startswith("access-control-"):
                    conditional.headers[name] = value
            conditional.headers["X-Cache"] = "HIT"
        return conditional
    return response
