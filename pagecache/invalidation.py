"""What retires stored pages: every change that a public page, feed or API response can show.

Pages: published, unpublished (withdrawn or expired by `publish_scheduled`), deleted, moved or
renamed. Taxonomy snippets (names appear on cards, filters and feeds), redirects, sites and
page view restrictions: saved or deleted. An update to an alert is part of its page, so it
arrives as a publish.
"""

from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from pagecache import generation

DISPATCH_PREFIX = "pagecache"


def content_changed(sender, **kwargs):
    generation.bump()


def page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        generation.bump()


def connect():
    from wagtail.contrib.redirects.models import Redirect

    from alerts.models import Audience, FraudType, Partner, Region

    for signal in (page_published, page_unpublished, post_page_move, page_slug_changed):
        signal.connect(content_changed, dispatch_uid=f"{DISPATCH_PREFIX}:{id(signal)}")
    post_delete.connect(page_deleted, dispatch_uid=f"{DISPATCH_PREFIX}:page-delete")
    for model in (FraudType, Audience, Region, Partner, Redirect, Site, PageViewRestriction):
        for signal in (post_save, post_delete):
            signal.connect(
                content_changed,
                sender=model,
                dispatch_uid=f"{DISPATCH_PREFIX}:{model._meta.label}:{id(signal)}",
            )
