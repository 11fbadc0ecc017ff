"""Views for machines and error handling: health check, robots.txt, the 500 page."""

from django.conf import settings
from django.db import connection
from django.http import HttpResponse
from django.template import loader
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe


@never_cache
@require_safe
def healthz(request):
    """200 "ok" when the app and its database answer; 503 when the database does not."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception:  # any database failure means "not healthy"
        return HttpResponse("database unavailable\n", status=503, content_type="text/plain")
    return HttpResponse("ok\n", content_type="text/plain")


@require_safe
def robots_txt(request):
    sitemap = request.build_absolute_uri("/sitemap.xml")
    lines = [
        "User-agent: *",
        f"Disallow: /{settings.ADMIN_PATH.strip('/')}/",
        "Disallow: /django-admin/",
        "Disallow: /language/",
        "Allow: /",
        f"Sitemap: {sitemap}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


def _language_context(request):
    """The reader's language from the URL prefix, without the database or LocaleMiddleware
    (these pages render before or after the normal request flow)."""
    from django.utils import translation

    from languages.context_processors import language

    code = translation.get_language_from_path(request.path_info)
    if code:
        translation.activate(code)
    return language(request)


def bad_request_page(request, message=None):
    """A 400 page in the reader's language (also Django's handler400)."""
    context = _language_context(request)
    context["message"] = message
    body = loader.get_template("400.html").render(context, None)
    return HttpResponse(body, status=400)


def bad_request(request, exception=None):
    return bad_request_page(request)


def server_error(request):
    """The 500 page in the reader's language, rendered without touching the database."""
    context = _language_context(request)
    return HttpResponse(loader.get_template("500.html").render(context, None), status=500)
