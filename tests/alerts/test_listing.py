from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from alerts.models import AlertPage
from tests import factories


def get(client, url):
    response = client.get(url)
    assert response.status_code == 200, response.status_code
    return response.content.decode()


@pytest.fixture
def listing(site):
    phishing = factories.fraud_type("Phishing", slug="phishing")
    courier = factories.fraud_type("Courier fraud", slug="courier")
    older = factories.audience("Older people", slug="older-people")
    london = factories.region("London", slug="london")
    now = timezone.now()
    return {
        "phish_london": factories.alert("Phish in London", fraud_types=[phishing],
                                        regions=[london], severity="severe"),
        "phish_older": factories.alert("Phish for older people", fraud_types=[phishing],
                                       audiences=[older], severity="minor"),
        "courier": factories.alert("Courier at the door", fraud_types=[courier],
                                   audiences=[older], regions=[london]),
        "expired": factories.alert("Expired courier", fraud_types=[courier],
                                   issued_at=now - timedelta(days=30),
                                   expires_at=now - timedelta(days=1)),
        "withdrawn": factories.alert("Withdrawn phish", fraud_types=[phishing],
                                     status="withdrawn"),
    }


@pytest.mark.django_db
def test_index_lists_only_active_alerts_newest_first(client, listing):
    body = get(client, "/en/alerts/")
    assert body.index("Phish in London") < body.index("Phish for older people")
    assert "Expired courier" not in body and "Withdrawn phish" not in body


@pytest.mark.django_db
def test_filters_combine_and_stay_checked_in_the_form(client, listing):
    body = get(client, "/en/alerts/?fraud_type=phishing&audience=older-people")
    assert "Phish for older people" in body
    assert "Phish in London" not in body and "Courier at the door" not in body
    assert 'name="fraud_type" value="phishing" checked' in body
    assert 'name="audience" value="older-people" checked' in body


@pytest.mark.django_db
def test_several_values_of_one_filter_are_alternatives(client, listing):
    body = get(client, "/en/alerts/?severity=severe&severity=minor")
    assert "Phish in London" in body and "Phish for older people" in body
    assert "Courier at the door" not in body


@pytest.mark.django_db
def test_region_and_status_filters(client, listing):
    body = get(client, "/en/alerts/?region=london")
    assert "Phish in London" in body and "Courier at the door" in body
    assert "Phish for older people" not in body
    expired = get(client, "/en/alerts/?status=expired")
    assert "Expired courier" in expired and "Phish in London" not in expired
    assert "badge--expired" in expired
    withdrawn = get(client, "/en/alerts/?status=withdrawn")
    assert "Withdrawn phish" in withdrawn and "Expired courier" not in withdrawn
    everything = get(client, "/en/alerts/?status=all")
    for title in ("Withdrawn phish", "Expired courier", "Courier at the door"):
        assert title in everything


@pytest.mark.django_db
def test_unknown_filter_values_are_ignored_with_a_visible_notice(client, listing):
    body = get(client, "/en/alerts/?fraud_type=nonsense&severity=apocalyptic&status=bogus")
    assert "were not recognised" in body and "nonsense" in body and "apocalyptic" in body
    assert "Phish in London" in body  # the rest of the list still shows


@pytest.mark.django_db
def test_pagination_keeps_filters_and_bad_page_numbers_are_404(client, site):
    phishing = factories.fraud_type("Phishing", slug="phishing")
    for n in range(25):
        factories.alert(f"Phish {n}", fraud_types=[phishing])
    body = get(client, "/en/alerts/?fraud_type=phishing")
    assert 'href="?fraud_type=phishing&amp;page=2"' in body
    second = get(client, "/en/alerts/?fraud_type=phishing&page=2")
    assert 'href="?fraud_type=phishing&amp;page=1"' in second
    for page in ("0", "abc", "-1"):
        assert client.get(f"/en/alerts/?page={page}").status_code == 404


@pytest.mark.django_db
def test_a_page_past_the_end_redirects_to_the_last_page_keeping_the_filters(client, site):
    phishing = factories.fraud_type("Phishing", slug="phishing")
    factories.fraud_type("Romance", slug="romance")
    for n in range(25):
        factories.alert(f"Phish {n}", fraud_types=[phishing])
    response = client.get("/ar/alerts/?fraud_type=phishing&status=all&page=9")
    assert response.status_code == 302
    assert response["Location"] == "/ar/alerts/?fraud_type=phishing&status=all&page=2"
    assert client.get(response["Location"]).status_code == 200
    huge = client.get("/en/alerts/?fraud_type=phishing&page=99999999999999999999")
    assert huge["Location"] == "/en/alerts/?fraud_type=phishing&page=2"
    single = client.get("/en/alerts/?fraud_type=romance&page=3")
    assert single.status_code == 302 and single["Location"] == "/en/alerts/?fraud_type=romance"


def _bulk_alerts(count, fraud_type, start=0):
    """Live alerts added straight to the tree (no revisions): fast enough for 200."""
    index = factories.site_pages()[1]
    for n in range(start, start + count):
        page = AlertPage(title=f"Bulk alert {n}", slug=f"bulk-{n}", summary="Bulk.", live=True,
                         issued_at=timezone.now() - timedelta(minutes=n))
        index.add_child(instance=page)
        page.fraud_types.set([fraud_type])
        page.save()


@pytest.mark.django_db
def test_listing_query_count_is_the_same_for_10_and_200_alerts(client, site):
    phishing = factories.fraud_type("Phishing", slug="phishing")
    _bulk_alerts(10, phishing)
    url = "/en/alerts/?fraud_type=phishing&severity=moderate"
    get(client, url)  # warm the site-root cache
    with CaptureQueriesContext(connection) as ten:
        assert "Bulk alert 9" in get(client, url)
    _bulk_alerts(190, phishing, start=10)
    with CaptureQueriesContext(connection) as two_hundred:
        assert "Bulk alert 0" in get(client, url)
    assert len(ten) == len(two_hundred)
    listing_sql = [q["sql"] for q in two_hundred.captured_queries
                   if 'FROM "alerts_alertpage"' in q["sql"] and "COUNT" not in q["sql"]]
    assert listing_sql and all('"body_en"' not in sql for sql in listing_sql)


@pytest.mark.django_db
def test_a_filtered_listing_links_to_its_own_feeds(client, listing):
    body = get(client, "/en/alerts/?fraud_type=phishing&status=expired")
    assert 'href="/en/feeds/alerts.rss?fraud_type=phishing&amp;status=expired"' in body
    # and that feed answers with the same filters
    feed = client.get("/en/feeds/alerts.rss?fraud_type=phishing&status=expired")
    assert feed.status_code == 200
