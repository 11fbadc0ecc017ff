"""A delivery run that breaks mid-way (the SMTP server goes away after N messages, and
another worker dies holding a claimed batch) is rerun by `resume_deliveries` and
`db_worker`: every subscriber gets exactly one email, counted at the SMTP server."""

from collections import Counter
from io import StringIO

import pytest
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone

from subscriptions import delivery
from subscriptions.models import Delivery, Mailing, Subscriber
from tests import factories

DB_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.mark.django_db(transaction=True)
@override_settings(TASKS=DB_TASKS, SUBSCRIPTIONS_BATCH_SIZE=5)
def test_interrupted_run_then_rerun_sends_exactly_one_each(smtp):
    factories.site_pages()
    Subscriber.objects.bulk_create(
        [Subscriber(email=f"member{n}@example.org", confirmed_at=timezone.now(),
                    language="ar" if n % 2 else "pl") for n in range(23)])
    alert = factories.alert("Fake refund call")  # queued in the database, not yet run
    mailing = Mailing.objects.get(alert=alert, kind=Mailing.Kind.ALERT)
    assert smtp.messages == []

    # The server accepts 7 messages, then refuses with a shutdown reply.
    smtp.before_accept = lambda count: "421 Service shutting down" if count >= 7 else None
    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload",
                 stdout=StringIO())
    assert len(smtp.messages) == 7
    assert Delivery.objects.filter(state="sent").count() == 7

    # A second worker claims a batch and dies before sending any of it.
    token, stolen = delivery.claim_batch(mailing, 5)
    assert len(stolen) == 5
    assert Delivery.objects.filter(state="sending").count() == 5

    smtp.before_accept = None
    call_command("resume_deliveries", "--stale-after", "0", stdout=StringIO())
    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload",
                 stdout=StringIO())

    per_recipient = Counter(rcpt for rcpts, _ in smtp.messages for rcpt in rcpts)
    assert per_recipient == Counter({f"member{n}@example.org": 1 for n in range(23)})
    assert Delivery.objects.filter(state="sent").count() == 23

    # Running everything again sends nothing more.
    call_command("resume_deliveries", "--stale-after", "0", stdout=StringIO())
    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload",
                 stdout=StringIO())
    assert len(smtp.messages) == 23
