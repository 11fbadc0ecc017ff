"""Sending a Mailing: exactly one email per subscriber, even if a worker dies mid-run.

The protocol (docs/subscriptions.md explains it at length):

1. Plan: insert one `pending` Delivery per recipient, in batches, ignoring rows that exist
   (unique on mailing + subscriber). Planning again inserts nothing twice.
2. Claim: in a transaction, take up to BATCH_SIZE claimable rows (`pending`, or `sending`
   with a claim older than SUBSCRIPTIONS_CLAIM_TIMEOUT: a dead worker's), with
   SELECT ... FOR UPDATE SKIP LOCKED on PostgreSQL, and mark them `sending` with a fresh
   claim token. The UPDATE re-checks the state, so two workers never hold the same row.
3. Send over one SMTP connection for the batch; right after the server accepts a message,
   mark that row `sent` (only if it still carries our claim) in its own small commit. A
   refused recipient is `failed`; a broken connection hands the unsent rows back as
   `pending` and re-raises.

A row marked `sent` is never sent again. The one window left: the server accepted a
message and the worker died before the UPDATE committed (one round trip); that row is
resent after the claim timeout, so at most one duplicate per killed worker. Each email's
Message-ID is derived from its Delivery, so a resend carries the same Message-ID.

Speed: each email is rendered once per language (subscriptions/prepared.py), and the `sent`
marks are raw single-row UPDATEs committed without waiting for the disk (`fast_commits`):
a mark survives the worker being killed; only a crash of the database server or machine
within a fraction of a second after it could lose it (then that email is resent).
"""

import smtplib
import uuid
from contextlib import contextmanager
from datetime import timedelta
from itertools import batched

from django.conf import settings
from django.core.mail import mailers
from django.db import DatabaseError, connection, transaction
from django.db.models import F, Q
from django.utils import timezone

from . import emails
from .mailings import is_public, recipients
from .matching import alert_terms, subscriber_choices, wants
from .models import Delivery, Mailing
from .prepared import PreparedTemplate

SUBSCRIBER_FIELDS = ("subscriber__id", "subscriber__email", "subscriber__language",
                     "subscriber__key", "subscriber__all_alerts", "subscriber__frequency")


def plan(mailing, batch_size=None):
    """Insert a pending Delivery for every recipient; idempotent. Returns rows inserted."""
    if mailing.planned_at:
        return 0
    batch_size = batch_size or settings.SUBSCRIPTIONS_BATCH_SIZE
    # One query, streamed in chunks (a server-side cursor on PostgreSQL): memory stays flat,
    # and no per-batch re-query that the planner might answer by sorting every subscriber.
    ids = recipients(mailing).order_by().values_list("id", flat=True).iterator(
        chunk_size=batch_size)
    inserted = 0
    for chunk in batched(ids, batch_size):
        Delivery.objects.bulk_create(
            [Delivery(mailing=mailing, subscriber_id=pk) for pk in chunk],
            ignore_conflicts=True)
        inserted += len(chunk)
    Mailing.objects.filter(pk=mailing.pk).update(planned_at=timezone.now())
    mailing.planned_at = timezone.now()
    return inserted


def claimable(stale_after=None):
    if stale_after is None:
        stale_after = settings.SUBSCRIPTIONS_CLAIM_TIMEOUT
    stale_before = timezone.now() - timedelta(seconds=stale_after)
    return (Q(state=Delivery.State.PENDING)
            | Q(state=Delivery.State.SENDING, claimed_at__lte=stale_before))


def claim_batch(mailing, batch_size, stale_after=None):
    """(claim token, [Delivery with its subscriber]) for up to batch_size rows."""
    token = uuid.uuid4().hex
    condition = claimable(stale_after)
    with transaction.atomic():
        candidates = Delivery.objects.filter(mailing=mailing).filter(condition).order_by("id")
        if connection.features.has_select_for_update_skip_locked:
            candidates = candidates.select_for_update(skip_locked=True)
        ids = list(candidates.values_list("id", flat=True)[:batch_size])
        if not ids:
            return token, []
        Delivery.objects.filter(id__in=ids).filter(condition).update(
            state=Delivery.State.SENDING, claim=token, claimed_at=timezone.now(),
            attempts=F("attempts") + 1)
    batch = (Delivery.objects.filter(claim=token, state=Delivery.State.SENDING)
             .select_related("subscriber").only("id", "mailing_id", *SUBSCRIBER_FIELDS)
             .order_by("id"))
    return token, list(batch)


def send(mailing, batch_size=None, stale_after=None):
    """Send every claimable delivery of the mailing. Returns the number sent."""
    batch_size = batch_size or settings.SUBSCRIPTIONS_BATCH_SIZE
    composer = Composer(mailing)
    total = 0
    while True:
        token, batch = claim_batch(mailing, batch_size, stale_after)
        if not batch:
            return total
        total += send_batch(composer, token, batch)


def send_batch(composer, token, batch):
    """Send a claimed batch over one connection. Returns the number sent."""
    sent, failed = 0, []
    composer.prepare(batch)
    mailer = mailers.default
    try:
        with mailer, fast_commits() as mark_sent:
            for delivery in batch:
                message = composer.compose(delivery)
                if message is None:
                    failed.append((delivery.pk, "nothing to send"))
                    continue
                try:
                    mailer.send_messages([message])
                except smtplib.SMTPRecipientsRefused as error:
                    failed.append((delivery.pk, str(error)[:200]))
                    continue
                mark_sent(delivery.pk, token)
                sent += 1
    except BaseException:
        # Not accepted by the server: hand the rest of the batch back for a later run.
        Delivery.objects.filter(claim=token, state=Delivery.State.SENDING).update(
            state=Delivery.State.PENDING, claim="", claimed_at=None)
        raise
    # Rows that sent nothing: marked together (if the worker dies first, they are simply
    # tried again, and again send nothing).
    for pk, error in failed:
        Delivery.objects.filter(pk=pk, claim=token).update(
            state=Delivery.State.FAILED, claim="", error=error)
    return sent


@contextmanager
def fast_commits():
    """`mark_sent(delivery id, claim token)`: one raw UPDATE, committed at once (in
    autocommit) without waiting for the disk: `synchronous_commit = off` on PostgreSQL,
    `synchronous = NORMAL` on SQLite in WAL mode (other SQLite journals keep full syncs).
    A commit still survives the worker being killed: it is in the database server's memory
    (or the operating system's file cache) once the UPDATE returns."""
    table = connection.ops.quote_name(Delivery._meta.db_table)
    sql = (f"UPDATE {table} SET state = %s, claim = '', sent_at = %s "
           "WHERE id = %s AND claim = %s")
    with connection.cursor() as cursor:
        restore = _relax_durability(cursor)
        try:
            yield lambda pk, token: cursor.execute(sql, [
                Delivery.State.SENT,
                connection.ops.adapt_datetimefield_value(timezone.now()), pk, token])
        finally:
            if restore:
                try:
                    cursor.execute(restore)
                except DatabaseError:
                    pass  # the transaction is failing anyway; the setting dies with it


def _relax_durability(cursor):
    """Lower commit durability for this connection; returns the SQL that restores it."""
    if connection.vendor == "postgresql":
        cursor.execute("SET synchronous_commit TO off")
        return "RESET synchronous_commit"
    if connection.vendor == "sqlite" and not connection.in_atomic_block:
        cursor.execute("PRAGMA journal_mode")
        if cursor.fetchone()[0].lower() == "wal":
            cursor.execute("PRAGMA synchronous")
            previous = int(cursor.fetchone()[0])
            cursor.execute("PRAGMA synchronous = NORMAL")
            return f"PRAGMA synchronous = {previous}"
    return None


class Composer:
    """Builds each subscriber's email for one mailing: alert text is looked up once per
    language, and each distinct email (language; for a digest, also its alerts) is rendered
    once as a PreparedTemplate."""

    def __init__(self, mailing):
        self.mailing = mailing
        self.kind = mailing.kind
        self._content, self._updates = {}, {}
        # An alert restricted (password, groups) since the mailing was made is not sent.
        if self.kind == Mailing.Kind.DIGEST:
            self.alerts = list(mailing.alerts.public().order_by("-first_published_at"))
            self.terms = {alert.pk: alert_terms(alert) for alert in self.alerts}
        else:
            self.alerts = [mailing.alert] if is_public(mailing.alert) else []
        self.choices, self.already_had = {}, set()
        self._templates = {}

    def content(self, alert, language):
        key = (alert.pk, language)
        if key not in self._content:
            self._content[key] = emails.alert_content(alert, language)
        return self._content[key]

    def prepare(self, batch):
        """Per batch: subscribers' choices and alerts they already had on their own."""
        if self.kind != Mailing.Kind.DIGEST:
            return
        subscribers = [delivery.subscriber for delivery in batch]
        self.choices = subscriber_choices(subscribers)
        self.already_had = set(Delivery.objects.filter(
            subscriber_id__in=[s.pk for s in subscribers], state=Delivery.State.SENT,
            mailing__kind=Mailing.Kind.ALERT,
            mailing__alert_id__in=[a.pk for a in self.alerts],
        ).values_list("subscriber_id", "mailing__alert_id"))

    def compose(self, delivery):
        subscriber = delivery.subscriber
        language = subscriber.language
        if self.kind == Mailing.Kind.DIGEST:
            alerts = tuple(
                alert for alert in self.alerts
                if (subscriber.pk, alert.pk) not in self.already_had
                and wants(subscriber, self.choices[subscriber.pk], self.terms[alert.pk]))
            if not alerts:
                return None
            key = (language, tuple(alert.pk for alert in alerts))
        elif not self.alerts:
            return None
        else:
            alerts, key = (), (language,)
        if key not in self._templates:
            self._templates[key] = PreparedTemplate(language, self._builder(language, alerts))
        return self._templates[key].email_for(subscriber, f"delivery-{delivery.pk}")

    def _builder(self, language, digest_alerts):
        """build(subscriber, links, message_id) for one language (and digest content)."""
        if self.kind == Mailing.Kind.DIGEST:
            contents = [self.content(alert, language) for alert in digest_alerts]
            return lambda subscriber, links, message_id: emails.digest_email(
                subscriber, contents, self.mailing.frequency, message_id, links)
        alert = self.mailing.alert
        content = self.content(alert, language)
        if self.kind == Mailing.Kind.ALERT:
            return lambda subscriber, links, message_id: emails.alert_email(
                subscriber, alert, content, message_id, links)
        updates = self.updates(language)
        return lambda subscriber, links, message_id: emails.notice_email(
            subscriber, alert, content, self.kind, updates, message_id, links)

    def updates(self, language):
        """For an "updated" notice: every update it tells of, newest first (by date)."""
        if self.kind != Mailing.Kind.UPDATED:
            return []
        if language not in self._updates:
            # Notices made before update_ids was filled name only their update, in `key`.
            ids = self.mailing.update_ids or [int(self.mailing.key)]
            updates = self.mailing.alert.updates.filter(pk__in=ids).order_by("-date", "-id")
            self._updates[language] = [emails.update_content(update, language)
                                       for update in updates]
        return self._updates[language]

