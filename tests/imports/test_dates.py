"""Dates in the formats old sites use, read day-first in the site's time zone."""

import pytest
from django.utils import timezone

from imports.dates import DateError, parse_date


@pytest.mark.parametrize("text,expected", [
    ("Mon, 03 Mar 2025 09:30:00 +0000", "2025-03-03 09:30"),
    ("Mon, 03 Mar 2025 09:30:00 GMT", "2025-03-03 09:30"),
    ("2025-03-03T09:30:00Z", "2025-03-03 09:30"),
    ("2025-07-03T10:30:00+01:00", "2025-07-03 10:30"),
    ("2025-03-03", "2025-03-03 00:00"),
    ("03/04/2025", "2025-04-03 00:00"),
    ("3.4.2025 14:05", "2025-04-03 14:05"),
    ("3 March 2025", "2025-03-03 00:00"),
    ("March 3, 2025 9:30", "2025-03-03 09:30"),
])
def test_common_formats(text, expected):
    assert timezone.localtime(parse_date(text)).strftime("%Y-%m-%d %H:%M") == expected


@pytest.mark.parametrize("text", ["", "sometime last week", "31/02/2025", "3 March",
                                  "Tuesday", "1850-01-01"])
def test_unreadable_dates_are_refused(text):
    with pytest.raises(DateError):
        parse_date(text)
