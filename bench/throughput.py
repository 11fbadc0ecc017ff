"""Requests per second under gunicorn (production settings) measured with wrk, for the home
page, the alert list, an alert and a feed, cached and uncached, side by side with a static
file served by WhiteNoise from the same server (the ceiling).

    .venv/bin/python bench/throughput.py [--alerts 100] [--duration 10] [--connections 8]

Needs `wrk` (Debian's package: installed with apt-get when missing, as root or with sudo -n).
Uses its own SQLite file unless DATABASE_URL is set (e.g.
postgres://postgres@127.0.0.1:5432/fa_bench). One server, page cache on; the
uncached requests carry the cache's bypass cookie, so every one renders, as a miss does.
Targets (issue 9): cached >= 0.9x static; uncached alert list >= 120 req/s and alert page
>= 170 req/s.
"""

import argparse
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import setup_django  # noqa: E402

ROOT = setup_django.ROOT
SETTINGS = "fraudalert.settings.production"
BYPASS_COOKIE = "fraudalert_flagged"  # settings.PAGE_CACHE_BYPASS_COOKIES


def seed(alerts):
    setup_django.setup(SETTINGS)
    from django.core.management import call_command
    from wagtail.models import Page

    from bench import content

    call_command("migrate", "--noinput", verbosity=0)  # a no-op on the migrated SQLite copy
    call_command("collectstatic", "--noinput", verbosity=0)
    _, alert_index, _ = content.ensure_site()
    if not Page.objects.get(pk=alert_index.pk).get_children().exists():
        content.add_alerts(alerts)
    from django.contrib.staticfiles.storage import staticfiles_storage

    alert = Page.objects.get(pk=alert_index.pk).get_children().live().order_by("-path").first()
    print(staticfiles_storage.url("css/site.css"), f"/en/alerts/{alert.slug}/")


def environment(args):
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": SETTINGS,
           "SECRET_KEY": os.environ.get("SECRET_KEY", "bench-only-secret-key-" + "x" * 40),
           "ALLOWED_HOSTS": "127.0.0.1,localhost", "SECURE_SSL_REDIRECT": "false",
           "SITE_URL": f"http://127.0.0.1:{args.port}"}
    if "DATABASE_URL" not in os.environ:
        db = Path("/tmp/fraudalert-bench-throughput.sqlite3")
        if not db.exists():
            setup_django.fresh_sqlite(db)  # migrated under the test settings: same schema
        env["DATABASE_URL"] = f"sqlite:///{db}"
    return env


def ensure_wrk():
    """wrk from Debian's packages, installed here if missing (as root, or with sudo -n)."""
    if shutil.which("wrk"):
        return
    sudo = [] if os.geteuid() == 0 else ["sudo", "-n"]
    if shutil.which("apt-get") and (not sudo or shutil.which("sudo")):
        print("Installing wrk from Debian's packages ...", file=sys.stderr)
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run([*sudo, "apt-get", "update", "-qq"], env=env, check=False)
        subprocess.run([*sudo, "apt-get", "install", "-y", "-qq", "wrk"], env=env, check=False,
                       stdout=subprocess.DEVNULL)
    if not shutil.which("wrk"):
        raise SystemExit("wrk is missing and could not be installed: apt-get install wrk")


def wrk(url, args, headers=()):
    out = subprocess.run(
        ["wrk", f"-t{args.threads}", f"-c{args.connections}", f"-d{args.duration}s",
         *[part for header in headers for part in ("-H", header)], url],
        check=True, capture_output=True, text=True,
    ).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return rate, int(errors.group(1)) if errors else 0


def serve(env, args):
    env = {**env, "PAGE_CACHE": "on"}
    server = subprocess.Popen(
        [ROOT / ".venv/bin/gunicorn", "fraudalert.wsgi:application", "--bind",
         f"127.0.0.1:{args.port}", "--workers", str(args.workers), "--log-level", "warning"],
        cwd=ROOT, env=env, start_new_session=True,
    )
    for _ in range(100):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{args.port}/healthz", timeout=1)
            return server
        except OSError:
            time.sleep(0.2)
    server.kill()
    raise SystemExit("gunicorn did not start")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--alerts", type=int, default=100)
    parser.add_argument("--duration", type=int, default=10)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--seed", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.seed is not None:
        return seed(args.seed)
    ensure_wrk()

    env = environment(args)
    out = subprocess.run([setup_django.PYTHON, __file__, "--seed", str(args.alerts)], cwd=ROOT,
                         env=env, check=True, stdout=subprocess.PIPE, text=True).stdout
    static_path, alert_path = out.split()[-2:]
    pages = {"home": "/en/", "alert list": "/en/alerts/", "alert": alert_path,
             "RSS feed": "/en/feeds/alerts.rss"}
    base = f"http://127.0.0.1:{args.port}"
    rows = {}
    server = serve(env, args)
    try:
        for path in [static_path, *pages.values()]:
            urllib.request.urlopen(base + path).read()  # warm (and fill the cache)
        for cache in (True, False):
            # uncached: the bypass cookie makes every request render, as a cache miss does
            headers = () if cache else (f"Cookie: {BYPASS_COOKIE}=1",)
            rows[("static file", cache)] = wrk(base + static_path, args, headers)
            for name, path in pages.items():
                rows[(name, cache)] = wrk(base + path, args, headers)
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait()

    print(f"gunicorn --workers {args.workers}, wrk -t{args.threads} -c{args.connections} "
          f"-d{args.duration}s, {args.alerts} alerts, {env['DATABASE_URL'].split(':')[0]}")
    print(f"{'':14}{'cached req/s':>14}{'x static':>10}{'uncached req/s':>16}{'x static':>10}")
    for name in ["static file", *pages]:
        line = f"{name:14}"
        for cache in (True, False):
            rate, errors = rows[(name, cache)]
            ratio = rate / rows[("static file", cache)][0]
            line += f"{rate:>14.0f}{ratio:>10.2f}" if cache else f"{rate:>16.0f}{ratio:>10.3f}"
            if errors:
                line += f" ({errors} non-2xx/3xx)"
        print(line)


if __name__ == "__main__":
    main()
