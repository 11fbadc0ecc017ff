"""Render time and query count of the alert list (and every public page kind) with 100 and
10,000 alerts stored, uncached, through the full middleware stack (Django's test client),
with the page cache on but bypassed (every request renders).

    .venv/bin/python bench/listing_render.py [--sizes 100 10000] [--repeat 30]

Each size gets its own SQLite file under /tmp, filled by bench/content.py (bulk, valid tree).
Targets (issue 9): at most 12 queries on any public page, the same at both sizes; the list
with 10,000 alerts within 1.5x the render time of 100.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import setup_django  # noqa: E402

LIST_URLS = ["/en/alerts/", "/ar/alerts/"]


def measure(size, repeat):
    """Runs in a child process whose DATABASE_URL points at this size's database."""
    setup_django.setup()
    from django.conf import settings
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from wagtail.models import Page

    from bench import content
    from pagecache import generation

    home, alert_index, advice_index = content.ensure_site()
    content.add_alerts(size)
    alerts = Page.objects.get(pk=alert_index.pk).get_children().live()
    newest = alerts.order_by("-path").first().slug
    oldest = alerts.order_by("path").first().slug
    pages = {
        "home (en)": "/en/", "home (ar)": "/ar/",
        "alert list (en)": "/en/alerts/", "alert list (ar)": "/ar/alerts/",
        "alert list, page 3": "/en/alerts/?page=3",
        "alert list, filtered": "/en/alerts/?fraud_type=courier&severity=severe",
        "alert (newest)": f"/en/alerts/{newest}/", "alert (oldest)": f"/en/alerts/{oldest}/",
        "alert (ar)": f"/ar/alerts/{newest}/",
        "advice index": "/en/advice/", "RSS feed": "/en/feeds/alerts.rss",
        "JSON feed (ar)": "/ar/feeds/alerts.json", "API alerts": "/api/v1/alerts/",
        "CAP index": "/feeds/cap/alerts.atom", "sitemap.xml": "/sitemap.xml",
    }
    # As in production: the page cache on (so its per-generation memory, pagecache.memo, is
    # used), every request rendered (the bypass cookie), the generation read once.
    settings.PAGE_CACHE_ENABLED = True
    settings.PAGE_CACHE_GENERATION_POLL = 3600
    generation.forget_local()
    client = Client()
    client.cookies[settings.PAGE_CACHE_BYPASS_COOKIES[0]] = "1"
    result = {"queries": {}, "status": {}, "render_ms": {}}
    for name, url in pages.items():
        client.get(url)  # warm: URL resolver, templates, translations, Site root paths
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        result["queries"][name] = len(queries)
        result["status"][name] = response.status_code
    for url in LIST_URLS:
        timings = []
        for _ in range(repeat):
            start = time.perf_counter()
            client.get(url)
            timings.append((time.perf_counter() - start) * 1000)
        result["render_ms"][url] = statistics.median(timings)
    print(json.dumps(result))


def run(size, repeat):
    db = Path(f"/tmp/fraudalert-bench-listing-{size}.sqlite3")
    setup_django.fresh_sqlite(db)
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{db}",
           "DJANGO_SETTINGS_MODULE": "fraudalert.settings.test", "PAGE_CACHE": "off"}
    out = subprocess.run(
        [setup_django.PYTHON, __file__, "--measure", str(size), "--repeat", str(repeat)],
        env=env, check=True, stdout=subprocess.PIPE, text=True,
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 10_000])
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--measure", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        return measure(args.measure, args.repeat)

    results = {size: run(size, args.repeat) for size in args.sizes}
    sizes = args.sizes
    print(f"{'page':28}" + "".join(f"{f'queries @{s}':>16}" for s in sizes) + "   status")
    for name in results[sizes[0]]["queries"]:
        counts = [results[s]["queries"][name] for s in sizes]
        flag = "" if max(counts) <= 12 and len(set(counts)) == 1 else "   <-- over target"
        statuses = "/".join(str(results[s]["status"][name]) for s in sizes)
        print(f"{name:28}" + "".join(f"{c:>16}" for c in counts) + f"   {statuses}{flag}")
    print()
    for url in LIST_URLS:
        times = [results[s]["render_ms"][url] for s in sizes]
        ratio = times[-1] / times[0]
        print(f"render {url:14}" + "".join(f"   {s:>6} alerts: {t:6.1f} ms" for s, t in
                                          zip(sizes, times, strict=True))
              + f"   ratio {ratio:.2f}x (target <= 1.5x)")


if __name__ == "__main__":
    main()
