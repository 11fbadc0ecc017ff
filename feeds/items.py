"""Alerts as feed items: one plain record per alert, read in one language.

Every feed format (RSS, Atom, JSON Feed, the widget) is written from these records, so they
all carry the same fields. The query selects only the listed columns and prefetches fraud
type names, so it runs a fixed number of queries whatever the number of items. An alert not
yet translated is shown in English (modeltranslation's fallback), and its item says so in
`text_language`, so each format can label the text with the language it is really in.
"""

from dataclasses import dataclass
from datetime import datetime

from django.contrib.contenttypes.models import ContentType
from django.db.models import Max
from django.utils import timezone, translation

from alerts.listing import alert_list_queryset, labelled, listing_columns
from languages import supported
from languages.supported import Language

FEED_LENGTH = 30
# Wagtail's log actions that change which alerts a list shows (the scheduled ones are logged
# by `publish_scheduled` when a go-live or expiry date set in the editor arrives).
LIST_CHANGES = ("wagtail.publish", "wagtail.publish.scheduled", "wagtail.unpublish",
                "wagtail.unpublish.scheduled", "wagtail.delete")


@dataclass(frozen=True)
class FeedItem:
    reference_code: str
    title: str
    summary: str
    url: str  # absolute, in the feed's language
    issued_at: datetime
    updated_at: datetime  # moves whenever a new version of the alert is published
    expires_at: datetime | None
    severity: str
    severity_label: str
    status: str
    categories: tuple[str, ...]  # fraud type names in the feed's language
    text_language: Language  # of the title and summary: the feed's, or English (fallback)


def list_changed_at(*item_dates):
    """When a list of alerts last changed, for its Last-Modified: its newest item, or later
    the moment an alert left every list (withdrawn, unpublished, deleted: Wagtail logs each)
    or silently expired. Without the last two, a reader asking If-Modified-Since after an
    alert expired would be told nothing changed and keep showing it."""
    from pagecache import expiry, memo

    # the same for every list until content changes or the next alert expires
    changes = memo.per_generation("alert-list-changes", _list_changes,
                                  seconds=expiry.time_to_live)
    return max(filter(None, [*item_dates, *changes]), default=None)


def _list_changes():
    """(latest publish/unpublish/deletion of an alert, latest expiry that has passed)."""
    from wagtail.models import PageLogEntry

    from alerts.models import AlertPage

    left = PageLogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(AlertPage), action__in=LIST_CHANGES,
    ).aggregate(latest=Max("timestamp"))["latest"]
    expired = AlertPage.objects.filter(expires_at__lte=timezone.now()).aggregate(
        latest=Max("expires_at"))["latest"]
    return left, expired


def updated_at(alert):
    """When the alert last changed for readers: its latest publication, else its issue."""
    return max(filter(None, [alert.last_published_at, alert.issued_at]))


def alert_changed_at(alert, now=None):
    """When one alert last changed for readers: its latest publication, or later the moment it
    silently expired (its lifecycle becomes "expired", its CAP urgency "Past")."""
    now = now or timezone.now()
    expired = alert.expires_at if alert.expires_at and alert.expires_at <= now else None
    return max(filter(None, [updated_at(alert), expired]))


def text_language(alert, language):
    """The language the alert's title is shown in: `language`, or English where it has no
    title of its own yet (the fallback)."""
    if getattr(alert, f"title_{language.field_suffix}", None):
        return language
    return supported.get(supported.DEFAULT)


def alert_queryset(language_code, filters):
    """Live, public alerts matching `filters`, newest first, with only the columns we show."""
    return filters.apply(alert_list_queryset(language_code)).only(
        *listing_columns(language_code)
    )


def feed_items(request, language_code, filters, limit=FEED_LENGTH):
    language = supported.get(language_code)
    with translation.override(language_code):
        alerts = labelled(alert_queryset(language_code, filters)[:limit])
        return [
            FeedItem(
                reference_code=alert.reference_code,
                title=alert.title,
                summary=alert.summary,
                url=alert.get_full_url(request),
                issued_at=alert.issued_at,
                updated_at=updated_at(alert),
                expires_at=alert.expires_at,
                severity=alert.severity,
                severity_label=str(alert.get_severity_display()),
                status=alert.status,
                categories=tuple(fraud_type.name for fraud_type in alert.fraud_types.all()),
                text_language=text_language(alert, language),
            )
            for alert in alerts
        ]
