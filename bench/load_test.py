"""50 concurrent readers for 60 seconds against the production configuration, while an editor
publishes an alert half-way through. Prints the error count and latency percentiles.

    .venv/bin/python bench/load_test.py --start        # serve_prod.sh on PostgreSQL, then load
    .venv/bin/python bench/load_test.py --url http://127.0.0.1:8000   # an already running site

--start runs scripts/serve_prod.sh (gunicorn + worker, production settings, demo content) on
the database fa_security_load and port 8765, and stops it afterwards. Traffic goes to
127.0.0.1 only. Exit status 1 when any request failed (a non-2xx/3xx status or an error).
"""

import argparse
import http.client
import json
import os
import signal
import statistics
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
PUBLISH = """
from django.utils import timezone
from alerts.models import AlertPage
page = AlertPage.objects.live().order_by("-first_published_at").first().specific
page.summary = page.summary.split(" [checked ")[0] + " [checked %s]" % timezone.now().isoformat()
page.save_revision(log_action=True).publish()
print("published", page.pk, page.url_path)
"""


def start_server(port, database):
    env = {**os.environ, "PORT": str(port), "PROD_DB_NAME": database,
           "WEB_CONCURRENCY": os.environ.get("WEB_CONCURRENCY", "3")}
    env.pop("DATABASE_URL", None)
    log = open(f"/tmp/load_test_server_{port}.log", "w")
    server = subprocess.Popen(["scripts/serve_prod.sh"], cwd=ROOT, env=env, stdout=log,
                              stderr=subprocess.STDOUT, start_new_session=True)
    deadline = time.monotonic() + 600
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as answer:
                if answer.status == 200:
                    return server
        except OSError:
            time.sleep(2)
        if server.poll() is not None:
            sys.exit(f"serve_prod.sh stopped; see {log.name}")
    sys.exit("the server did not answer /healthz within 10 minutes")


def paths(base):
    with urllib.request.urlopen(f"{base}/api/v1/alerts/?page_size=10", timeout=30) as answer:
        alerts = json.load(answer)
    pages = [urlsplit(item["url"]).path for item in alerts.get("results", alerts.get("alerts", []))
             if isinstance(item, dict) and item.get("url")]
    return pages + ["/en/", "/en/alerts/", "/ar/alerts/", "/pl/alerts/?severity=severe",
                    "/en/advice/", "/cy/", "/en/feeds/alerts.rss", "/zh-hans/feeds/alerts.json",
                    "/api/v1/alerts/", "/feeds/cap/alerts.atom", "/pl/embed/alerts/",
                    "/en/search/?q=bank"]


def reader(base, urls, offset, stop_at, results, lock):
    netloc = urlsplit(base).netloc
    connection = http.client.HTTPConnection(netloc, timeout=30)
    n = offset
    latencies, errors = [], []
    while time.monotonic() < stop_at:
        path = urls[n % len(urls)]
        n += 1
        started = time.perf_counter()
        try:
            connection.request("GET", path, headers={"Host": "127.0.0.1"})
            answer = connection.getresponse()
            answer.read()
            if answer.status >= 400:
                errors.append(f"{answer.status} {path}")
            if answer.getheader("Connection", "").lower() == "close":
                connection.close()
        except (OSError, http.client.HTTPException) as error:
            errors.append(f"{type(error).__name__} {path}")
            connection.close()
            connection = http.client.HTTPConnection(netloc, timeout=30)
        latencies.append(time.perf_counter() - started)
    with lock:
        results["latencies"].extend(latencies)
        results["errors"].extend(errors)


def publish(database_url, secret):
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "fraudalert.settings.production",
           "DATABASE_URL": database_url, "SECRET_KEY": secret, "SECURE_SSL_REDIRECT": "false"}
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "manage.py", "shell", "-c", PUBLISH], cwd=ROOT,
                            env=env, capture_output=True, text=True, timeout=300)
    took = time.perf_counter() - started
    line = (result.stdout.strip().splitlines() or ["(no output)"])[-1]
    return result.returncode, f"{line} in {took:.1f} s" + (
        "" if result.returncode == 0 else "\n" + result.stderr[-2000:])


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default="http://127.0.0.1:8765")
    parser.add_argument("--start", action="store_true", help="run scripts/serve_prod.sh first")
    parser.add_argument("--readers", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--database", default="fa_security_load")
    args = parser.parse_args()
    host = urlsplit(args.url).hostname
    if host not in ("127.0.0.1", "localhost", "::1"):
        sys.exit("load tests only target this machine (127.0.0.1 / localhost)")
    database_url = os.environ.get("DATABASE_URL",
                                  f"postgres://postgres@127.0.0.1:5432/{args.database}")
    secret = os.environ.get("SECRET_KEY", "load-test-" + "x" * 50)
    server = None
    if args.start:
        os.environ["SECRET_KEY"] = secret
        server = start_server(urlsplit(args.url).port, args.database)
    try:
        urls = paths(args.url)
        results, lock = {"latencies": [], "errors": []}, threading.Lock()
        stop_at = time.monotonic() + args.seconds
        threads = [threading.Thread(target=reader,
                                    args=(args.url, urls, i, stop_at, results, lock))
                   for i in range(args.readers)]
        for thread in threads:
            thread.start()
        time.sleep(args.seconds / 2)
        status, published = publish(database_url, secret)
        for thread in threads:
            thread.join()
    finally:
        if server is not None:
            os.killpg(server.pid, signal.SIGTERM)
            server.wait(timeout=30)
    latencies = [value * 1000 for value in results["latencies"]]
    errors = results["errors"]
    print(f"readers: {args.readers} for {args.seconds:.0f} s against {args.url} "
          f"({len(urls)} URLs in rotation)")
    print(f"editor published mid-run: {published}")
    print(f"requests: {len(latencies)} ({len(latencies) / args.seconds:.0f}/s), "
          f"errors: {len(errors)}")
    if latencies:
        print(f"latency ms: p50 {percentile(latencies, 0.50):.0f}, "
              f"p95 {percentile(latencies, 0.95):.0f}, p99 {percentile(latencies, 0.99):.0f}, "
              f"max {max(latencies):.0f}, mean {statistics.fmean(latencies):.0f}")
    for error in sorted(set(errors))[:20]:
        print("  error:", error, "x", errors.count(error))
    return 1 if errors or status else 0


if __name__ == "__main__":
    sys.exit(main())
