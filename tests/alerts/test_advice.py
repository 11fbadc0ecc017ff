import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests import factories


@pytest.mark.django_db
def test_advice_page_renders_every_kind_of_text_block_and_related_alerts(client, site):
    romance = factories.fraud_type("Romance fraud")
    related = factories.alert("Dating app scam", fraud_types=[romance])
    unrelated = factories.alert("Parcel scam", fraud_types=[factories.fraud_type()])
    page = factories.advice("Romance scams", fraud_types=[romance], body=[
        ("heading", "How it works"),
        ("paragraph", "<p>They build trust over weeks.</p>"),
        ("warning_signs", {"heading": "", "signs": ["They never video call"]}),
        ("steps", {"heading": "Protect yourself", "steps": ["Talk to someone you trust"]}),
        ("callout", {"heading": "Remember", "text": "<p>Never send money.</p>"}),
        ("report_it", {"extra": ""}),
    ])
    body = client.get(page.url).content.decode()
    for text in ("How it works", "They build trust over weeks.", "Warning signs",
                 "They never video call", "Talk to someone you trust", "Never send money.",
                 "Report Fraud", "Related alerts", related.title, "Romance fraud"):
        assert text in body, text
    assert unrelated.title not in body


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), response.content.decode()


@pytest.mark.django_db
def test_advice_index_query_count_does_not_grow_with_advice(client, site):
    for n in range(2):
        factories.advice(f"Advice number {n}", fraud_types=[factories.fraud_type()])
    count_queries(client, "/en/advice/")  # warm the site-root cache
    few, _ = count_queries(client, "/en/advice/")
    for n in range(2, 12):
        factories.advice(f"Advice number {n}", fraud_types=[factories.fraud_type()])
    many, body = count_queries(client, "/en/advice/")
    assert "Advice number 11" in body
    assert many == few
