"""Builders for test content, shared by every app's tests.

Plain functions over the real models (pages are saved through revisions and published),
with a counter so names and slugs never collide.
"""

import functools
import itertools
from datetime import timedelta

from django.utils import timezone, translation

from alerts.models import (
    AdviceIndexPage,
    AdvicePage,
    AlertIndexPage,
    AlertPage,
    Audience,
    FraudType,
    Partner,
    Region,
)
from home.site_setup import ensure_home_page

_counter = itertools.count(1)


def in_english(builder):
    """Build with English active: modeltranslation writes `title=` to the active language."""

    @functools.wraps(builder)
    def wrapper(*args, **kwargs):
        with translation.override("en"):
            return builder(*args, **kwargs)

    return wrapper


@in_english
def site_pages():
    """Home page with an alert index (/alerts/) and an advice index (/advice/)."""
    home = ensure_home_page(title="Fraud Alert", intro="Scam warnings and advice.")
    alert_index = AlertIndexPage.objects.first()
    if alert_index is None:
        alert_index = AlertIndexPage(title="Fraud alerts", slug="alerts")
        home.add_child(instance=alert_index)
        alert_index.save_revision().publish()
    advice_index = AdviceIndexPage.objects.first()
    if advice_index is None:
        advice_index = AdviceIndexPage(title="Prevention advice", slug="advice")
        home.add_child(instance=advice_index)
        advice_index.save_revision().publish()
    return home, alert_index, advice_index


@in_english
def _taxon(model, name=None, slug=None, **fields):
    n = next(_counter)
    name = name or f"{model.__name__} {n}"
    slug = slug or f"{model.__name__.lower()}-{n}"
    obj, _ = model.objects.get_or_create(slug=slug, defaults={"name": name, **fields})
    return obj


def fraud_type(name=None, slug=None, **fields):
    return _taxon(FraudType, name, slug, **fields)


def audience(name=None, slug=None, **fields):
    return _taxon(Audience, name, slug, **fields)


def region(name=None, slug=None, **fields):
    return _taxon(Region, name, slug, **fields)


def partner(name=None, slug=None, **fields):
    return _taxon(Partner, name, slug, **fields)


@in_english
def alert(title=None, *, fraud_types=(), audiences=(), regions=(), publish=True,
          parent=None, **fields):
    """A published AlertPage under the alert index. Extra fields go straight to the model,
    e.g. title_pl="...", summary_ar="...", severity="severe", expires_at=...
    """
    n = next(_counter)
    if parent is None:
        parent = site_pages()[1]
    fields.setdefault("summary", f"Summary of alert {n}.")
    fields.setdefault("issued_at", timezone.now() - timedelta(minutes=n))
    page = AlertPage(title=title or f"Alert {n}", slug=fields.pop("slug", f"alert-{n}"),
                     **fields)
    parent.add_child(instance=page)
    page.fraud_types.set(fraud_types)
    page.audiences.set(audiences)
    page.regions.set(regions)
    revision = page.save_revision()
    if publish:
        revision.publish()
    return AlertPage.objects.get(pk=page.pk)


@in_english
def advice(title=None, *, fraud_types=(), audiences=(), publish=True, parent=None, **fields):
    n = next(_counter)
    if parent is None:
        parent = site_pages()[2]
    fields.setdefault("summary", f"Summary of advice {n}.")
    page = AdvicePage(title=title or f"Advice {n}", slug=fields.pop("slug", f"advice-{n}"),
                      **fields)
    parent.add_child(instance=page)
    page.fraud_types.set(fraud_types)
    page.audiences.set(audiences)
    revision = page.save_revision()
    if publish:
        revision.publish()
    return AdvicePage.objects.get(pk=page.pk)
