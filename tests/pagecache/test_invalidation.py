"""Anonymous readers get stored pages until something they show is published, updated,
withdrawn, deleted or renamed; then the next request renders afresh."""

from django.utils import translation

from pagecache.models import Generation
from tests import factories


def get(client, url, **headers):
    response = client.get(url, headers=headers)
    assert response.status_code == 200, (url, response.status_code)
    return response


def test_a_newly_published_alert_retires_the_stored_alert_list(client, site):
    factories.alert("Courier fraud in Leeds")
    assert get(client, "/en/alerts/")["X-Cache"] == "MISS"
    assert get(client, "/en/alerts/")["X-Cache"] == "HIT"

    factories.alert("Fake parcel texts")

    response = get(client, "/en/alerts/")
    assert response["X-Cache"] == "MISS"
    assert "Fake parcel texts" in response.text
    assert get(client, "/en/alerts/")["X-Cache"] == "HIT"


def test_publishing_an_update_retires_the_stored_alert_page(client, site):
    alert = factories.alert("Pension scam calls")
    url = f"/en/alerts/{alert.slug}/"
    get(client, url)
    assert get(client, url)["X-Cache"] == "HIT"

    with translation.override("en"):
        alert.summary = "Callers now claim to be from the pension regulator."
        alert.save_revision().publish()

    response = get(client, url)
    assert response["X-Cache"] == "MISS"
    assert "claim to be from the pension regulator" in response.text


def test_withdrawing_an_alert_shows_at_once_on_its_page_and_in_the_list(client, site):
    alert = factories.alert("Ticket resale scam")
    url = f"/en/alerts/{alert.slug}/"
    assert "Withdrawn" not in get(client, url).text
    get(client, "/en/alerts/")
    assert get(client, url)["X-Cache"] == "HIT"

    alert.status = alert.Status.WITHDRAWN
    alert.withdrawn_reason = "This was a genuine ticket sale."
    alert.save_revision().publish()

    page = get(client, url)
    assert page["X-Cache"] == "MISS"
    assert "This was a genuine ticket sale." in page.text
    listing = get(client, "/en/alerts/")
    assert listing["X-Cache"] == "MISS"
    assert "Ticket resale scam" not in listing.text


def test_unpublishing_an_alert_removes_it_from_the_stored_pages(client, site):
    alert = factories.alert("Romance scam on dating apps")
    url = f"/en/alerts/{alert.slug}/"
    get(client, url)
    assert "Romance scam on dating apps" in get(client, "/en/alerts/").text

    alert.unpublish()

    assert client.get(url).status_code == 404
    listing = get(client, "/en/alerts/")
    assert listing["X-Cache"] == "MISS"
    assert "Romance scam on dating apps" not in listing.text


def test_deleting_an_alert_retires_stored_pages(client, site):
    alert = factories.alert("Crypto doubling scam")
    assert "Crypto doubling scam" in get(client, "/en/alerts/").text
    assert get(client, "/en/alerts/")["X-Cache"] == "HIT"

    alert.delete()

    listing = get(client, "/en/alerts/")
    assert listing["X-Cache"] == "MISS"
    assert "Crypto doubling scam" not in listing.text


def test_renaming_a_fraud_type_retires_stored_pages(client, site):
    kind = factories.fraud_type("Courier fraud", slug="courier")
    factories.alert("Fake police at the door", fraud_types=[kind])
    assert "Courier fraud" in get(client, "/en/alerts/").text
    assert get(client, "/en/alerts/")["X-Cache"] == "HIT"

    with translation.override("en"):
        kind.name = "Doorstep courier fraud"
        kind.save()

    listing = get(client, "/en/alerts/")
    assert listing["X-Cache"] == "MISS"
    assert "Doorstep courier fraud" in listing.text


def test_feeds_and_the_api_are_stored_and_retired_on_publish(client, site):
    factories.alert("Bank impersonation texts")
    for url in ("/en/feeds/alerts.rss", "/api/v1/alerts/", "/feeds/cap/alerts.atom"):
        assert get(client, url)["X-Cache"] == "MISS"
        assert get(client, url)["X-Cache"] == "HIT"

    factories.alert("Fake energy rebate emails")

    for url in ("/en/feeds/alerts.rss", "/api/v1/alerts/", "/feeds/cap/alerts.atom"):
        response = get(client, url)
        assert response["X-Cache"] == "MISS"
        assert "Fake energy rebate emails" in response.text


def test_a_change_made_by_another_worker_process_reaches_this_one(client, site, settings):
    """Local memory is per process: the database row tells every worker about a change."""
    alert = factories.alert("Holiday let scam")
    get(client, "/en/alerts/")
    assert get(client, "/en/alerts/")["X-Cache"] == "HIT"

    # Another process published: its bump moves the row, not this process's memory.
    AlertPageTitle = type(alert)
    AlertPageTitle.objects.filter(pk=alert.pk).update(title_en="Holiday let deposit scam")
    Generation.objects.filter(pk=1).update(value=Generation.objects.get(pk=1).value + 1)

    listing = get(client, "/en/alerts/")
    assert listing["X-Cache"] == "MISS"
    assert "Holiday let deposit scam" in listing.text
