"""Fan one alert out to N subscribers (default 100,000) and print emails/second and peak
memory. Uses its own SQLite file in WAL mode (or DATABASE_URL, e.g. PostgreSQL) and either
Django's locmem backend (each message is built and copied as locmem does; only the last one
is kept, so the outbox does not grow) or a local SMTP sink (aiosmtpd, counts and discards)
running in a separate process, so it does not share the sender's interpreter.

    .venv/bin/python bench/fanout_benchmark.py [--subscribers 100000] [--sink locmem|smtp]
        [--batch-size 500] [--tracemalloc]
"""

import argparse
import multiprocessing
import os
import resource
import socket
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def peak_rss_mib():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_sink(port, received, ready):
    """The SMTP sink process: accept everything, count it, keep nothing."""
    import asyncio
    import logging

    from aiosmtpd.controller import Controller

    logging.disable(logging.INFO)

    class Sink:
        async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd
            with received.get_lock():
                received.value += 1
            return "250 OK"

    controller = Controller(Sink(), hostname="127.0.0.1", port=port)
    controller.start()
    ready.set()
    asyncio.run(asyncio.Event().wait())  # until terminated


def start_sink():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    context = multiprocessing.get_context("spawn")
    received, ready = context.Value("q", 0), context.Event()
    process = context.Process(target=run_sink, args=(port, received, ready), daemon=True)
    process.start()
    if not ready.wait(30):
        sys.exit("the SMTP sink did not start")
    return port, received, process


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--subscribers", type=int, default=100_000)
    parser.add_argument("--sink", choices=["smtp", "locmem"], default="locmem")
    parser.add_argument("--batch-size", type=int, default=500)
    parser.add_argument("--tracemalloc", action="store_true",
                        help="also trace Python allocations (slows sending several times)")
    args = parser.parse_args()
    if args.sink == "smtp":
        port, received, sink_process = start_sink()

    workdir = tempfile.mkdtemp(prefix="fanout-")
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{workdir}/bench.sqlite3")
    os.environ["DJANGO_SETTINGS_MODULE"] = "fraudalert.settings.test"
    import django

    django.setup()
    import logging

    logging.disable(logging.INFO)  # wagtail logs every page
    from django.conf import settings
    from django.core import mail
    from django.core.mail.backends import locmem
    from django.core.management import call_command
    from django.db import connection
    from django.test.utils import override_settings
    from django.utils import timezone

    class LastOnlyLocmem(locmem.EmailBackend):
        """locmem's work per message (message(), deepcopy), keeping only the last one."""

        def send_messages(self, messages):
            count = super().send_messages(messages)
            del mail.outbox[:-1]
            return count

    # The test settings point pytest at an in-memory database; a script needs a real one.
    print(f"database: {connection.vendor} {connection.settings_dict['NAME']}")
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA journal_mode = WAL")
    call_command("migrate", "--noinput", verbosity=0)

    from subscriptions import delivery
    from subscriptions.models import Mailing, Subscriber
    from tests import factories

    languages = [code for code, _ in settings.LANGUAGES]
    started = time.perf_counter()
    Subscriber.objects.bulk_create(
        (Subscriber(email=f"s{n}@example.org", confirmed_at=timezone.now(),
                    language=languages[n % len(languages)])
         for n in range(args.subscribers)), batch_size=5000)
    print(f"created {args.subscribers} subscribers in {time.perf_counter() - started:.1f}s")

    if args.sink == "smtp":
        mailers = {"default": {"BACKEND": "django.core.mail.backends.smtp.EmailBackend",
                               "OPTIONS": {"host": "127.0.0.1", "port": port}}}
    else:
        mail.outbox = []
        mailers = {"default": {"BACKEND": f"{__name__}.LastOnlyLocmem"}}
        sys.modules[__name__].LastOnlyLocmem = LastOnlyLocmem

    db_tasks = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    with override_settings(MAILERS=mailers, TASKS=db_tasks,
                           SUBSCRIPTIONS_BATCH_SIZE=args.batch_size):
        alert = factories.alert("Benchmark alert", summary_ar="ملخص", title_ar="تنبيه")
        mailing = Mailing.objects.get(alert=alert, kind=Mailing.Kind.ALERT)
        rss_before = peak_rss_mib()
        if args.tracemalloc:
            import tracemalloc

            tracemalloc.start()
        started = time.perf_counter()
        delivery.plan(mailing)
        planned = time.perf_counter()
        sent = delivery.send(mailing)
        finished = time.perf_counter()
        if args.tracemalloc:
            _, peak_traced = tracemalloc.get_traced_memory()
            tracemalloc.stop()
    if args.sink == "smtp":
        deadline = time.monotonic() + 10
        while received.value < sent and time.monotonic() < deadline:
            time.sleep(0.05)
        sink_process.terminate()
        arrived = received.value
    else:
        arrived = sent
    print(f"subscribers: {args.subscribers}  sink: {args.sink}  batch: {args.batch_size}")
    print(f"planned in {planned - started:.1f}s; sent {sent} (arrived {arrived}) "
          f"in {finished - planned:.1f}s")
    print(f"emails/second: {sent / (finished - planned):.0f}")
    print(f"peak resident memory: {rss_before:.0f} MiB before sending, "
          f"{peak_rss_mib():.0f} MiB after (whole process, Django and Wagtail included)")
    if args.tracemalloc:
        print(f"peak Python allocations while sending: {peak_traced / 2**20:.1f} MiB")


if __name__ == "__main__":
    main()
