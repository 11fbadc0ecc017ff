"""Every public page renders uncached in at most 12 queries, however much content there is,
and a page served from the cache runs no query and keeps every header."""

from datetime import timedelta

import pytest
from django.db import connection
from django.utils import timezone

from feeds import cap_views
from tests import factories

QUERY_BUDGET = 12


def queries_for(client, url, **headers):
    """The status and the number of queries of a second, warm request for `url`."""
    client.get(url, **headers)
    executed = []

    def record(execute, sql, params, many, context):
        executed.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(record):
        response = client.get(url, **headers)
    return response.status_code, len(executed)


def add_alerts(count, taxonomy):
    fraud_types, audiences, regions = taxonomy
    alerts = []
    for n in range(count):
        alerts.append(factories.alert(
            f"Scam wave {n}", fraud_types=fraud_types[: 1 + n % 2], audiences=audiences,
            regions=regions[n % 2:], severity="severe" if n % 3 else "moderate",
            title_pl=f"Fala oszustw {n}", summary_ar=f"موجة احتيال {n}",
        ))
    return alerts


@pytest.fixture
def taxonomy(site):
    fraud_types = [factories.fraud_type("Courier fraud", slug="courier"),
                   factories.fraud_type("Romance fraud", slug="romance")]
    audiences = [factories.audience("Older people", slug="older-people")]
    regions = [factories.region("Wales", slug="wales"), factories.region("London", slug="london")]
    factories.partner("Trading Standards", slug="trading-standards")
    return fraud_types, audiences, regions


def public_pages(alert, advice):
    return {
        "home": "/en/", "home (ar)": "/ar/",
        "alert list": "/en/alerts/", "alert list (pl)": "/pl/alerts/",
        "alert list, page 2": "/en/alerts/?page=2",
        "alert list, filtered": "/en/alerts/?fraud_type=courier&severity=severe&region=wales",
        "alert": f"/en/alerts/{alert.slug}/", "alert (ar)": f"/ar/alerts/{alert.slug}/",
        "advice index": "/en/advice/", "advice": f"/en/advice/{advice.slug}/",
        "search": "/en/search/?q=scam", "partners": "/en/partners/",
        "RSS": "/en/feeds/alerts.rss", "Atom (cy)": "/cy/feeds/alerts.atom",
        "JSON feed": "/en/feeds/alerts.json",
        "CAP index": "/feeds/cap/alerts.atom",
        "CAP message": f"/feeds/cap/{alert.reference_code}.xml",
        "API alerts": "/api/v1/alerts/", "API alert": f"/api/v1/alerts/{alert.reference_code}/",
        "API fraud types": "/api/v1/fraud-types/",
        "sitemap index": "/sitemap.xml", "sitemap (ar)": "/sitemap-ar.xml",
    }


def test_every_public_page_stays_within_budget_and_constant_as_content_grows(
    client, settings, taxonomy
):
    settings.PAGE_CACHE_ENABLED = False  # the cost of a fresh render
    alert = add_alerts(22, taxonomy)[2]  # more than one page of the list: page 2 exists
    advice = factories.advice("Spotting a fake courier", fraud_types=taxonomy[0])
    factories.advice("Romance scams")
    pages = public_pages(alert, advice)

    few = {name: queries_for(client, url) for name, url in pages.items()}
    assert {name: status for name, (status, _) in few.items() if status != 200} == {}
    add_alerts(30, taxonomy)
    many = {name: queries_for(client, url) for name, url in pages.items()}

    assert {name: status for name, (status, _) in many.items() if status != 200} == {}
    over = {name: count for name, (_, count) in many.items() if count > QUERY_BUDGET}
    assert over == {}
    grew = {name: (few[name][1], many[name][1]) for name in pages if few[name][1] != many[name][1]}
    assert grew == {}


def test_cap_index_lists_only_the_newest_current_alerts(client, site, monkeypatch):
    monkeypatch.setattr(cap_views, "CAP_INDEX_MAX_ENTRIES", 3)
    now = timezone.now()
    alerts = [factories.alert(f"Alert issued {n} hours ago", issued_at=now - timedelta(hours=n))
              for n in range(5)]

    body = client.get("/feeds/cap/alerts.atom").text

    assert body.count("<entry>") == 3
    for alert in alerts[:3]:
        assert f"/feeds/cap/{alert.reference_code}.xml" in body
    for alert in alerts[3:]:
        assert f"/feeds/cap/{alert.reference_code}.xml" not in body
    assert body.index(alerts[0].reference_code) < body.index(alerts[2].reference_code)


@pytest.mark.parametrize("url", ["/en/alerts/", "/ar/", "/en/feeds/alerts.rss", "ALERT"])
def test_a_stored_page_runs_no_query_and_keeps_every_header(client, site, settings, url):
    alert = factories.alert("Bank impersonation calls")
    url = f"/en/alerts/{alert.slug}/" if url == "ALERT" else url
    first = client.get(url)
    settings.PAGE_CACHE_GENERATION_POLL = 60  # the generation was read just now

    status, count = queries_for(client, url)
    hit = client.get(url)

    assert (first["X-Cache"], hit["X-Cache"], status, count) == ("MISS", "HIT", 200, 0)
    for header in ("Content-Type", "Content-Language", "Content-Security-Policy",
                   "X-Frame-Options", "Permissions-Policy", "Referrer-Policy",
                   "X-Content-Type-Options", "Cross-Origin-Opener-Policy", "Vary"):
        assert hit.get(header) == first.get(header), header
    assert hit.content == first.content


def test_unprefixed_urls_are_stored_per_negotiated_language(client, site):
    polish = client.get("/api/v1/fraud-types/", HTTP_ACCEPT_LANGUAGE="pl")
    english = client.get("/api/v1/fraud-types/", HTTP_ACCEPT_LANGUAGE="en")
    polish_again = client.get("/api/v1/fraud-types/", HTTP_ACCEPT_LANGUAGE="pl")

    assert (polish["X-Cache"], english["X-Cache"], polish_again["X-Cache"]) == (
        "MISS", "MISS", "HIT")


def test_pages_route_by_the_slug_in_the_readers_language_or_the_english_one(client, site):
    translated = factories.alert("Parcel scam", slug="parcel-scam", slug_pl="oszustwo-paczka",
                                 title_pl="Oszustwo na paczkę")
    untranslated = factories.alert("Lottery win letters", slug="lottery-letters")

    assert client.get("/pl/alerts/oszustwo-paczka/").status_code == 200
    assert "Oszustwo na paczkę" in client.get("/pl/alerts/oszustwo-paczka/").text
    assert client.get("/pl/alerts/parcel-scam/").status_code == 404
    assert client.get("/en/alerts/parcel-scam/").status_code == 200
    assert client.get("/en/alerts/oszustwo-paczka/").status_code == 404
    assert client.get(f"/pl/alerts/{untranslated.slug}/").status_code == 200
    assert client.get("/pl/alerts/lottery-letters/extra/").status_code == 404
    assert translated.pk != untranslated.pk
