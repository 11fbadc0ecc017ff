"""The page for a form POST that fails Django's CSRF check (settings.CSRF_FAILURE_VIEW).

Usually the form page was open for a long time or the browser blocks cookies. Instead of
Django's technical 403 page, the reader gets a site page in their language (LocaleMiddleware
has run by now) with a link back to the form, which is the address the form was sent to.
"""

from django.shortcuts import render


def csrf_failure(request, reason=""):
    return render(request, "security/csrf_failure.html", {"form_url": request.path}, status=403)
