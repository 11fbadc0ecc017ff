"""Subscribers, their choices, suppressed addresses, and the record of every email sent.

A `Mailing` is one thing to send (an alert, a notice that an alert changed, or one digest
period); a `Delivery` is that mailing for one subscriber. The unique constraint on
(mailing, subscriber) plus the unique keys of `Mailing` are what make "exactly one email per
subscriber per alert (or per digest period)" hold: see subscriptions/delivery.py.
"""

import hashlib
import hmac
import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from languages import supported

LANGUAGE_CHOICES = [(language.code, language.local_name) for language in supported.LANGUAGES]


def new_key():
    return secrets.token_urlsafe(12)


def address_hash(email):
    """A keyed hash of an address: lets us recognise it without storing it."""
    key = settings.SECRET_KEY.encode()
    return hmac.new(key, email.strip().lower().encode(), hashlib.sha256).hexdigest()


class Frequency(models.TextChoices):
    IMMEDIATE = "immediate", _("As soon as an alert is published")
    DAILY = "daily", _("A daily digest")
    WEEKLY = "weekly", _("A weekly digest")


class SubscriberQuerySet(models.QuerySet):
    def confirmed(self):
        return self.filter(confirmed_at__isnull=False)


class Subscriber(models.Model):
    email = models.EmailField(_("email address"), max_length=254, unique=True)
    language = models.CharField(_("language"), max_length=10, choices=LANGUAGE_CHOICES,
                                default=supported.DEFAULT)
    frequency = models.CharField(_("how often"), max_length=10, choices=Frequency.choices,
                                 default=Frequency.IMMEDIATE)
    all_alerts = models.BooleanField(_("all alerts"), default=True)
    fraud_types = models.ManyToManyField("alerts.FraudType", blank=True, related_name="+",
                                         verbose_name=_("fraud types"))
    regions = models.ManyToManyField("alerts.Region", blank=True, related_name="+",
                                     verbose_name=_("regions"))
    audiences = models.ManyToManyField("alerts.Audience", blank=True, related_name="+",
                                       verbose_name=_("audiences"))
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    # Part of every signed link: changing it revokes all links sent so far.
    key = models.CharField(max_length=32, default=new_key, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)

    objects = SubscriberQuerySet.as_manager()

    class Meta:
        verbose_name = _("subscriber")
        verbose_name_plural = _("subscribers")
        permissions = [("view_subscriber_counts", _("Can see subscriber counts"))]
        indexes = [models.Index(fields=["frequency", "confirmed_at"])]

    def __str__(self):
        return f"subscriber {self.pk}"


class Suppression(models.Model):
    """An address that unsubscribed, kept only as a keyed hash so imports cannot re-add it."""

    email_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return f"suppressed {self.email_hash[:8]}"

    @classmethod
    def add(cls, email):
        cls.objects.get_or_create(email_hash=address_hash(email))

    @classmethod
    def is_suppressed(cls, email):
        return cls.objects.filter(email_hash=address_hash(email)).exists()


class Mailing(models.Model):
    class Kind(models.TextChoices):
        ALERT = "alert", "alert"
        UPDATED = "updated", "alert updated"
        WITHDRAWN = "withdrawn", "alert withdrawn"
        DIGEST = "digest", "digest"

    kind = models.CharField(max_length=10, choices=Kind.choices)
    alert = models.ForeignKey("alerts.AlertPage", null=True, blank=True,
                              on_delete=models.CASCADE, related_name="+")
    # Tells notices apart: for "updated", the id of the newest AlertUpdate it tells of;
    # the period for a digest.
    key = models.CharField(max_length=40, blank=True)
    frequency = models.CharField(max_length=10, choices=Frequency.choices, blank=True)
    alerts = models.ManyToManyField("alerts.AlertPage", blank=True, related_name="+")
    # For an alert: the ids of its updates when it was first sent (no notice for those).
    # For "updated": the ids of every update that publish added, newest first.
    update_ids = models.JSONField(default=list, blank=True)
    window_start = models.DateTimeField(null=True, blank=True)
    window_end = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    planned_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["alert", "kind", "key"],
                                    condition=models.Q(alert__isnull=False),
                                    name="one_mailing_per_alert_kind_key"),
            models.UniqueConstraint(fields=["frequency", "key"],
                                    condition=models.Q(kind="digest"),
                                    name="one_digest_per_period"),
        ]

    def __str__(self):
        return f"{self.kind} {self.alert_id or self.key}"


class Delivery(models.Model):
    class State(models.TextChoices):
        PENDING = "pending", "pending"
        SENDING = "sending", "claimed by a worker"
        SENT = "sent", "sent"
        FAILED = "failed", "refused by the mail server"

    mailing = models.ForeignKey(Mailing, on_delete=models.CASCADE, related_name="deliveries")
    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE,
                                   related_name="deliveries")
    state = models.CharField(max_length=10, choices=State.choices, default=State.PENDING)
    claim = models.CharField(max_length=32, blank=True)
    claimed_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    sent_at = models.DateTimeField(null=True, blank=True)
    error = models.CharField(max_length=200, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["mailing", "subscriber"],
                                    name="one_delivery_per_mailing_subscriber"),
        ]
        indexes = [models.Index(fields=["mailing", "state"])]

    def __str__(self):
        return f"{self.mailing} to subscriber {self.subscriber_id}: {self.state}"
