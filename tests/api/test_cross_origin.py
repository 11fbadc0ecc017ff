"""Any site may read the API, the feeds and CAP from a browser script (CORS), conditional
requests included: every answer (200, 304, 400, 404, 405) carries Allow-Origin *, exposes
the validators, and a preflight OPTIONS gets 204. The API answers everything in JSON."""

import json

import pytest
from django.test import Client

from tests import factories

READABLE = ["ETag", "Last-Modified"]


@pytest.fixture
def alert(site):
    return factories.alert("Fake parcel texts", reference_code="FA-2026-0100",
                           title_ar="رسائل طرود مزيفة")


def urls(alert):
    return ["/api/v1/", "/api/v1/openapi.json", "/api/v1/alerts/?lang=ar",
            f"/api/v1/alerts/{alert.reference_code}/", "/api/v1/regions/",
            "/en/feeds/alerts.rss", "/ar/feeds/alerts.atom", "/zh-hans/feeds/alerts.json",
            "/pl/embed/alerts/", "/feeds/cap/alerts.atom",
            f"/feeds/cap/{alert.reference_code}.xml"]


def assert_cross_origin(response):
    assert response["Access-Control-Allow-Origin"] == "*", response.status_code
    exposed = {name.strip().lower()
               for name in response["Access-Control-Expose-Headers"].split(",")}
    assert {name.lower() for name in READABLE} <= exposed


def test_answers_and_their_304s_may_be_read_from_any_origin(client, alert):
    for url in urls(alert):
        first = client.get(url, headers={"origin": "https://partner.example"})
        assert first.status_code == 200, url
        assert_cross_origin(first)
        again = client.get(url, headers={"origin": "https://partner.example",
                                         "if-none-match": first["ETag"]})
        assert again.status_code == 304, url
        assert_cross_origin(again)
        if first.has_header("Last-Modified"):
            since = client.get(url, headers={"if-modified-since": first["Last-Modified"]})
            assert since.status_code == 304, url
            assert_cross_origin(since)


def test_304s_answered_by_the_page_cache_keep_the_cors_headers(client, settings, alert):
    from pagecache import generation

    settings.PAGE_CACHE_ENABLED = True
    settings.PAGE_CACHE_GENERATION_POLL = 0
    generation.forget_local()
    for url in ("/api/v1/alerts/", "/en/feeds/alerts.rss",
                f"/feeds/cap/{alert.reference_code}.xml"):
        stored = client.get(url)
        assert stored["X-Cache"] == "MISS"
        hit = client.get(url, headers={"if-none-match": stored["ETag"]})
        assert hit.status_code == 304 and hit["X-Cache"] == "HIT", url
        assert_cross_origin(hit)


@pytest.mark.parametrize("path", ["/api/v1/alerts/", "/api/v1/", "/en/feeds/alerts.rss",
                                  "/feeds/cap/alerts.atom", "/feeds/cap/FA-2026-0100.xml",
                                  "/api/v1/alerts/FA-2026-0100/", "/pl/embed/alerts/"])
def test_a_preflight_is_answered_with_what_may_be_sent(client, alert, path):
    response = client.options(path, headers={
        "origin": "https://partner.example", "access-control-request-method": "GET",
        "access-control-request-headers": "if-none-match, if-modified-since"})
    assert response.status_code == 204
    assert response.content == b""
    assert_cross_origin(response)
    methods = {m.strip() for m in response["Access-Control-Allow-Methods"].split(",")}
    assert methods == {"GET", "HEAD", "OPTIONS"}
    allowed = {h.strip().lower() for h in response["Access-Control-Allow-Headers"].split(",")}
    assert {"if-none-match", "if-modified-since"} <= allowed
    assert int(response["Access-Control-Max-Age"]) > 0


@pytest.mark.parametrize("url", ["/api/v1/alerts/?severity=awful", "/api/v1/alerts/FA-1999-0001/",
                                 "/pl/feeds/alerts.rss?region=nowhere",
                                 "/pl/embed/alerts/?limit=0", "/feeds/cap/FA-1999-0001.xml"])
def test_errors_may_be_read_from_any_origin_too(client, site, url):
    response = client.get(url, headers={"origin": "https://partner.example"})
    assert response.status_code in (400, 404)
    assert_cross_origin(response)


@pytest.mark.parametrize("url", ["/api/v1/alerts/?region=%ff", "/api/v1/%ff/",
                                 "/en/embed/alerts/?region=%ff", "/ar/feeds/alerts.atom?q=%c3%28",
                                 "/pl/feeds/embed/?region=%ff", "/feeds/cap/alerts.atom?x=%00",
                                 "/feeds/cap/FA-2026-0100.xml?x=%ff", "/feeds/cap/%ff.xml"])
def test_unreadable_addresses_get_a_400_that_may_be_read_from_any_origin(client, site, url):
    """The bad-encoding 400 answers before the views' wrapper: it carries the headers too."""
    response = client.get(url, headers={"origin": "https://partner.example"})
    assert response.status_code == 400
    assert_cross_origin(response)
    if url.startswith("/api/"):
        json_error(response, 400)


@pytest.mark.parametrize("url", ["/en/alerts/?q=%ff", "/en/embed/?region=%ff", "/en/%ff/",
                                 "/en/feeds/nothing?x=%ff", "/feeds/cap/a/b.xml?x=%ff"])
def test_other_unreadable_addresses_are_not_opened_to_other_origins(client, site, url):
    response = client.get(url)
    assert response.status_code == 400
    assert not response.has_header("Access-Control-Allow-Origin")


def json_error(response, status):
    assert response.status_code == status
    assert response["Content-Type"] == "application/json"
    data = json.loads(response.content)
    assert data["error"]["status"] == status and data["error"]["message"]
    assert_cross_origin(response)
    return data["error"]["message"]


@pytest.mark.parametrize("path", ["/api/v1/nope/", "/api/v1/nope", "/api/v2/alerts/", "/api/",
                                  "/api/v1/alerts/FA-2026-0100/extra/"])
def test_unknown_api_paths_are_a_json_404_not_a_redirect_to_a_page(client, alert, path):
    message = json_error(client.get(path), 404)
    assert path in message and "/api/v1/" in message


@pytest.mark.parametrize("path,location", [
    ("/api/v1/alerts?lang=cy", "/api/v1/alerts/?lang=cy"),
    ("/api/v1/alerts/FA-2026-0100?lang=ar&page=%D8%A8",
     "/api/v1/alerts/FA-2026-0100/?lang=ar&page=%D8%A8"),
    ("/api/v1", "/api/v1/"),
])
def test_an_endpoint_without_its_final_slash_is_redirected_to_it_in_json(client, alert, path,
                                                                         location):
    """A 301 like every other answer: JSON, saying where to go (query string kept)."""
    response = client.get(path)
    assert response.status_code == 301
    assert response["Location"] == location
    assert response["Content-Type"] == "application/json"
    assert json.loads(response.content)["redirect"] == {
        "status": 301, "location": f"http://testserver{location}",
        "message": f"This endpoint is at http://testserver{location} (with a final slash)."}
    assert_cross_origin(response)


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
@pytest.mark.parametrize("path", ["/api/v1/alerts/", "/api/v1/alerts/FA-2026-0100/",
                                  "/api/v1/regions/", "/api/v1/"])
def test_other_methods_get_a_json_405_never_the_csrf_page(alert, method, path):
    client = Client(enforce_csrf_checks=True)  # as a browser or script really is treated
    response = getattr(client, method)(path, data="{}", content_type="application/json")
    json_error(response, 405)
    assert {m.strip() for m in response["Allow"].split(",")} == {"GET", "HEAD", "OPTIONS"}


def test_feeds_refuse_other_methods_with_405_and_allow(alert):
    client = Client(enforce_csrf_checks=True)
    for path in ("/en/feeds/alerts.rss", f"/feeds/cap/{alert.reference_code}.xml"):
        response = client.post(path)
        assert response.status_code == 405
        assert "GET" in response["Allow"]
        assert_cross_origin(response)
