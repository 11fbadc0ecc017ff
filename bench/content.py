"""Bulk content for the benchmarks: N alerts under the alert index in a few queries.

`add_child` in a loop costs ~30 queries and a search-index task per page (minutes at 10,000).
Here the treebeard paths are computed (`_get_path`, the same steps add_child would take), the
page rows go in with `bulk_create`, the AlertPage rows with one multi-row INSERT per batch, and
the parent's `numchild` is updated once: a tree `Page.fix_tree()` finds nothing to repair.
"""

import uuid
from datetime import timedelta

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import F
from django.utils import timezone, translation
from wagtail.models import Page

BATCH = 200
SEVERITIES = ["minor", "moderate", "severe", "extreme"]
FRAUD_TYPES = [("courier", "Courier fraud"), ("romance", "Romance fraud"),
               ("investment", "Investment fraud"), ("phishing", "Phishing"),
               ("ticket", "Ticket fraud")]


def ensure_site():
    """(home, alert index, advice index), published, as in a fresh `make setup`."""
    from alerts.models import AdviceIndexPage, AlertIndexPage
    from home.site_setup import ensure_home_page

    with translation.override("en"):
        home = ensure_home_page(title="Fraud Alert", intro="Scam warnings and advice.")
        indexes = []
        for model, title, slug in ((AlertIndexPage, "Fraud alerts", "alerts"),
                                   (AdviceIndexPage, "Prevention advice", "advice")):
            page = model.objects.first()
            if page is None:
                page = model(title=title, slug=slug)
                home.add_child(instance=page)
                page.save_revision().publish()
            indexes.append(page)
    return home, *indexes


def fraud_types():
    from alerts.models import FraudType

    with translation.override("en"):
        return [FraudType.objects.get_or_create(slug=slug, defaults={"name": name})[0]
                for slug, name in FRAUD_TYPES]


@transaction.atomic
def add_alerts(count, parent=None):
    """Add `count` published alerts (English, with an Arabic title on every third)."""
    from alerts.models import AlertPage

    parent = Page.objects.get(pk=(parent or ensure_site()[1]).pk)
    kinds = fraud_types()
    content_type = ContentType.objects.get_for_model(AlertPage)
    last = parent.get_last_child()
    first_step = (int(last.path[-AlertPage.steplen:], 36) if last else 0) + 1
    now = timezone.now()
    depth = parent.depth + 1
    for start in range(0, count, BATCH):
        steps = range(first_step + start, first_step + min(start + BATCH, count))
        pages = [_page_row(parent, depth, step, content_type, now) for step in steps]
        Page.objects.bulk_create(pages)
        alerts = [_alert_row(page, step, now) for page, step in zip(pages, steps, strict=True)]
        fields = [f for f in AlertPage._meta.local_concrete_fields]
        AlertPage._base_manager._insert(alerts, fields=fields, raw=True)
        through = AlertPage.fraud_types.through
        through.objects.bulk_create(
            through(alertpage_id=page.pk, fraudtype_id=kinds[step % len(kinds)].pk)
            for page, step in zip(pages, steps, strict=True)
        )
    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + count)


def _page_row(parent, depth, step, content_type, now):
    slug = f"bench-alert-{step}"
    issued = now - timedelta(minutes=step)
    title = f"Benchmark alert {step}: callers pretend to be your bank"
    row = Page(
        path=Page._get_path(parent.path, depth, step), depth=depth, numchild=0,
        content_type=content_type, locale_id=parent.locale_id, translation_key=uuid.uuid4(),
        live=True, has_unpublished_changes=False, first_published_at=issued,
        last_published_at=issued, latest_revision_created_at=issued, draft_title=title,
    )
    row.title = row.title_en = title
    row.slug = row.slug_en = slug
    row.url_path = row.url_path_en = f"{parent.url_path}{slug}/"
    if step % 3 == 0:
        row.title_ar = f"تنبيه تجريبي {step}: متصلون ينتحلون صفة مصرفك"
        row.slug_ar = slug
        row.url_path_ar = f"{parent.url_path}{slug}/"
    return row


def _alert_row(page, step, now):
    from alerts.models import AlertPage

    alert = AlertPage(page_ptr_id=page.pk)
    alert.__dict__.update(
        reference_code=f"FA-2025-{step:05d}",
        summary="Callers say your account is at risk and ask you to move money.",
        summary_en="Callers say your account is at risk and ask you to move money.",
        body_en="<p>They know your name and spoof the bank's number.</p>",
        what_to_do_en="<p>Hang up and call the number on your card.</p>",
        severity=SEVERITIES[step % len(SEVERITIES)], status="active",
        issued_at=now - timedelta(minutes=step), expires_at=None,
        search_text_en=f"benchmark alert {step} bank",
    )
    return alert
