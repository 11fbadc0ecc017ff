"""RSS 2.0, Atom 1.0 and JSON Feed 1.1 documents written from FeedItems.

RSS and Atom use Django's feed generator; each item also carries our own elements in the
`fa:` namespace (reference code, severity, status, expiry). RSS gets `atom:updated` per item
so readers see when an alert was last updated (Atom has `<updated>` natively). The feed's
author is the site (Atom requires one, RFC 4287 4.1.1). An item whose text is the English
fallback says so: `xml:lang` on the RSS item / Atom entry, `language` in JSON Feed.
"""

import json

from django.utils import feedgenerator
from django.utils.feedgenerator import rfc3339_date
from django.utils.translation import gettext as _

NAMESPACE = "urn:x-fraudalert:feeds:1"
JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1"


def feed_title():
    return _("Fraud Alert: latest fraud alerts")


def feed_description():
    return _("Warnings about scams and fraud happening now, newest first.")


def feed_author():
    return _("Fraud Alert")


class _AlertElements:
    """Adds the fa: namespace and the per-item elements shared by RSS and Atom."""

    def item_attributes(self, item):
        attributes = super().item_attributes(item)
        if item["text_language"] != self.feed["language"]:
            attributes["xml:lang"] = item["text_language"]
        return attributes

    def add_alert_elements(self, handler, item):
        handler.addQuickElement("fa:reference", item["reference_code"])
        handler.addQuickElement("fa:severity", item["severity"])
        handler.addQuickElement("fa:status", item["status"])
        if item["expires_at"] is not None:
            handler.addQuickElement("fa:expires", rfc3339_date(item["expires_at"]))


class AlertRssFeed(_AlertElements, feedgenerator.Rss201rev2Feed):
    def rss_attributes(self):
        return {**super().rss_attributes(), "xmlns:fa": NAMESPACE}

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        handler.addQuickElement("atom:updated", rfc3339_date(item["updateddate"]))
        self.add_alert_elements(handler, item)


class AlertAtomFeed(_AlertElements, feedgenerator.Atom1Feed):
    def root_attributes(self):
        return {**super().root_attributes(), "xmlns:fa": NAMESPACE}

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        self.add_alert_elements(handler, item)


def xml_feed(feed_class, items, *, language_code, link, feed_url, site_url):
    feed = feed_class(
        title=feed_title(), link=link, description=feed_description(),
        subtitle=feed_description(), language=language_code, feed_url=feed_url,
        author_name=feed_author(), author_link=site_url,
    )
    for item in items:
        feed.add_item(
            title=item.title, link=item.url, description=item.summary,
            unique_id=item.url, unique_id_is_permalink=True,
            pubdate=item.issued_at, updateddate=item.updated_at,
            categories=item.categories, reference_code=item.reference_code,
            severity=item.severity, status=item.status, expires_at=item.expires_at,
            text_language=item.text_language.code,
        )
    return feed.writeString("utf-8")


def json_feed(items, *, language_code, link, feed_url, site_url):
    document = {
        "version": JSON_FEED_VERSION,
        "title": feed_title(),
        "description": feed_description(),
        "home_page_url": link,
        "feed_url": feed_url,
        "language": language_code,
        "authors": [{"name": feed_author(), "url": site_url}],
        "items": [
            {
                "id": item.url,
                "url": item.url,
                "title": item.title,
                "summary": item.summary,
                "content_text": item.summary,
                "date_published": item.issued_at.isoformat(),
                "date_modified": item.updated_at.isoformat(),
                "tags": list(item.categories),
                "language": item.text_language.code,
                "_fraud_alert": {
                    "reference_code": item.reference_code,
                    "severity": item.severity,
                    "status": item.status,
                    "expires_at": item.expires_at.isoformat() if item.expires_at else None,
                },
            }
            for item in items
        ],
    }
    return json.dumps(document, ensure_ascii=False, indent=1)
