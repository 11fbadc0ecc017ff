"""`manage.py purge_old_flags`: flags and reports older than 24 months are deleted."""

from datetime import date, timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from flags.models import Flag, NewScamReport
from flags.retention import months_before

pytestmark = pytest.mark.django_db


def test_months_before_handles_month_ends_and_leap_days():
    assert months_before(date(2026, 11, 28), 24) == date(2024, 11, 28)
    assert months_before(date(2026, 3, 31), 1) == date(2026, 2, 28)
    assert months_before(date(2026, 2, 28), 24) == date(2024, 2, 28)
    assert months_before(date(2028, 2, 29), 24) == date(2026, 2, 28)
    assert months_before(date(2026, 1, 15), 13) == date(2024, 12, 15)


def test_purge_deletes_only_rows_older_than_24_months(scam):
    today = timezone.localdate()
    cutoff = months_before(today, 24)
    for day in (
        cutoff - timedelta(days=400),
        cutoff - timedelta(days=1),
        cutoff,
        today - timedelta(days=30),
        today,
    ):
        Flag.objects.create(page=scam["alert"], answer="contacted", language="en", created_on=day)
        NewScamReport.objects.create(description="x", language="en", created_on=day)

    out = StringIO()
    call_command("purge_old_flags", "--dry-run", stdout=out)
    assert "Would delete 2 flags and 2 new-scam reports" in out.getvalue()
    assert Flag.objects.count() == 5

    out = StringIO()
    call_command("purge_old_flags", stdout=out)
    assert "Deleted 2 flags and 2 new-scam reports" in out.getvalue()
    assert min(Flag.objects.values_list("created_on", flat=True)) == cutoff
    assert min(NewScamReport.objects.values_list("created_on", flat=True)) == cutoff
    assert Flag.objects.count() == NewScamReport.objects.count() == 3

    call_command("purge_old_flags", stdout=StringIO())
    assert Flag.objects.count() == 3
