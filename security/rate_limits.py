"""Rate limits for the public forms, held only in the cache, never in the database.

A client is known by an HMAC of its IP address with a salt that changes every day (derived
from SECRET_KEY and the date, stored nowhere): the raw address is never written, and
yesterday's keys cannot be linked to today's. REMOTE_ADDR is the client as the proxy in
front of Django reports it (docs/security.md).
"""

from django.core.cache import cache
from django.utils import timezone
from django.utils.crypto import salted_hmac


def client_key(request, namespace, action):
    """The cache key for this client, this action and today."""
    today = timezone.localdate().isoformat()
    ip = request.META.get("REMOTE_ADDR", "unknown")
    digest = salted_hmac(f"{namespace}.rate-limit.{today}", ip, algorithm="sha256").hexdigest()
    return f"{namespace}:{action}:{digest}"


def count_attempt(key, limit):
    """Count one attempt under `key`; False once over `limit` = (attempts, seconds)."""
    allowed, window = limit
    if cache.add(key, 1, timeout=window):
        return True
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add() and incr()
        cache.add(key, 1, timeout=window)
        return True
    return count <= allowed
