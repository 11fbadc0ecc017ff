"""Which requests may be answered from the cache, and which responses may be stored.

Only anonymous GET/HEAD requests for public pages, feeds, CAP and the API. Never for anyone
carrying a session (editors, logged-in users), a pending message or a per-reader cookie, and
never a response that is personal: one that sets a cookie, uses a CSRF token, varies on the
cookie, carries a CSP nonce, is a Wagtail preview, or is not a plain 200 or 301.
"""

import re

from django.conf import settings

STORABLE_STATUSES = {200, 301}
PRIVATE_CACHE_CONTROL = ("private", "no-store", "no-cache")


def skipped_paths():
    admin = re.escape(settings.ADMIN_PATH)
    return re.compile(
        rf"^/(?:{admin}|django-admin|documents|static|media|healthz)(?:/|$)"
        rf"|^/[a-z]{{2,3}}(?:-[a-z]+)?/(?:{'|'.join(settings.PAGE_CACHE_SKIP_SECTIONS)})/"
    )


def bypass_cookies():
    return {
        settings.SESSION_COOKIE_NAME,
        getattr(settings, "MESSAGES_COOKIE_NAME", "messages"),
        *settings.PAGE_CACHE_BYPASS_COOKIES,
    }


def request_is_cacheable(request, skip_pattern, cookies_to_bypass):
    if request.method not in ("GET", "HEAD"):
        return False
    if "HTTP_AUTHORIZATION" in request.META:
        return False
    if cookies_to_bypass.intersection(request.COOKIES):
        return False
    # A logged-in user always carries the session cookie, so the check above bypasses them
    # without loading the session (which would add "Vary: Cookie" to every page).
    return not skip_pattern.match(request.path_info)


def response_is_storable(request, response):
    if response.status_code not in STORABLE_STATUSES or response.streaming:
        return False
    if response.cookies or request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False
    session = getattr(request, "session", None)
    if session is not None and session.modified:
        return False
    user = getattr(request, "_cached_user", None)  # set only if the view looked at the user
    if user is not None and user.is_authenticated:
        return False
    if getattr(request, "is_preview", False):
        return False
    if any(word in response.get("Cache-Control", "") for word in PRIVATE_CACHE_CONTROL):
        return False
    if "cookie" in response.get("Vary", "").lower() or response.get("Vary") == "*":
        return False
    if "'nonce-" in response.get("Content-Security-Policy", ""):
        return False
    return b"csrfmiddlewaretoken" not in response.content
