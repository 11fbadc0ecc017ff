"""How long a stored page may live: until the soonest live alert expires, at most the default.

An expired alert must leave the listings on time, so no stored page outlives the next expiry.
The soonest expiry is one indexed query, remembered per generation until it has passed.
"""

from django.conf import settings
from django.db.models import Min
from django.utils import timezone

from pagecache import generation

NEVER = "never"


def time_to_live(current_generation):
    """Whole seconds a page stored now may be kept (0: do not store)."""
    default = settings.PAGE_CACHE_TTL
    now = timezone.now().timestamp()
    key = f"pagecache:next-expiry:{current_generation}"
    soonest = generation.cache().get(key)
    if soonest is None or (soonest != NEVER and soonest <= now):
        soonest = _soonest_expiry(timezone.now()) or NEVER
        generation.cache().set(key, soonest, timeout=default)
    if soonest == NEVER:
        return default
    return max(0, min(default, int(soonest - now)))


def _soonest_expiry(now):
    from alerts.models import AlertPage

    soonest = (
        AlertPage.objects.live()
        .filter(expires_at__gt=now)
        .aggregate(soonest=Min("expires_at"))["soonest"]
    )
    return soonest.timestamp() if soonest else None
