"""What happens to a subscriber: sign-up, confirmation, unsubscribing, export and erasure."""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from . import tokens
from .models import Subscriber, Suppression, address_hash
from .tasks import send_signup_email


def sign_up(form):
    """Record a sign-up and queue one email. The caller's response is the same whatever
    happens here: a new or unconfirmed address gets a confirmation link, a subscribed one a
    "manage your subscription" link (its choices are not changed by a stranger's form)."""
    email = form.cleaned_data["email"]
    with transaction.atomic():
        subscriber = Subscriber.objects.select_for_update().filter(email=email).first()
        if subscriber is not None and subscriber.confirmed_at:
            kind = "manage"
        else:
            subscriber = subscriber or Subscriber(email=email)
            subscriber.created_at = timezone.now()
            form.apply(subscriber)
            kind = "confirm"
    send_signup_email.enqueue(subscriber.pk, kind)


def send_link(email):
    subscriber = Subscriber.objects.filter(email=email).first()
    if subscriber is not None:
        send_signup_email.enqueue(subscriber.pk,
                                  "manage" if subscriber.confirmed_at else "confirm")


def from_token(token, salt, max_age=None):
    """The subscriber a link is for, or None if it was deleted or its key changed.
    Raises tokens.Expired / tokens.Invalid."""
    pk, key = tokens.read(token, salt, max_age)
    return Subscriber.objects.filter(pk=pk, key=key).first()


def confirm(subscriber):
    if not subscriber.confirmed_at:
        subscriber.confirmed_at = timezone.now()
        subscriber.save(update_fields=["confirmed_at"])
        # Confirming proves consent again: an old unsubscribe no longer blocks the address.
        Suppression.objects.filter(email_hash=address_hash(subscriber.email)).delete()


def unsubscribe(subscriber):
    """Delete the address and its deliveries; keep only a keyed hash as a suppression."""
    with transaction.atomic():
        Suppression.add(subscriber.email)
        subscriber.delete()


def purge_unconfirmed(now=None, dry_run=False):
    cutoff = (now or timezone.now()) - timedelta(seconds=settings.SUBSCRIPTIONS_CONFIRM_MAX_AGE)
    stale = Subscriber.objects.filter(confirmed_at__isnull=True, created_at__lt=cutoff)
    count = stale.count()
    if not dry_run:
        stale.delete()
    return count


def export(subscriber):
    """Everything stored about one subscriber, as plain data."""
    return {
        "email": subscriber.email,
        "language": subscriber.language,
        "frequency": subscriber.frequency,
        "all_alerts": subscriber.all_alerts,
        "fraud_types": list(subscriber.fraud_types.values_list("slug", flat=True)),
        "regions": list(subscriber.regions.values_list("slug", flat=True)),
        "audiences": list(subscriber.audiences.values_list("slug", flat=True)),
        "organisation": subscriber.organisation,
        "created_at": subscriber.created_at.isoformat(),
        "confirmed_at": subscriber.confirmed_at.isoformat() if subscriber.confirmed_at
        else None,
        "emails_sent": [
            {"kind": kind, "alert": code, "period": key,
             "sent_at": sent_at.isoformat() if sent_at else None, "state": state}
            for kind, code, key, sent_at, state in subscriber.deliveries.values_list(
                "mailing__kind", "mailing__alert__reference_code", "mailing__key",
                "sent_at", "state").order_by("id")
        ],
    }
