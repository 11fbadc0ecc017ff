"""Rate limits on the public forms, per client and per email address (cache only)."""

from django.conf import settings

from security.rate_limits import client_key, count_attempt

from .models import address_hash


def allow(request, action, email=None):
    """Count one attempt at `action`; False when the client or the address is over its limit."""
    ok = count_attempt(client_key(request, "subscriptions", action),
                       settings.SUBSCRIPTIONS_RATE_LIMIT_PER_IP)
    if email:
        ok = count_attempt(f"subscriptions:{action}:address:{address_hash(email)}",
                           settings.SUBSCRIPTIONS_RATE_LIMIT_PER_ADDRESS) and ok
    return ok
