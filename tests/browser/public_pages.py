"""Every public page type, visited in a browser in one language, for the axe and HTML checks.

`visit_public_pages(server, page, lang)` yields a `Visit` per page type: the page is open in
the browser when it is yielded. A page type that is not built yet (404 where a page is
expected) is yielded with `missing=True`.
"""

import re
from dataclasses import dataclass
from urllib.parse import quote

from django.core import mail

from tests.browser.content import build_site

SEARCH_WORDS = {"en": "parcel", "ar": "طرد", "bn": "পার্সেল"}


@dataclass
class Visit:
    name: str
    url: str
    status: int
    html: str
    missing: bool = False


def _open(page, server, name, path, expected_status=200):
    response = page.goto(f"{server}{path}")
    status = response.status
    missing = status == 404 and expected_status != 404
    assert missing or status == expected_status, f"{name} {path}: {status}"
    return Visit(name, path, status, response.text(), missing)


def visit_public_pages(server, page, lang):
    site = build_site()
    fraud_type, region = site.fraud_type.slug, site.region.slug
    pages = [
        ("home", f"/{lang}/"),
        ("alert list, filtered", f"/{lang}/alerts/?fraud_type={fraud_type}&region={region}"),
        ("alert", f"/{lang}/alerts/{site.alert.slug}/"),
        ("advice index", f"/{lang}/advice/"),
        ("advice", f"/{lang}/advice/{site.advice.slug}/"),
        ("search results", f"/{lang}/search/?q={quote(SEARCH_WORDS[lang])}"),
        ("partners", f"/{lang}/partners/"),
        ("accessibility statement", f"/{lang}/accessibility/"),
        ("use our alerts", f"/{lang}/embed/"),
        ("alerts widget", f"/{lang}/embed/alerts/"),
    ]
    for name, path in pages:
        yield _open(page, server, name, path)
    yield _open(page, server, "404", f"/{lang}/no-such-page/", expected_status=404)
    yield from _subscription_pages(server, page, lang)


def _subscription_pages(server, page, lang):
    visit = _open(page, server, "subscribe", f"/{lang}/subscribe/")
    yield visit
    if visit.missing:
        return
    page.locator("input[name=email]").fill(f"reader-{lang}@example.org")
    page.locator("form[method=post] button[type=submit]").first.click()
    page.wait_for_url(re.compile(r"/check-your-email/$"))
    # Opened again by GET, so the HTML checked is the server's, not the browser's DOM.
    yield _open(page, server, "subscribe: check your email", page.url.removeprefix(server))

    links = [re.search(r"https?://\S+?/subscribe/confirm/[^\s\"<>/]+/", message.body)
             for message in mail.outbox]
    confirm = [found.group(0) for found in links if found]
    assert confirm, "the subscribe form sent no confirmation link"
    path = "/" + confirm[-1].split("/", 3)[3]
    yield _open(page, server, "subscribe: confirm", path)
    page.locator("form[method=post] button[type=submit]").first.click()
    page.wait_for_url(re.compile(r"confirmed=1$"))
    yield _open(page, server, "subscribe: confirmed (manage)", page.url.removeprefix(server))
    yield _open(page, server, "subscribe: link problem", f"/{lang}/subscribe/confirm/not-a-token/",
                expected_status=400)
