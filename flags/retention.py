"""Flags and new-scam reports are kept for FLAGS_RETENTION_MONTHS (24) months, then deleted."""

from datetime import date

from django.conf import settings
from django.utils import timezone

from .models import Flag, NewScamReport


def months_before(day, months):
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    month += 1
    for last in (day.day, 30, 29, 28):  # 31 March less one month is 28/29 February
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")


def cutoff(today=None):
    """Rows dated before this day are older than the retention period."""
    return months_before(today or timezone.localdate(), settings.FLAGS_RETENTION_MONTHS)


def purge(dry_run=False, today=None):
    """Delete (or, with dry_run, count) flags and reports older than the retention period.
    Returns (cutoff day, flags, reports)."""
    before = cutoff(today)
    flags = Flag.objects.filter(created_on__lt=before)
    reports = NewScamReport.objects.filter(created_on__lt=before)
    if dry_run:
        return before, flags.count(), reports.count()
    return before, flags.delete()[0], reports.delete()[0]
