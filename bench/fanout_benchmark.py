"""Fan one alert out to N subscribers (default 100,000) and print emails/second and peak
memory. Uses its own SQLite file (or DATABASE_URL) and a local SMTP sink (aiosmtpd, counts
and discards) or Django's locmem backend (which keeps every message: memory grows).

    .venv/bin/python bench/fanout_benchmark.py [--subscribers 100000] [--sink smtp|locmem]
"""

import argparse
import os
import resource
import socket
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


class Sink:
    def __init__(self):
        self.count = 0

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd API
        self.count += 1
        return "250 OK"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--subscribers", type=int, default=100_000)
    parser.add_argument("--sink", choices=["smtp", "locmem"], default="smtp")
    parser.add_argument("--batch-size", type=int, default=500)
    args = parser.parse_args()

    workdir = tempfile.mkdtemp(prefix="fanout-")
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{workdir}/bench.sqlite3")
    os.environ["DJANGO_SETTINGS_MODULE"] = "fraudalert.settings.test"
    import django

    django.setup()
    import logging

    logging.disable(logging.INFO)  # aiosmtpd and wagtail log every message and page
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection
    from django.test.utils import override_settings
    from django.utils import timezone

    # The test settings point pytest at an in-memory database; a script needs a real one.
    print(f"database: {connection.settings_dict['NAME']}")
    call_command("migrate", "--noinput", verbosity=0)

    from subscriptions import delivery
    from subscriptions.models import Mailing, Subscriber
    from tests import factories

    languages = [code for code, _ in settings.LANGUAGES]
    Subscriber.objects.bulk_create(
        (Subscriber(email=f"s{n}@example.org", confirmed_at=timezone.now(),
                    language=languages[n % len(languages)])
         for n in range(args.subscribers)), batch_size=5000)

    if args.sink == "smtp":
        from aiosmtpd.controller import Controller

        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        sink = Sink()
        controller = Controller(sink, hostname="127.0.0.1", port=port)
        controller.start()
        mailers = {"default": {"BACKEND": "django.core.mail.backends.smtp.EmailBackend",
                               "OPTIONS": {"host": "127.0.0.1", "port": port}}}
    else:
        mailers = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}}

    db_tasks = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    with override_settings(MAILERS=mailers, TASKS=db_tasks,
                           SUBSCRIPTIONS_BATCH_SIZE=args.batch_size):
        alert = factories.alert("Benchmark alert", summary_ar="ملخص", title_ar="تنبيه")
        mailing = Mailing.objects.get(alert=alert, kind=Mailing.Kind.ALERT)
        tracemalloc.start()
        started = time.perf_counter()
        delivery.plan(mailing)
        planned = time.perf_counter()
        sent = delivery.send(mailing)
        finished = time.perf_counter()
        _, peak_traced = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    peak_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    received = sink.count if args.sink == "smtp" else sent
    print(f"subscribers: {args.subscribers}  sink: {args.sink}  batch: {args.batch_size}")
    print(f"planned in {planned - started:.1f}s; sent {sent} (sink received {received}) "
          f"in {finished - planned:.1f}s")
    print(f"emails/second: {sent / (finished - planned):.0f}")
    print(f"peak Python allocations (tracemalloc): {peak_traced / 2**20:.1f} MiB")
    print(f"peak resident memory of the process: {peak_rss:.0f} MiB")
    if args.sink == "smtp":
        controller.stop()


if __name__ == "__main__":
    main()
