"""Dates as old alert sites write them: RFC 822, ISO 8601, dd/mm/yyyy, "3 March 2025", and
written out in any of our languages ("3 marca 2025", "3 de março de 2025", "2025年3月3日",
"৩ মার্চ ২০২৫").

Day-first wherever it is ambiguous (03/04/2025 is 3 April): the sites being replaced are
British. A date without a time zone is read in the site's TIME_ZONE.
"""

import re
import unicodedata
from datetime import datetime
from email.utils import parsedate_to_datetime
from functools import cache

from dateutil import parser as dateutil_parser
from django.utils import timezone

from languages import supported

DAY_FIRST = re.compile(
    r"^(?P<day>\d{1,2})[/.\-](?P<month>\d{1,2})[/.\-](?P<year>\d{4})"
    r"(?:[ T](?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?)?$"
)
FOUR_DIGIT_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")
CJK_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]")
# a run of letters in any script with their combining marks (Arabic vowel signs, the Indic
# scripts' vowel signs and viramas), and a full stop after an abbreviation
WORD = re.compile(
    r"(?:[^\W\d_]|[\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
    r"\u0900-\u0dff])+\.?"
)
ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December")
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
        or _other_language(text)
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


def _other_language(text):
    """A date written out in another language or script, read once it names its month in
    English: digits in any script made ASCII, "2025年3月3日" made ISO, a month named in any of
    our languages named in English, and every other word (weekdays, "de", "of") left out.
    Nothing without a month name or the CJK pattern is read: "sometime in 2025" is refused."""
    text = "".join(
        str(unicodedata.digit(char)) if char.isdigit() and not char.isascii() else char
        for char in text
    )
    iso, cjk = CJK_DATE.subn(lambda m: f"{m[1]}-{int(m[2]):02d}-{int(m[3]):02d}", text)
    months = month_names()
    named = []

    def english(match):
        word = match.group(0)
        month = months.get(_folded(word)) or months.get(_folded(word.rstrip(".")))
        if month:
            named.append(month)
            return f" {ENGLISH_MONTHS[month - 1]} "
        return " "

    text = " ".join(WORD.sub(english, iso).split())
    if cjk:
        return _iso8601(text)
    return _written_out(text) if len(named) == 1 else None


@cache
def month_names():
    """{folded month name: month number} from CLDR (via Babel) for every supported language:
    wide and abbreviated, in running text and standing alone. A name two languages give to
    different months is left out rather than guessed."""
    found = {}
    for language in supported.LANGUAGES:
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in language.locale.months[context][width].items():
                    for key in {_folded(name), _folded(name.rstrip("."))}:
                        found.setdefault(key, set()).add(number)
    return {name: numbers.pop() for name, numbers in found.items()
            if len(numbers) == 1 and not name.isdigit() and name}


def _folded(word):
    """Lower case without accents: "Março" and "marco" are one word, "Mai" and "mai" too."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))
