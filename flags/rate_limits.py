"""Per-IP rate limits on flags and new-scam reports (security.rate_limits: cache only)."""

from django.conf import settings

from security.rate_limits import client_key, count_attempt


def allow(request, action, limit):
    return count_attempt(client_key(request, "flags", action), limit)


def allow_flag(request):
    return allow(request, "flag", settings.FLAGS_RATE_LIMIT)


def allow_new_scam(request):
    return allow(request, "new-scam", settings.FLAGS_NEW_SCAM_RATE_LIMIT)
