"""Response headers Django does not send by itself, a relaxed policy for the Wagtail admin,
and a clear 400 for request URLs that are not valid UTF-8.

Order in MIDDLEWARE (fraudalert/settings/base.py):
- `BadEncodingMiddleware` first, before anything reads request.GET or the path.
- `SecurityHeadersMiddleware` last, inside ContentSecurityPolicyMiddleware and
  XFrameOptionsMiddleware, so the admin's own policy is on the response before they look.
"""

from urllib.parse import unquote_to_bytes

from django.conf import settings
from django.http import JsonResponse
from django.utils.translation import gettext_lazy

from feeds.cross_origin import allow_any_origin, answers_any_origin


def _readable(raw):
    """`raw` (bytes, percent-encoded) decodes to UTF-8 text without NUL characters."""
    try:
        text = unquote_to_bytes(raw).decode("utf-8")
    except UnicodeDecodeError:
        return False
    return "\x00" not in text


def _query_bytes(request):
    # WSGI servers hand the query string over as latin-1 decoded bytes.
    value = request.META.get("QUERY_STRING", "")
    try:
        return value.encode("latin-1")
    except UnicodeEncodeError:  # already text: judged as UTF-8
        return value.encode("utf-8", "surrogatepass")


class BadEncodingMiddleware:
    """400 for a path or query string whose percent-escapes are not UTF-8 (e.g. `%ff%fe`).

    Django would otherwise replace the bytes with U+FFFD and carry on, or fail deep inside a
    view; either way the request cannot mean anything on this site.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # Django has decoded the path already, putting undecodable bytes back as %XX.
        path = request.path_info.encode("utf-8", "surrogatepass")
        if not (_readable(path) and _readable(_query_bytes(request))):
            return bad_encoding_response(request)
        return self.get_response(request)


def bad_encoding_response(request):
    # lazy: this runs before LocaleMiddleware, so the page translates it once
    # bad_request_page has activated the reader's language from the URL
    message = gettext_lazy(
        "This address is not valid: it contains characters that cannot be read."
    )
    if request.path_info.startswith("/api/"):  # the partner API answers errors in JSON
        response = JsonResponse({"error": {"status": 400, "message": str(message)}}, status=400)
    else:
        from fraudalert.operational_views import bad_request_page

        response = bad_request_page(request, message)
    if answers_any_origin(request.path_info):  # their views' wrapper has not run yet
        allow_any_origin(response)
    return response


def admin_prefix():
    return f"/{settings.ADMIN_PATH}/"


class SecurityHeadersMiddleware:
    """Permissions-Policy on every response; the admin's own CSP and same-origin framing."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.permissions_policy = ", ".join(
            f"{feature}=({' '.join(allow)})"
            for feature, allow in settings.SECURITY_PERMISSIONS_POLICY.items()
        )

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", self.permissions_policy)
        if request.path.startswith(admin_prefix()):
            # Wagtail's admin has inline scripts and styles; its live preview frames the site.
            if not hasattr(response, "_csp_config"):
                response._csp_config = settings.SECURITY_ADMIN_CSP
                # A preview is rendered through the public middleware (Wagtail runs the page
                # on a request of its own), which gave it the public policy: no framing at
                # all, so the admin's preview panel stayed blank. The admin's replaces it.
                response.headers.pop("Content-Security-Policy", None)
            if not getattr(response, "xframe_options_exempt", False):
                response.headers.setdefault("X-Frame-Options", "SAMEORIGIN")
        return response
