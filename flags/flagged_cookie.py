"""Which pages this browser has flagged today, kept on the reader's device only.

A signed, HttpOnly, SameSite=Lax cookie holds today's date and the ids of the pages flagged
today ("2026-11-28:12.40"). It carries no identifier: two readers who flagged the same pages
send the same value, and nothing of it is stored with a flag. It expires at local midnight.
A reader who clears cookies can flag again; the per-IP rate limit bounds that.
"""

from datetime import datetime, time, timedelta

from django.core import signing
from django.utils import timezone

COOKIE_NAME = "fraudalert_flagged"
SALT = "flags.flagged-today"
MAX_PAGES = 100


def flagged_today(request):
    """The set of page ids this browser flagged today (empty if none or tampered with)."""
    try:
        value = request.get_signed_cookie(COOKIE_NAME, default="", salt=SALT)
    except signing.BadSignature:
        return set()
    day, _, ids = value.partition(":")
    if day != timezone.localdate().isoformat():
        return set()
    return {int(part) for part in ids.split(".") if part.isdecimal()}


def _seconds_to_midnight():
    now = timezone.localtime()
    midnight = timezone.make_aware(datetime.combine(now.date() + timedelta(days=1), time()))
    return max(int((midnight - now).total_seconds()), 1)


def remember(request, response, page_ids):
    ids = sorted(page_ids)[-MAX_PAGES:]
    value = f"{timezone.localdate().isoformat()}:{'.'.join(str(i) for i in ids)}"
    response.set_signed_cookie(
        COOKIE_NAME,
        value,
        salt=SALT,
        max_age=_seconds_to_midnight(),
        httponly=True,
        samesite="Lax",
        secure=request.is_secure(),
    )
