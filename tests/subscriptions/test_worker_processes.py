"""Real `manage.py db_worker` processes against a real SMTP server that takes 50 ms per
message: one worker killed with SIGKILL mid-mailing, then `resume_deliveries` and a new
worker; and two workers at once. Every subscriber gets exactly one email, counted at the
server.

The database must be visible to the worker processes: on PostgreSQL it is the test
database (transactional_db commits); on SQLite, whose test database is in this process's
memory, it is a migrated file that this process's connection is pointed at for the test.
"""

import asyncio
import os
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path
from urllib.parse import quote

import pytest
from aiosmtpd.controller import Controller
from django.conf import settings as django_settings
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test import override_settings
from django.utils import timezone
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page

from subscriptions.models import Delivery, Subscriber
from tests import factories

from .conftest import Inbox, free_port

ROOT = Path(__file__).resolve().parents[2]
DB_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
SUBSCRIBERS = 30


class SlowInbox(Inbox):
    """Takes `delay` seconds over each message before accepting it. If the client goes away
    meanwhile, aiosmtpd cancels the handler: the message was never accepted nor kept."""

    def __init__(self, delay):
        super().__init__()
        self.delay = delay
        self.in_flight = threading.Event()
        self.receiving = self.most_at_once = 0

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd API
        self.in_flight.set()
        self.receiving += 1
        self.most_at_once = max(self.most_at_once, self.receiving)
        try:
            await asyncio.sleep(self.delay)
        finally:
            self.receiving -= 1
            self.in_flight.clear()
        return await super().handle_DATA(server, session, envelope)

    def per_recipient(self):
        with self.lock:
            return Counter(rcpt for rcpts, _ in self.messages for rcpt in rcpts)


def _serve(inbox):
    inbox.port = free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=inbox.port)
    controller.start()
    return controller


@pytest.fixture
def slow_smtp():
    inbox = SlowInbox(delay=0.05)
    controller = _serve(inbox)
    yield inbox
    controller.stop()


@pytest.fixture
def slower_smtp():
    """A quarter of a second per message: one worker alone would need over 7 s for the
    mailing, far longer than the second worker takes to start, even on a busy machine (at
    50 ms the first could finish before the second had imported Django)."""
    inbox = SlowInbox(delay=0.25)
    controller = _serve(inbox)
    yield inbox
    controller.stop()


def _migrate(env):
    subprocess.run([sys.executable, "manage.py", "migrate", "--noinput", "--skip-checks"],
                   cwd=ROOT, env=env, check=True, capture_output=True, timeout=300)


@pytest.fixture
def shared_database(transactional_db, tmp_path):
    """A DATABASE_URL the worker processes share with this test."""
    settings = connection.settings_dict
    if connection.vendor == "postgresql":
        yield (f"postgres://{quote(settings['USER'] or '')}:"
               f"{quote(settings['PASSWORD'] or '')}@{settings['HOST'] or 'localhost'}:"
               f"{settings['PORT'] or 5432}/{settings['NAME']}")
        return
    if connection.vendor != "sqlite":
        pytest.skip(f"no shared database recipe for {connection.vendor}")
    path = tmp_path / "shared.sqlite3"
    url = f"sqlite:///{path}"
    _migrate(worker_environment(url, port=0))
    # Set the in-memory test database aside (closing it would destroy it) and use the file.
    memory, name = connection.connection, settings["NAME"]
    connection.connection = None
    settings["NAME"] = str(path)
    ContentType.objects.clear_cache()
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA journal_mode = WAL")  # readers do not block the workers
    try:
        yield url
    finally:
        connection.close()
        connection.connection, settings["NAME"] = memory, name
        ContentType.objects.clear_cache()


def worker_environment(database_url, port):
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("DJANGO_", "PYTEST_", "EMAIL_"))}
    env.update(DJANGO_SETTINGS_MODULE="tests.subscriptions.worker_settings",
               DATABASE_URL=database_url, EMAIL_HOST="127.0.0.1", EMAIL_PORT=str(port))
    return env


def manage(env, *args, timeout=120):
    return subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env,
                          check=True, capture_output=True, text=True, timeout=timeout)


def start_worker(env, log):
    return subprocess.Popen(
        [sys.executable, "manage.py", "db_worker", "--no-startup-delay", "--no-reload",
         "--interval", "0.2"], cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)


def wait_for(condition, timeout, what):
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.005)


def publish_alert_to_subscribers():
    """Subscribers in two languages and an alert whose mailing sits in the database queue."""
    if not Page.objects.filter(depth=1).exists():  # flushed by an earlier transactional test
        Locale.objects.get_or_create(language_code=get_supported_content_language_variant(
            django_settings.LANGUAGE_CODE))
        Page.add_root(instance=Page(title="Root", slug="root"))
    factories.site_pages()
    Subscriber.objects.bulk_create(
        [Subscriber(email=f"member{n}@example.org", confirmed_at=timezone.now(),
                    language="ar" if n % 2 else "pl") for n in range(SUBSCRIBERS)])
    with override_settings(TASKS=DB_TASKS):
        factories.alert("Fake bank call", title_ar="مكالمة بنك مزيفة", summary_ar="ملخص")


def expected():
    return Counter({f"member{n}@example.org": 1 for n in range(SUBSCRIBERS)})


def test_worker_killed_mid_mailing_then_resumed_sends_exactly_one_each(
        shared_database, slow_smtp, tmp_path):
    publish_alert_to_subscribers()
    env = worker_environment(shared_database, slow_smtp.port)
    worker = start_worker(env, (tmp_path / "worker.log").open("w"))
    try:
        # Kill it while the server holds an unaccepted message, after 8 were accepted.
        wait_for(lambda: len(slow_smtp.messages) >= 8 and slow_smtp.in_flight.is_set(),
                 timeout=120, what="8 messages and one in flight")
        worker.send_signal(signal.SIGKILL)
        assert worker.wait(timeout=10) == -signal.SIGKILL
    finally:
        if worker.poll() is None:
            worker.kill()
    time.sleep(0.2)  # the server notices the lost connection and drops the message
    arrived = len(slow_smtp.messages)
    assert 8 <= arrived < SUBSCRIBERS
    assert Delivery.objects.filter(state="sent").count() == arrived
    assert Delivery.objects.filter(state="sending").exists()  # the dead worker's claim

    # Without --stale-after the claim is too fresh to take over: nothing is sent twice.
    manage(env, "resume_deliveries")
    manage(env, "db_worker", "--batch", "--no-startup-delay", "--no-reload")
    assert Delivery.objects.filter(state="sending").exists()
    manage(env, "resume_deliveries", "--stale-after", "0")
    manage(env, "db_worker", "--batch", "--no-startup-delay", "--no-reload")

    assert slow_smtp.per_recipient() == expected()
    assert Delivery.objects.filter(state="sent").count() == SUBSCRIBERS
    message_ids = [message["Message-ID"] for _, message in slow_smtp.messages]
    assert len(set(message_ids)) == SUBSCRIBERS


def test_two_workers_at_once_never_send_an_email_twice(shared_database, slower_smtp,
                                                       tmp_path):
    if connection.vendor != "postgresql":
        # docs/deployment.md: several workers need PostgreSQL's row locks; on SQLite (one
        # worker only) a second worker's write can fail with "database is locked"
        pytest.skip("several workers at once are supported on PostgreSQL only; set "
                    "DATABASE_URL=postgres://... (CI runs it there)")
    slow_smtp = slower_smtp
    publish_alert_to_subscribers()
    env = worker_environment(shared_database, slow_smtp.port)
    # A second task for the same mailing (pending rows; claims are fresh, so not taken over).
    manage(env, "resume_deliveries")
    logs = [tmp_path / "worker1.log", tmp_path / "worker2.log"]
    workers = [start_worker(env, log.open("w")) for log in logs]
    try:
        wait_for(lambda: Delivery.objects.filter(state="sent").count() == SUBSCRIBERS,
                 timeout=120, what="every delivery sent")
    finally:
        for worker in workers:
            worker.terminate()
            worker.wait(timeout=30)
    time.sleep(0.2)
    assert slow_smtp.per_recipient() == expected()
    # Both sent at the same time, each claiming batches (5 at a time) of the one mailing.
    assert slow_smtp.most_at_once == 2
    assert Delivery.objects.filter(attempts=1).count() == SUBSCRIBERS
    output = "".join(log.read_text() for log in logs)
    assert "Traceback" not in output, output
