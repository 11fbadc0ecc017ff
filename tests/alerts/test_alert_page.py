from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from alerts.models import AlertUpdate
from tests import factories


def html(response):
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.django_db
def test_alert_page_shows_reference_severity_dates_taxonomy_and_source(client, site):
    bank = factories.partner("Example Bank", website="https://bank.example/")
    page = factories.alert(
        "Fake police calls", severity="severe",
        fraud_types=[factories.fraud_type("Courier fraud")],
        audiences=[factories.audience("Older people")],
        regions=[factories.region("London")],
        source_partner=bank, what_to_do="<p>Hang up and call 101.</p>",
        issued_at=timezone.datetime(2026, 3, 14, 10, tzinfo=timezone.UTC),
    )
    body = html(client.get(page.url))
    assert f'<strong class="ref">{page.reference_code}</strong>' in body
    assert "Check the reference" in body
    assert "badge--severe" in body and "Severe" in body
    assert "14 March 2026" in body
    for label in ("Courier fraud", "Older people", "London", "Hang up and call 101."):
        assert label in body
    assert '<a href="https://bank.example/" rel="noopener">Example Bank</a>' in body


@pytest.mark.django_db
def test_issued_date_is_written_in_the_readers_language(client, site):
    page = factories.alert(issued_at=timezone.datetime(2026, 3, 14, 10, tzinfo=timezone.UTC))
    body = html(client.get(f"/pl/alerts/{page.slug}/"))
    assert "14 marca 2026" in body


@pytest.mark.django_db
def test_withdrawn_alert_says_so_with_its_reason(client, site):
    page = factories.alert(status="withdrawn", withdrawn_reason="It was a genuine bank letter.")
    body = html(client.get(page.url))
    assert "This alert has been withdrawn." in body
    assert "It was a genuine bank letter." in body


@pytest.mark.django_db
def test_expired_alert_stays_readable_with_a_banner(client, site):
    page = factories.alert(
        "Old parcel scam",
        issued_at=timezone.now() - timedelta(days=40),
        expires_at=timezone.now() - timedelta(days=10),
    )
    body = html(client.get(page.url))
    assert "alert-banner--expired" in body and "This alert expired on" in body
    assert "Old parcel scam" in body


@pytest.mark.django_db
def test_updated_alert_lists_its_dated_updates_newest_first(client, site):
    page = factories.alert()
    AlertUpdate.objects.create(page=page, date=timezone.datetime(2026, 5, 1, tzinfo=timezone.UTC),
                               text="More areas affected.")
    AlertUpdate.objects.create(page=page, date=timezone.datetime(2026, 6, 2, tzinfo=timezone.UTC),
                               text="Now by text message too.")
    body = html(client.get(page.url))
    assert "This alert was updated on 2 June 2026." in body
    assert body.index("Now by text message too.") < body.index("More areas affected.")


@pytest.mark.django_db
def test_superseding_alerts_point_at_each_other(client, site):
    old = factories.alert("Old warning")
    new = factories.alert("New warning", supersedes=old)
    old_body = html(client.get(old.url))
    new_body = html(client.get(new.url))
    assert "This alert has been replaced by" in old_body and new.url in old_body
    assert new.reference_code in old_body
    assert "This alert replaces" in new_body and old.url in new_body


@pytest.mark.django_db
def test_share_block_has_plain_text_with_code_summary_and_link_in_the_readers_language(
    client, site
):
    page = factories.alert("Fake refunds", title_pl="Fałszywe zwroty",
                           summary_pl="Oszuści obiecują zwrot.", slug_pl="falszywe-zwroty")
    body = html(client.get("/pl/alerts/falszywe-zwroty/"))
    start = body.index('<textarea id="alert-share-text"')
    text = body[start:body.index("</textarea>", start)]
    assert "readonly" in text
    assert "Fałszywe zwroty" in text and page.reference_code in text
    assert "Oszuści obiecują zwrot." in text
    assert "http://testserver/pl/alerts/falszywe-zwroty/" in text
    assert 'href="mailto:?subject=' in body


@pytest.mark.django_db
def test_alert_page_query_count_does_not_depend_on_its_taxonomy(client, site):
    few = factories.alert(fraud_types=[factories.fraud_type()], regions=[factories.region()])
    many = factories.alert(fraud_types=[factories.fraud_type() for _ in range(8)],
                           regions=[factories.region() for _ in range(8)])
    html(client.get(few.url))  # warm the site-root cache
    counts = []
    for page in (few, many):
        with CaptureQueriesContext(connection) as queries:
            html(client.get(page.url))
        counts.append(len(queries))
    assert counts[0] == counts[1]


def share_block(body):
    start = body.index('<textarea id="alert-share-text"')
    return body[start:body.index("</textarea>", start)]


@pytest.mark.django_db
def test_withdrawn_alert_cannot_be_shared_flagged_or_acted_on(client, site):
    page = factories.alert("Fake tax refund", status="withdrawn",
                           withdrawn_reason="It was a genuine letter.",
                           what_to_do="<p>Hang up and call 101.</p>")
    body = html(client.get(page.url))
    assert "This alert has been withdrawn." in body
    assert "alert-share" not in body and "mailto:" not in body
    assert "What to do now" not in body and "Hang up and call 101." not in body
    assert "Have you been targeted by this?" not in body


@pytest.mark.django_db
def test_expired_alert_share_text_says_it_has_expired(client, site):
    page = factories.alert(
        "Old parcel scam", title_pl="Stare oszustwo", summary_pl="Paczka.", slug_pl="stare",
        issued_at=timezone.now() - timedelta(days=40),
        expires_at=timezone.now() - timedelta(days=10),
    )
    body = html(client.get(page.url))
    text = share_block(body)
    assert "Expired alert: Old parcel scam" in text and page.reference_code in text
    assert "Expired%20alert%3A%20Old%20parcel%20scam" in body  # the email too
    assert "Have you been targeted by this?" in body  # the rest stays
    polish = share_block(html(client.get("/pl/alerts/stare/")))
    assert "Stare oszustwo" in polish and "Expired alert" not in polish
