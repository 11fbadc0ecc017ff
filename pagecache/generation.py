"""The content generation: a counter that moves whenever something a public page shows changes.

Every stored page's key includes it, so one bump retires every stored page at once: no key
listing and no pattern deletes, the same on local memory and on Redis.

With a shared cache (Redis, memcached, the database cache) the counter lives in that cache and
every request reads it. Local memory is private to each worker process, so there the counter
is the `Generation` row in the database, which each process re-reads at most every
`PAGE_CACHE_GENERATION_POLL` seconds (and at once after a change it made itself).
"""

import time

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.dummy import DummyCache
from django.core.cache.backends.locmem import LocMemCache
from django.db import transaction
from django.db.models import F

KEY = "pagecache:generation"
_local = {"value": None, "read_at": 0.0}


def cache():
    return caches[settings.PAGE_CACHE_ALIAS]


def process_local():
    return isinstance(cache(), (LocMemCache, DummyCache))


def current():
    if not process_local():
        value = cache().get(KEY)
        if value is None:
            cache().add(KEY, 1, timeout=None)
            value = cache().get(KEY, 1)
        return value
    now = time.monotonic()
    if _local["value"] is None or now - _local["read_at"] >= settings.PAGE_CACHE_GENERATION_POLL:
        _local["value"] = _read_row()
        _local["read_at"] = now
    return _local["value"]


def bump():
    """Retire every stored page: now, and again once the surrounding transaction commits.

    The second bump closes a race: a request that rendered the old content after the first
    bump but before the commit could otherwise have stored it under the new generation.
    """
    _bump()
    transaction.on_commit(_bump)


def forget_local():
    """Drop this process's memory of the generation (tests clear the cache between cases)."""
    from pagecache import memo

    _local["value"] = None
    memo.forget()


def _bump():
    if not process_local():
        try:
            cache().incr(KEY)
        except ValueError:  # not there yet (or evicted): any new value retires old keys
            cache().set(KEY, time.time_ns(), timeout=None)
        return
    from pagecache.models import Generation

    if not Generation.objects.filter(pk=1).update(value=F("value") + 1):
        Generation.objects.get_or_create(pk=1, defaults={"value": 1})
    forget_local()


def _read_row():
    from pagecache.models import Generation

    return Generation.objects.filter(pk=1).values_list("value", flat=True).first() or 0
