"""A listing of 1,000 alert pages: whole rows against the columns the listing shows.

    .venv/bin/python bench/columns_benchmark.py [pages]

Builds (once: building 1,000 pages takes minutes) a SQLite database at
/tmp/fraudalert-columns-<pages>.sqlite3 with `pages` live alerts (every language's title and
summary filled, a body in English and Polish), then times, in Polish, (a) loading the pages
whole (`AlertPage.objects.live()`, ~200 columns a row with sixteen languages) and (b) the
listing's own queryset (alerts.listing.alert_list_queryset: `.only()` the shown columns in
Polish and English, fraud types prefetched), printing the median of five runs of each.
"""

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
COUNT = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
DATABASE = Path(f"/tmp/fraudalert-columns-{COUNT}.sqlite3")
os.environ["DATABASE_URL"] = f"sqlite:///{DATABASE}"

from bench.setup_django import fresh_sqlite, setup  # noqa: E402

if not DATABASE.exists():
    fresh_sqlite(DATABASE)
setup()

from django.db import connection, reset_queries  # noqa: E402
from django.utils import timezone, translation  # noqa: E402


def build(count):
    from alerts.models import AlertPage
    from languages import supported
    from tests import factories

    _, alert_index, _ = factories.site_pages()
    fraud_type = factories.fraud_type("Courier scams", "courier-scams")
    now = timezone.now()
    with translation.override("en"):
        for n in range(count):
            fields = {}
            for language in supported.LANGUAGES:
                suffix = language.field_suffix
                fields[f"title_{suffix}"] = f"Alert {n} ({language.code})"
                fields[f"summary_{suffix}"] = f"What happened in alert {n} ({language.code}). " * 4
            fields["body_en"] = "<p>Do not click the link.</p>" * 20
            fields["body_pl"] = "<p>Nie klikaj w link.</p>" * 20
            page = AlertPage(slug=f"alert-{n}", issued_at=now, live=True, **fields)
            alert_index.add_child(instance=page)
            page.fraud_types.add(fraud_type)


def timed(label, load, runs=5):
    timings, queries = [], 0
    for _ in range(runs):
        reset_queries()
        start = time.perf_counter()
        rows = load()
        timings.append((time.perf_counter() - start) * 1000)
        queries = len(connection.queries)
    print(f"{label}: {len(rows)} pages, median {statistics.median(timings):.0f} ms, "
          f"{queries} queries")
    return statistics.median(timings)


def main(count=1000):
    connection.force_debug_cursor = True
    from alerts.listing import alert_list_queryset, listing_columns
    from alerts.models import AlertPage

    if AlertPage.objects.count() < count:
        start = time.perf_counter()
        build(count - AlertPage.objects.count())
        print(f"built {count} alerts in {time.perf_counter() - start:.0f} s")
    columns = len(AlertPage._meta.concrete_fields)
    live = AlertPage.objects.live().public().order_by("-issued_at", "-id")
    with translation.override("pl"):
        whole = timed(f"whole rows ({columns} columns)",
                      lambda: [(p.title, p.summary, p.severity) for p in live.all()])
        only = timed(f"only the listing's {len(listing_columns('pl'))} columns",
                     lambda: [(p.title, p.summary, p.severity)
                              for p in live.only(*listing_columns("pl"))])
        listing = timed("alert_list_queryset (those columns + fraud types prefetched)",
                        lambda: [(p.title, p.summary, p.severity,
                                  [t.name for t in p.fraud_types.all()])
                                 for p in alert_list_queryset("pl")])
    print(f"only(): {only / whole:.0%} of the whole-row time; "
          f"with the prefetch: {listing / whole:.0%}")


if __name__ == "__main__":
    main(COUNT)
