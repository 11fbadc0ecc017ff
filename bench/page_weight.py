"""An alert page's total compressed transfer: HTML + CSS + JavaScript + fonts (images aside),
gzip (level 9) and Brotli (quality 11), as a CDN or WhiteNoise would send them.

    .venv/bin/python bench/page_weight.py [--language en ar ...]

Renders a demo-like alert in its own SQLite file, follows every stylesheet, script, preload
and CSS url() the page needs (static files read through Django's finders). Target (issue 9):
at most 15 KB compressed in total.
"""

import argparse
import gzip
import os
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

import brotli

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import setup_django  # noqa: E402

DB = Path("/tmp/fraudalert-bench-weight.sqlite3")
TARGET = 15 * 1024


class Assets(HTMLParser):
    def __init__(self):
        super().__init__()
        self.urls = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        rel = (attrs.get("rel") or "").split()
        if tag == "link" and ("stylesheet" in rel or "preload" in rel or "icon" in rel):
            self.urls.append(attrs.get("href"))
        elif tag == "script" and attrs.get("src"):
            self.urls.append(attrs["src"])


def static_bytes(url):
    from django.conf import settings
    from django.contrib.staticfiles import finders

    name = url.split("?")[0].removeprefix(settings.STATIC_URL)
    name = re.sub(r"\.[0-9a-f]{12}(\.\w+)$", r"\1", name)  # a manifest-hashed name
    path = finders.find(name)
    return Path(path).read_bytes() if path else None


def sizes(data):
    return len(data), len(gzip.compress(data, 9)), len(brotli.compress(data, quality=11))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", nargs="+", default=["en", "ar"])
    args = parser.parse_args()
    if not DB.exists():
        setup_django.fresh_sqlite(DB)
    os.environ["DATABASE_URL"] = f"sqlite:///{DB}"
    os.environ["PAGE_CACHE"] = "off"
    setup_django.setup()
    from django.test import Client
    from django.utils import translation

    from bench import content
    from tests import factories

    _, alert_index, _ = content.ensure_site()
    alert = alert_index.get_children().live().first()
    if alert is None:
        with translation.override("en"):
            kind = content.fraud_types()[0]
            alert = factories.alert(
                "Fake police officers phone and ask you to hand over your bank card",
                fraud_types=[kind], severity="severe",
                summary="Callers claim to be police officers investigating your bank and ask "
                        "you to withdraw cash or hand over your card to a courier.",
                body="<p>The caller knows your name and address. They tell you to hang up and "
                     "call 999 to check, but keep the line open.</p>" * 3,
                what_to_do="<p>Hang up. Wait five minutes, then call your bank on the number on "
                           "your card, from another phone if you can.</p>" * 2,
                title_ar="ضباط شرطة مزيفون يتصلون ويطلبون منك تسليم بطاقتك المصرفية",
                summary_ar="يدّعي المتصلون أنهم ضباط شرطة يحققون في مصرفك.",
            )
    client = Client()
    for language in args.language:
        response = client.get(f"/{language}/alerts/{alert.slug}/")
        html = response.content
        parser_ = Assets()
        parser_.feed(html.decode())
        rows = [("HTML " + response.request["PATH_INFO"], html)]
        seen = set()
        queue = [u for u in parser_.urls if u]
        while queue:
            url = queue.pop(0)
            if url in seen or not url.startswith("/static/"):
                continue
            seen.add(url)
            data = static_bytes(url)
            if data is None:
                rows.append((url + " (missing)", b""))
                continue
            rows.append((url, data))
            if url.split("?")[0].endswith(".css"):
                base = url.rsplit("/", 1)[0]
                for ref in re.findall(rb"url\(['\"]?([^'\")]+)", data):
                    ref = ref.decode()
                    if not ref.startswith("data:"):
                        queue.append(ref if ref.startswith("/") else f"{base}/{ref}")
        total = [0, 0, 0]
        print(f"\n{language}: {'resource':60}{'raw':>9}{'gzip':>9}{'brotli':>9}")
        for name, data in rows:
            raw, gz, br = sizes(data)
            total = [total[0] + raw, total[1] + gz, total[2] + br]
            print(f"    {name[:60]:60}{raw:>9}{gz:>9}{br:>9}")
        verdict = "meets" if total[1] <= TARGET else "OVER"
        print(f"    {'total':60}{total[0]:>9}{total[1]:>9}{total[2]:>9}   "
              f"({verdict} the 15 KB target with gzip; {total[2] / 1024:.1f} KB with brotli)")


if __name__ == "__main__":
    main()
