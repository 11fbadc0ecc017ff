"""Two task workers running at once never send an email twice.

Two `manage.py db_worker --batch` processes start together against the same PostgreSQL
database, each holding a copy of the same mailing's delivery task, with small batches so
they contend for the same rows. Claims use SELECT ... FOR UPDATE SKIP LOCKED (task rows in
django_tasks_db, delivery rows in subscriptions.delivery.claim_batch), so every subscriber
is counted exactly once at a real SMTP server. SQLite has no row locks: skipped there.
"""

import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from django.db import connection
from django.test import override_settings
from django.utils import timezone

from subscriptions import tasks
from subscriptions.models import Delivery, Mailing, Subscriber
from tests import factories
from tests.subscriptions.conftest import smtp  # noqa: F401 - the real SMTP sink fixture

ROOT = Path(__file__).resolve().parents[2]
DB_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
SUBSCRIBERS = 60

pytestmark = pytest.mark.skipif(
    "postgres" not in os.environ.get("DATABASE_URL", ""),
    reason="needs PostgreSQL (row locks with SKIP LOCKED); set DATABASE_URL=postgres://...",
)


def worker(smtp_port, database_name):
    settings = connection.settings_dict
    url = (f"postgres://{settings['USER']}:{settings['PASSWORD'] or ''}@{settings['HOST']}:"
           f"{settings['PORT'] or 5432}/{database_name}")
    env = {**os.environ, "DATABASE_URL": url, "DJANGO_SETTINGS_MODULE": "fraudalert.settings.dev",
           "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
           "EMAIL_HOST": "127.0.0.1", "EMAIL_PORT": str(smtp_port)}
    return subprocess.Popen(
        [sys.executable, "manage.py", "db_worker", "--batch", "--no-startup-delay",
         "--no-reload", "--queue-name", "*"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )


@pytest.mark.django_db(transaction=True)
@override_settings(TASKS=DB_TASKS)
def test_two_workers_at_once_send_each_subscriber_one_email(smtp):  # noqa: F811
    factories.site_pages()
    Subscriber.objects.bulk_create(
        [Subscriber(email=f"reader{n}@example.org", confirmed_at=timezone.now(),
                    language="en" if n % 2 else "ar") for n in range(SUBSCRIBERS)])
    alert = factories.alert("Fake bank fraud team calls")  # its delivery task is queued
    mailing = Mailing.objects.get(alert=alert, kind=Mailing.Kind.ALERT)
    tasks.deliver_mailing.enqueue(mailing.pk)  # a second copy: both workers take one
    tasks.deliver_mailing.enqueue(mailing.pk)

    processes = [worker(smtp.port, connection.settings_dict["NAME"]) for _ in range(2)]
    for process in processes:
        _, errors = process.communicate(timeout=120)
        assert process.returncode == 0, errors

    per_recipient = Counter(rcpt for rcpts, _ in smtp.messages for rcpt in rcpts)
    assert per_recipient == Counter({f"reader{n}@example.org": 1 for n in range(SUBSCRIBERS)})
    assert Delivery.objects.filter(mailing=mailing, state="sent").count() == SUBSCRIBERS
