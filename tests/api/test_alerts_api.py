import json

import pytest

from tests import factories


@pytest.fixture
def alerts(site):
    courier = factories.fraud_type("Courier fraud", slug="courier-fraud", name_ar="احتيال البريد")
    investment = factories.fraud_type("Investment fraud", slug="investment-fraud")
    wales = factories.region("Wales", slug="wales")
    return [
        factories.alert("Courier in Wales", title_ar="بريد في ويلز", fraud_types=[courier],
                        regions=[wales], severity="severe"),
        factories.alert("Investment", fraud_types=[investment], severity="minor"),
        factories.alert("Old courier", fraud_types=[courier], status="withdrawn"),
    ]


def get(client, url):
    response = client.get(url)
    return response, json.loads(response.content)


def test_alerts_in_a_language_with_their_metadata(client, alerts):
    response, data = get(client, "/api/v1/alerts/?lang=ar&fraud_type=courier-fraud")
    assert response.status_code == 200 and data["language"] == "ar"
    assert data["count"] == 1
    alert = data["results"][0]
    assert alert["title"] == "بريد في ويلز"
    assert alert["fraud_types"] == [{"slug": "courier-fraud", "name": "احتيال البريد"}]
    assert alert["regions"][0]["slug"] == "wales"
    assert alert["reference_code"] == alerts[0].reference_code
    assert alert["severity"] == "severe" and alert["lifecycle"] == "active"
    assert "/ar/alerts/" in alert["url"]


@pytest.mark.parametrize("query,titles", [
    ("severity=minor", ["Investment"]),
    ("region=wales", ["Courier in Wales"]),
    ("status=withdrawn", ["Old courier"]),
    ("status=all&fraud_type=courier-fraud", ["Courier in Wales", "Old courier"]),
])
def test_alert_filters(client, alerts, query, titles):
    _, data = get(client, f"/api/v1/alerts/?{query}")
    assert [alert["title"] for alert in data["results"]] == titles


def test_pagination(client, alerts):
    _, first = get(client, "/api/v1/alerts/?status=all&page_size=2")
    assert first["count"] == 3 and first["num_pages"] == 2 and len(first["results"]) == 2
    assert first["previous"] is None
    _, second = get(client, first["next"])
    assert len(second["results"]) == 1 and second["page"] == 2


@pytest.mark.parametrize("query,words", [
    ("lang=xx", "lang"), ("page=0", "page"), ("page=abc", "page"), ("page=9", "page 9"),
    ("page_size=1000", "page_size"), ("fraud_type=unknown-thing", "unknown-thing"),
    ("severity=terrible", "terrible"), ("colour=red", "colour"),
    # digits Python calls digits but int() refuses (superscript two), once a 500
    ("page=%C2%B2", "page"), ("page_size=%C2%B2", "page_size"),
])
def test_bad_parameters_get_400_with_a_clear_message(client, alerts, query, words):
    response, data = get(client, f"/api/v1/alerts/?{query}")
    assert response.status_code == 400
    assert data["error"]["status"] == 400 and words in data["error"]["message"]


@pytest.mark.parametrize("url", ["/api/v1/openapi.json?anything=1", "/api/v1/?anything=1",
                                 "/api/v1/?lang=ar", "/api/v1/openapi.json?lang=cy&x="])
def test_the_index_and_openapi_document_refuse_parameters_like_every_endpoint(client, site,
                                                                              url):
    response, data = get(client, url)
    assert response.status_code == 400
    assert data["error"]["message"].startswith("Unknown parameter: ")
    assert "takes none" in data["error"]["message"]


def test_one_alert_with_full_text_and_404_for_unknown(client, alerts):
    response, data = get(client, f"/api/v1/alerts/{alerts[0].reference_code}/?lang=en")
    assert response.status_code == 200 and "body_html" in data
    response, data = get(client, "/api/v1/alerts/FA-1999-0001/")
    assert response.status_code == 404 and "FA-1999-0001" in data["error"]["message"]
    assert client.get(f"/api/v1/alerts/{alerts[0].reference_code}/?lang=kl").status_code == 400


def test_fraud_types_in_a_language(client, alerts):
    _, data = get(client, "/api/v1/fraud-types/?lang=ar")
    assert {"slug": "courier-fraud", "name": "احتيال البريد", "description": ""} in data["results"]


def test_openapi_document_describes_every_path(client, site):
    from django.urls import reverse

    _, document = get(client, "/api/v1/openapi.json")
    assert document["openapi"].startswith("3.")
    for path in document["paths"]:
        route = "/api/v1" + path.replace("{reference_code}", "FA-2026-0001")
        assert client.get(route).status_code in (200, 404), route
    assert reverse("api:alerts") == "/api/v1/alerts/"


def test_api_queries_do_not_grow_with_alerts(client, alerts):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get("/api/v1/alerts/?status=all")
    with CaptureQueriesContext(connection) as few:
        client.get("/api/v1/alerts/?status=all")
    for _ in range(4):
        factories.alert(fraud_types=alerts[0].fraud_types.all())
    with CaptureQueriesContext(connection) as many:
        _, data = get(client, "/api/v1/alerts/?status=all")
    assert data["count"] == 7
    assert len(many.captured_queries) == len(few.captured_queries)


def test_every_answer_has_the_validators_its_document_declares(client, alerts):
    """The OpenAPI document says which validators each answer carries: it must be true
    (the alert lists and alerts have Last-Modified; every answer has an ETag)."""
    _, document = get(client, "/api/v1/openapi.json")
    for path, operations in document["paths"].items():
        route = "/api/v1" + path.replace("{reference_code}", alerts[0].reference_code)
        response = client.get(route)
        assert response.status_code == 200, route
        for header in operations["get"]["responses"]["200"]["headers"]:
            assert response.has_header(header), (route, header)
    for route in ("/api/v1/", "/api/v1/openapi.json", "/api/v1/regions/"):
        assert client.get(route).has_header("ETag"), route


def test_several_severities_are_documented_and_accepted(client, alerts):
    _, document = get(client, "/api/v1/openapi.json")
    parameters = {parameter["name"]: parameter
                  for parameter in document["paths"]["/alerts/"]["get"]["parameters"]}
    severity = parameters["severity"]
    assert severity["schema"]["type"] == "array"
    assert severity["schema"]["items"]["enum"] == ["minor", "moderate", "severe", "extreme"]
    assert severity.get("explode", True) is True and severity.get("style", "form") == "form"
    for query in ("severity=severe&severity=minor", "severity=severe,minor"):
        _, data = get(client, f"/api/v1/alerts/?{query}")
        assert sorted(alert["title"] for alert in data["results"]) == [
            "Courier in Wales", "Investment"]
    status = parameters["status"]
    for value in status["schema"]["enum"]:
        assert value in status["description"]


def vary(response):
    return {name.strip().lower() for name in response.get("Vary", "").split(",") if name}


def test_content_language_is_the_answers_language_whatever_the_reader_accepts(client, alerts):
    """`lang` alone chooses the language: Content-Language says which, and no answer varies
    on Accept-Language (it did, labelled with the negotiated language)."""
    code = alerts[0].reference_code
    expected = [(f"/api/v1/alerts/{code}/?lang=ar", 200, "ar"),
                ("/api/v1/alerts/?lang=cy&status=all", 200, "cy"),
                ("/api/v1/fraud-types/?lang=zh-hans", 200, "zh-hans"),
                (f"/api/v1/alerts/{code}/", 200, "en"),
                ("/api/v1/", 200, "en"), ("/api/v1/openapi.json", 200, "en"),
                ("/api/v1/alerts/?lang=xx", 400, "en"), ("/api/v1/alerts/FA-1999-0001/", 404, "en"),
                ("/api/v1/nowhere/", 404, "en"), ("/api/v1/alerts?lang=ar", 301, "en")]
    for accepted in ("pl", "ar,en;q=0.5", None):
        headers = {"accept-language": accepted} if accepted else {}
        for url, status, language in expected:
            response = client.get(url, headers=headers)
            assert response.status_code == status, url
            assert response["Content-Language"] == language, (url, accepted)
            assert "accept-language" not in vary(response), url
    first = client.get(f"/api/v1/alerts/{code}/?lang=ar", headers={"accept-language": "pl"})
    assert json.loads(first.content)["title"] == "بريد في ويلز"
    again = client.get(f"/api/v1/alerts/{code}/?lang=ar",
                       headers={"accept-language": "pl", "if-none-match": first["ETag"]})
    assert again.status_code == 304 and again["Content-Language"] == "ar"
    assert client.post("/api/v1/alerts/")["Content-Language"] == "en"  # the JSON 405
    assert not client.options("/api/v1/alerts/").has_header("Content-Language")  # 204


def test_the_page_cache_keeps_each_api_answer_with_its_own_language(client, settings, alerts):
    from pagecache import generation

    settings.PAGE_CACHE_ENABLED = True
    settings.PAGE_CACHE_GENERATION_POLL = 0
    generation.forget_local()
    code = alerts[0].reference_code
    for lang, accepted in (("ar", "pl"), ("ar", "pl"), ("ar", "en"), ("en", "ar"), ("en", "ar")):
        response = client.get(f"/api/v1/alerts/{code}/?lang={lang}",
                              headers={"accept-language": accepted})
        assert response["Content-Language"] == lang, response["X-Cache"]
        assert "accept-language" not in vary(response)
        assert json.loads(response.content)["language"] == lang
    hit = client.get(f"/api/v1/alerts/{code}/?lang=ar", headers={"accept-language": "pl"})
    assert hit["X-Cache"] == "HIT" and hit["Content-Language"] == "ar"
