"""Per-IP rate limits held only in the cache, never in the database.

The cache key is an HMAC of the client IP with a salt that changes every day (derived from
SECRET_KEY and the date, and itself stored nowhere): the raw address is never written, and
yesterday's keys cannot be linked to today's.
"""

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone
from django.utils.crypto import salted_hmac


def client_key(request, action):
    """The cache key for this client and action today. REMOTE_ADDR is the client as the
    proxy in front of Django reports it."""
    today = timezone.localdate().isoformat()
    ip = request.META.get("REMOTE_ADDR", "unknown")
    digest = salted_hmac(f"flags.rate-limit.{today}", ip, algorithm="sha256").hexdigest()
    return f"flags:{action}:{digest}"


def allow(request, action, limit):
    """Count one attempt; False once this client is over `limit` = (attempts, seconds)."""
    allowed, window = limit
    key = client_key(request, action)
    if cache.add(key, 1, timeout=window):
        return True
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add() and incr()
        cache.add(key, 1, timeout=window)
        return True
    return count <= allowed


def allow_flag(request):
    return allow(request, "flag", settings.FLAGS_RATE_LIMIT)


def allow_new_scam(request):
    return allow(request, "new-scam", settings.FLAGS_NEW_SCAM_RATE_LIMIT)
