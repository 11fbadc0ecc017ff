"""Cross-origin reading (CORS) of the feeds, the widget, CAP and the partner API.

All of them are public and read-only, and no answer depends on who asks (no cookie or session
is read), so any site may read them from a browser script:

- every answer, 304s and errors included, carries `Access-Control-Allow-Origin: *` and
  exposes the validators a script needs for conditional requests (ETag, Last-Modified);
- a preflight (the OPTIONS a browser sends before a cross-origin request carrying
  If-None-Match or If-Modified-Since) gets 204 with the methods and request headers allowed,
  which the browser may remember for a day;
- any other method gets 405 with `Allow`. CSRF protection does not apply: nothing here
  changes state, and a POST must get that 405, not the site's HTML CSRF page.

The page cache stores these headers with the response and keeps them on the 304s it answers
itself (pagecache.middleware.answer_from).
"""

from functools import wraps

from django.http import Http404, HttpResponse
from django.views.decorators.csrf import csrf_exempt

ALLOWED_METHODS = "GET, HEAD, OPTIONS"
ALLOWED_REQUEST_HEADERS = "If-None-Match, If-Modified-Since"
EXPOSED_HEADERS = "ETag, Last-Modified"
PREFLIGHT_MAX_AGE = 86400  # seconds; browsers cap it lower (Chromium: two hours)


def allow_any_origin(response):
    response["Access-Control-Allow-Origin"] = "*"
    response["Access-Control-Expose-Headers"] = EXPOSED_HEADERS
    return response


def preflight_response():
    response = HttpResponse(status=204)
    response["Allow"] = ALLOWED_METHODS
    response["Access-Control-Allow-Methods"] = ALLOWED_METHODS
    response["Access-Control-Allow-Headers"] = ALLOWED_REQUEST_HEADERS
    response["Access-Control-Max-Age"] = str(PREFLIGHT_MAX_AGE)
    return response


def plain_text_error(status, message):
    return HttpResponse(message, status=status, content_type="text/plain; charset=utf-8")


def method_not_allowed_message(method):
    return f"{method} is not allowed: this is read-only. Use GET or HEAD."


def read_only_for_any_origin(error_response=plain_text_error):
    """Decorate a GET view: OPTIONS answered as a preflight, other methods 405, Http404 a 404
    built by `error_response(status, message)`, and the CORS headers on every answer."""

    def decorate(view):
        @csrf_exempt
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if request.method == "OPTIONS":
                response = preflight_response()
            elif request.method not in ("GET", "HEAD"):
                response = error_response(405, method_not_allowed_message(request.method))
                response["Allow"] = ALLOWED_METHODS
            else:
                try:
                    response = view(request, *args, **kwargs)
                except Http404 as error:
                    response = error_response(404, str(error))
            return allow_any_origin(response)

        wrapped.answers_any_origin = True
        return wrapped

    return decorate


def answers_any_origin(path):
    """Whether the view at `path` is one of these (for answers made before it runs, such as
    the 400 for an unreadable address). Resolved in the path's own language, as the
    language-prefixed URLs only match it."""
    from django.urls import Resolver404, resolve
    from django.utils import translation

    from languages import supported

    with translation.override(translation.get_language_from_path(path) or supported.DEFAULT):
        try:
            view = resolve(path).func
        except Resolver404:
            return False
    return getattr(view, "answers_any_origin", False)
