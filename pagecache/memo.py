"""Facts remembered per worker process until the content generation moves.

For small, often-needed answers that only change when something a public page shows changes
(the site for a host name, whether any page has a view restriction): one dictionary per
process, each entry tagged with the generation it was computed under and dropped when the
generation differs or `PAGE_CACHE_TTL` has passed (a bound on a generation value being
reused after a rolled-back bump). `generation.forget_local()` empties it (tests do that
between cases, as each case's database rollback also rolls the generation back).

Only with the page cache on (PAGE_CACHE_ENABLED): the generation is what the cache already
reads per request (or per poll); with the cache off every answer is computed afresh.
"""

import time

from django.conf import settings

from pagecache import generation


class GenerationMemo:
    """One store of answers: at most `max_entries`, emptied when full (a bound, not an LRU:
    entries are cheap to recompute and all go stale together when the generation moves)."""

    def __init__(self, max_entries):
        self.max_entries = max_entries
        self.entries = {}
        _stores.append(self)

    def get(self, key, compute, seconds=None):
        if not settings.PAGE_CACHE_ENABLED:
            return compute()
        current = generation.current()
        now = time.monotonic()
        entry = self.entries.get(key)
        if entry is not None and entry[0] == current and now < entry[1]:
            return entry[2]
        value = compute()
        keep = settings.PAGE_CACHE_TTL if seconds is None else min(seconds(current),
                                                                   settings.PAGE_CACHE_TTL)
        if keep > 0:
            if len(self.entries) >= self.max_entries:  # e.g. many filter combinations
                self.entries.clear()
            self.entries[key] = (current, now + keep, value)
        return value


_stores = []
MAX_ENTRIES = 1000
_facts = GenerationMemo(MAX_ENTRIES)


def per_generation(key, compute, seconds=None):
    """`compute()`, or what it gave before in this generation. `seconds(generation)`, if
    given, bounds how long the answer holds (0: not kept), e.g. until the next alert expires."""
    return _facts.get(key, compute, seconds)


def forget():
    for store in _stores:
        store.entries.clear()
