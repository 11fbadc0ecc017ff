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


@pytest.mark.parametrize("text,expected", [
    ("3 marca 2025", "2025-03-03 00:00"),  # Polish, the genitive month name
    ("poniedziałek, 12 sierpnia 2025 10:15", "2025-08-12 10:15"),  # with a weekday
    ("12 lis 2025", "2025-11-12 00:00"),  # abbreviated
    ("3 Mawrth 2025 14:00", "2025-03-03 14:00"),  # Welsh
    ("3 martie 2025", "2025-03-03 00:00"),  # Romanian
    ("3 de março de 2025", "2025-03-03 00:00"),  # Portuguese
    ("3 de marco de 2025", "2025-03-03 00:00"),  # ... typed without the accent
    ("3 de diciembre de 2025", "2025-12-03 00:00"),  # Spanish
    ("3 janv. 2025", "2025-01-03 00:00"),  # French, abbreviated
    ("1 Mai 2025", "2025-05-01 00:00"),  # Welsh and French agree
    ("3 Mart 2025", "2025-03-03 00:00"),  # Turkish
    ("3 مارس 2025", "2025-03-03 00:00"),  # Arabic
    ("3 مارچ 2025", "2025-03-03 00:00"),  # Urdu
    ("৩ মার্চ ২০২৫", "2025-03-03 00:00"),  # Bengali, Bengali digits
    ("3 ਮਾਰਚ 2025", "2025-03-03 00:00"),  # Punjabi
    ("3 માર્ચ 2025", "2025-03-03 00:00"),  # Gujarati
    ("3 மார்ச் 2025", "2025-03-03 00:00"),  # Tamil
    ("2025年3月3日", "2025-03-03 00:00"),  # Chinese
    ("2025年3月3日 10:00", "2025-03-03 10:00"),
    ("3 Maarso 2025", "2025-03-03 00:00"),  # Somali
])
def test_dates_written_out_in_our_languages(text, expected):
    assert timezone.localtime(parse_date(text)).strftime("%Y-%m-%d %H:%M") == expected


@pytest.mark.parametrize("text", ["", "sometime last week", "31/02/2025", "3 March",
                                  "Tuesday", "1850-01-01", "sometime in 2025", "3 marca",
                                  "marzec maj 2025", "2025年13月3日"])
def test_unreadable_dates_are_refused(text):
    with pytest.raises(DateError):
        parse_date(text)
