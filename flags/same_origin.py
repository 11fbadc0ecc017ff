"""CSRF protection for the one-step flag without a token, so that alert pages carrying the
flag form stay cacheable (pagecache never stores a page with a CSRF token).

A browser says where a POST came from: `Sec-Fetch-Site` (all current browsers), else
`Origin`, else `Referer` (sent same-origin under our strict-origin-when-cross-origin policy).
The flag is accepted only when one of them shows our own site; with none of them, it is
refused. This is the check Django's CsrfViewMiddleware makes before it looks at the token.
"""

from urllib.parse import urlsplit

from django.conf import settings


def _origin(url):
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else None


def is_same_origin(request):
    fetch_site = request.META.get("HTTP_SEC_FETCH_SITE")
    if fetch_site:
        return fetch_site == "same-origin"
    origin = request.META.get("HTTP_ORIGIN") or _origin(request.META.get("HTTP_REFERER", ""))
    if not origin or origin == "null":
        return False
    ours = f"{request.scheme}://{request.get_host()}"
    return origin == ours or origin in getattr(settings, "CSRF_TRUSTED_ORIGINS", [])
