"""The subscription queue survives a restart of the database: the worker's PostgreSQL session
is terminated mid-run (pg_terminate_backend from another connection, as a restart does), and
the rerun (resume_deliveries + db_worker) delivers to every subscriber exactly once.

PostgreSQL only: run with DATABASE_URL=postgres://postgres@127.0.0.1:5432/fa_security
(the test database is then test_fa_security). Skipped, with that reason, on SQLite.
"""

from collections import Counter
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection
from django.test import override_settings
from django.utils import timezone

from subscriptions.models import Delivery, Mailing, Subscriber
from tests import factories
from tests.subscriptions.conftest import smtp  # noqa: F401 (fixture: a real SMTP server)

DB_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def run_worker():
    try:
        call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload",
                     stdout=StringIO(), stderr=StringIO())
    except Exception as error:  # the database went away under it
        return error
    finally:
        connection.close()  # what Django does at the end of a task or request
    return None


@pytest.mark.django_db(transaction=True)
@override_settings(TASKS=DB_TASKS, SUBSCRIPTIONS_BATCH_SIZE=5)
def test_deliveries_survive_the_database_going_away_mid_run(smtp):  # noqa: F811
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL: DATABASE_URL=postgres://postgres@127.0.0.1:5432/"
                    "fa_security .venv/bin/pytest tests/security/test_queue_database_restart.py")
    import psycopg

    factories.site_pages()
    Subscriber.objects.bulk_create(
        [Subscriber(email=f"member{n}@example.org", confirmed_at=timezone.now(),
                    language="cy" if n % 2 else "en") for n in range(23)])
    alert = factories.alert("Fake refund call")  # the delivery task waits in the queue
    mailing = Mailing.objects.get(alert=alert, kind=Mailing.Kind.ALERT)
    assert Delivery.objects.filter(mailing=mailing).count() in (0, 23)

    params = connection.get_connection_params()
    params.pop("cursor_factory", None)
    params.pop("context", None)
    killer = psycopg.connect(**{k: v for k, v in params.items() if v is not None},
                             autocommit=True)
    connection.ensure_connection()
    worker_pid = connection.connection.info.backend_pid
    killed = []

    def database_restarts(count):
        # The 8th message: the database restarts (the worker's session is terminated) and
        # the mail server turns the message away while it is down.
        if count == 7 and not killed:
            killer.execute("SELECT pg_terminate_backend(%s)", [worker_pid])
            killed.append(worker_pid)
            return "421 Service shutting down"
        return None

    smtp.before_accept = database_restarts
    error = run_worker()
    assert killed, "the database connection was not terminated mid-run"
    assert error is not None or Delivery.objects.exclude(state="sent").exists()
    assert len(smtp.messages) == 7
    assert Delivery.objects.filter(state="sent").count() == 7  # nothing lost, nothing doubled

    smtp.before_accept = None
    call_command("resume_deliveries", "--stale-after", "0", stdout=StringIO())
    assert run_worker() is None

    per_recipient = Counter(rcpt for rcpts, _message in smtp.messages for rcpt in rcpts)
    assert per_recipient == Counter({f"member{n}@example.org": 1 for n in range(23)})
    assert Delivery.objects.filter(mailing=mailing, state="sent").count() == 23
    killer.close()
