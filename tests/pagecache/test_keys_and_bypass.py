"""What is stored under which key, and who never sees a stored page."""

import pytest
from django.contrib.auth import get_user_model

from tests import factories


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_superuser("editor", "editor@example.com", "pw-12345678")


def test_each_language_is_stored_under_its_own_key(client, site):
    alert = factories.alert("Parcel delivery scam", title_pl="Oszustwo na przesyłkę")
    url = "/{}/alerts/" + alert.slug + "/"

    english = client.get(url.format("en"))
    polish = client.get(url.format("pl"))
    assert (english["X-Cache"], polish["X-Cache"]) == ("MISS", "MISS")

    english_again = client.get(url.format("en"))
    polish_again = client.get(url.format("pl"))
    assert (english_again["X-Cache"], polish_again["X-Cache"]) == ("HIT", "HIT")
    assert "Parcel delivery scam" in english_again.text
    assert "Oszustwo na przesyłkę" in polish_again.text
    assert "Oszustwo na przesyłkę" not in english_again.text


def test_each_filter_is_stored_under_its_own_key(client, site):
    courier = factories.fraud_type("Courier fraud", slug="courier")
    romance = factories.fraud_type("Romance fraud", slug="romance")
    factories.alert("Fake police collecting cards", fraud_types=[courier])
    factories.alert("Soldier abroad needs money", fraud_types=[romance])

    client.get("/en/alerts/?fraud_type=courier")
    romance_page = client.get("/en/alerts/?fraud_type=romance")
    assert romance_page["X-Cache"] == "MISS"
    assert "Soldier abroad needs money" in romance_page.text
    assert "Fake police collecting cards" not in romance_page.text
    assert client.get("/en/alerts/?fraud_type=courier")["X-Cache"] == "HIT"


def test_a_logged_in_editor_never_gets_a_stored_page(client, site, editor):
    alert = factories.alert("Investment scam adverts")
    url = f"/en/alerts/{alert.slug}/"
    client.get(url)
    assert client.get(url)["X-Cache"] == "HIT"

    client.force_login(editor)
    for _ in range(2):
        response = client.get(url)
        assert response.status_code == 200
        assert "X-Cache" not in response


def test_pages_an_editor_renders_are_never_stored(client, site, editor):
    alert = factories.alert("Fake HMRC refund")
    url = f"/en/alerts/{alert.slug}/"
    client.force_login(editor)
    client.get(url)
    client.get("/en/alerts/")

    client.logout()
    assert client.get(url)["X-Cache"] == "MISS"
    assert client.get("/en/alerts/")["X-Cache"] == "MISS"


def test_a_reader_with_a_flagged_cookie_is_served_fresh(client, site):
    alert = factories.alert("WhatsApp family impersonation")
    url = f"/en/alerts/{alert.slug}/"
    client.get(url)
    client.cookies["fraudalert_flagged"] = "anything"
    assert "X-Cache" not in client.get(url)


@pytest.mark.parametrize("url", ["/en/subscribe/", "/en/flags/new/", "/en/search/?q=scam"])
def test_form_and_search_pages_are_never_stored(client, site, url):
    for _ in range(2):
        response = client.get(url)
        assert "X-Cache" not in response


def test_a_response_carrying_a_csrf_token_is_not_stored(client, site, rf):
    """Any page whose view asked for a CSRF token (a form) is rendered for each reader."""
    from django.http import HttpResponse
    from django.middleware.csrf import get_token

    from pagecache import rules

    request = rf.get("/en/alerts/")
    response = HttpResponse("<form></form>")
    assert rules.response_is_storable(request, response)
    get_token(request)
    assert not rules.response_is_storable(request, response)


def test_head_requests_are_answered_from_the_stored_page(client, site):
    client.get("/en/")
    response = client.head("/en/")
    assert response.status_code == 200
    assert response["X-Cache"] == "HIT"


def test_conditional_requests_to_a_stored_feed_get_304(client, site):
    factories.alert("Lottery win letters")
    first = client.get("/en/feeds/alerts.rss")
    again = client.get("/en/feeds/alerts.rss", headers={"If-None-Match": first["ETag"]})
    assert again.status_code == 304
