from django.db import models


class Generation(models.Model):
    """One row counting content changes, for caches that live inside one process.

    With a shared cache (Redis) the counter lives in the cache itself. Local memory is private
    to each gunicorn worker, so there a content change also bumps this row and every worker
    re-reads it at most every `PAGE_CACHE_GENERATION_POLL` seconds.
    """

    value = models.BigIntegerField(default=0)

    class Meta:
        verbose_name = "page cache generation"

    def __str__(self):
        return str(self.value)
