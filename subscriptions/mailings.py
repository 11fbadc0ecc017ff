"""Deciding what to send: a Mailing for a newly published alert, for a change to an alert
already sent, or for a digest period. Each is created at most once (unique constraints)."""

from datetime import timedelta

from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone

from alerts.models import AlertPage

from .matching import alert_terms, matching_q
from .models import Delivery, Frequency, Mailing, Subscriber

DIGEST_SPAN = {Frequency.DAILY: timedelta(days=1), Frequency.WEEKLY: timedelta(days=7)}


def _create(**fields):
    """The mailing, or None if it already exists."""
    try:
        with transaction.atomic():
            return Mailing.objects.create(**fields)
    except IntegrityError:
        return None


def is_public(alert):
    """Whether anyone may read the alert: no password or group restriction on it or on a
    page above it. Restricted alerts are never mailed."""
    return not alert.get_view_restrictions().exists()


def mailings_for_publish(alert):
    """New mailings caused by publishing `alert` (an AlertPage): at most one."""
    if not is_public(alert):
        return []
    sent = Mailing.objects.filter(alert=alert, kind=Mailing.Kind.ALERT).first()
    updates = list(alert.updates.order_by("-date", "-id").values_list("id", flat=True))
    if sent is None:
        if alert.status != AlertPage.Status.ACTIVE or alert.is_expired:
            return []
        mailing = _create(alert=alert, kind=Mailing.Kind.ALERT, update_ids=sorted(updates))
        return [mailing] if mailing else []
    if alert.status == AlertPage.Status.WITHDRAWN:
        mailing = _create(alert=alert, kind=Mailing.Kind.WITHDRAWN)
        return [mailing] if mailing else []
    noticed = set(sent.update_ids)
    for key, update_ids in Mailing.objects.filter(
            alert=alert, kind=Mailing.Kind.UPDATED).values_list("key", "update_ids"):
        noticed.add(int(key))
        noticed.update(update_ids)
    new = [pk for pk in updates if pk not in noticed]  # newest first
    if not new:
        return []
    # One notice for every update this publish added; keyed by the newest of them.
    mailing = _create(alert=alert, kind=Mailing.Kind.UPDATED, key=str(new[0]),
                      update_ids=new)
    return [mailing] if mailing else []


def period_key(frequency, now):
    local = timezone.localtime(now)
    if frequency == Frequency.WEEKLY:
        year, week, _ = local.isocalendar()
        return f"{year}-W{week:02d}"
    return local.date().isoformat()


def digest_mailing(frequency, now=None):
    """(mailing, created) for the current period; the same mailing if it already exists."""
    now = now or timezone.now()
    key = period_key(frequency, now)
    existing = Mailing.objects.filter(kind=Mailing.Kind.DIGEST, frequency=frequency,
                                      key=key).first()
    if existing:
        return existing, False
    previous = (Mailing.objects.filter(kind=Mailing.Kind.DIGEST, frequency=frequency)
                .order_by("-window_end").first())
    start = previous.window_end if previous else now - DIGEST_SPAN[frequency]
    alerts = AlertPage.objects.live().public().filter(
        status=AlertPage.Status.ACTIVE, first_published_at__gt=start,
        first_published_at__lte=now).values_list("id", flat=True)
    try:
        with transaction.atomic():
            mailing = Mailing.objects.create(kind=Mailing.Kind.DIGEST, frequency=frequency,
                                             key=key, window_start=start, window_end=now)
            mailing.alerts.set(list(alerts))
    except IntegrityError:
        return Mailing.objects.get(kind=Mailing.Kind.DIGEST, frequency=frequency,
                                   key=key), False
    return mailing, True


def recipients(mailing):
    """The Subscriber queryset a mailing goes to (confirmed subscribers only; nobody for an
    alert restricted since the mailing was made)."""
    subscribers = Subscriber.objects.confirmed()
    if mailing.kind != Mailing.Kind.DIGEST and not is_public(mailing.alert):
        return subscribers.none()
    if mailing.kind == Mailing.Kind.ALERT:
        return subscribers.filter(frequency=Frequency.IMMEDIATE).filter(
            matching_q(alert_terms(mailing.alert)))
    if mailing.kind == Mailing.Kind.DIGEST:
        alerts = list(mailing.alerts.public())
        if not alerts:
            return subscribers.none()
        wanted = Q()
        for alert in alerts:
            wanted |= matching_q(alert_terms(alert))
        return subscribers.filter(frequency=mailing.frequency).filter(wanted)
    # A change to an alert: everyone who was sent it, alone or in a digest.
    sent = Delivery.objects.filter(subscriber_id=OuterRef("pk"), state=Delivery.State.SENT)
    alone = sent.filter(mailing__kind=Mailing.Kind.ALERT, mailing__alert=mailing.alert)
    in_digest = sent.filter(mailing__kind=Mailing.Kind.DIGEST,
                            mailing__alerts=mailing.alert)
    return subscribers.filter(
        Exists(alone) | (Exists(in_digest) & matching_q(alert_terms(mailing.alert))))
