"""Dates as old alert sites write them: RFC 822, ISO 8601, dd/mm/yyyy, "3 March 2025".

Day-first wherever it is ambiguous (03/04/2025 is 3 April): the sites being replaced are
British. A date without a time zone is read in the site's TIME_ZONE.
"""

import re
from datetime import datetime
from email.utils import parsedate_to_datetime

from dateutil import parser as dateutil_parser
from django.utils import timezone

DAY_FIRST = re.compile(
    r"^(?P<day>\d{1,2})[/.\-](?P<month>\d{1,2})[/.\-](?P<year>\d{4})"
    r"(?:[ T](?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?)?$"
)
FOUR_DIGIT_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")
EARLIEST_YEAR = 1990
LATEST_YEAR = 2100


class DateError(ValueError):
    pass


def parse_date(text):
    """An aware datetime from `text`, or DateError saying what could not be read."""
    text = (text or "").strip()
    if not text:
        raise DateError("empty date")
    value = (
        _rfc822(text) or _iso8601(text) or _day_first(text) or _written_out(text)
    )
    if value is None:
        raise DateError(f"unreadable date {text!r}")
    if not EARLIEST_YEAR <= value.year <= LATEST_YEAR:
        raise DateError(f"implausible date {text!r}")
    if timezone.is_naive(value):
        value = timezone.make_aware(value)
    return value


def _rfc822(text):
    try:
        return parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None


def _iso8601(text):
    try:
        return datetime.fromisoformat(text.replace("z", "Z"))
    except ValueError:
        return None


def _day_first(text):
    match = DAY_FIRST.match(text)
    if not match:
        return None
    parts = {key: int(value) for key, value in match.groupdict().items() if value is not None}
    try:
        return datetime(
            parts["year"], parts["month"], parts["day"],
            parts.get("hour", 0), parts.get("minute", 0), parts.get("second", 0),
        )
    except ValueError as error:
        raise DateError(f"impossible date {text!r}") from error


def _written_out(text):
    """"3 March 2025", "March 3, 2025 10:00": anything dateutil reads that names a year."""
    if not FOUR_DIGIT_YEAR.search(text):
        return None
    try:
        return dateutil_parser.parse(text, dayfirst=True)
    except (ValueError, OverflowError):
        return None
