"""Cache-based rate limits for the public forms, per client IP and per email address."""

from django.conf import settings
from django.core.cache import cache

from .models import address_hash


def _hit(key, limit):
    allowed, window = limit
    if cache.add(key, 1, timeout=window):
        return True
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add() and incr()
        cache.add(key, 1, timeout=window)
        return True
    return count <= allowed


def allow(request, action, email=None):
    """Count one attempt at `action`; False when the IP or the address is over its limit.
    REMOTE_ADDR is the client as the proxy in front of Django reports it."""
    ip = request.META.get("REMOTE_ADDR", "unknown")
    ok = _hit(f"subscriptions:{action}:ip:{ip}", settings.SUBSCRIPTIONS_RATE_LIMIT_PER_IP)
    if email:
        ok = _hit(f"subscriptions:{action}:address:{address_hash(email)}",
                  settings.SUBSCRIPTIONS_RATE_LIMIT_PER_ADDRESS) and ok
    return ok
