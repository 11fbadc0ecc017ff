"""Reference codes readers quote to check an alert is genuine: FA-<year>-<4+ digits>."""

import re

from django.utils import timezone

PATTERN = re.compile(r"^FA-(\d{4})-(\d{4,})$")


def next_reference_code(issued_at=None):
    """The next free code for the issue year (FA-2026-0001, FA-2026-0002, ...)."""
    from alerts.models import AlertPage

    year = (issued_at or timezone.now()).year
    prefix = f"FA-{year}-"
    highest = 0
    for code in AlertPage.objects.filter(reference_code__startswith=prefix).values_list(
        "reference_code", flat=True
    ):
        match = PATTERN.match(code)
        if match:
            highest = max(highest, int(match.group(2)))
    return f"{prefix}{highest + 1:04d}"
