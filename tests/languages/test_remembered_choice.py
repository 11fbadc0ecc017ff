"""The reader's choice of language is remembered: the switcher's links set the language
cookie, and `/` (or any unprefixed address) then takes them to that language, even when the
page cache answers."""

import pytest

from pagecache import generation

COOKIE = "fraudalert_language"


@pytest.mark.django_db
def test_choosing_arabic_remembers_it_for_the_home_address(client, site):
    assert client.get("/", headers={"Accept-Language": "pl"})["Location"] == "/pl/"

    response = client.get("/language/ar/", {"next": "/ar/alerts/?status=all"})
    assert response.status_code == 302
    assert response["Location"] == "/ar/alerts/?status=all"
    cookie = response.cookies[COOKIE]
    assert cookie.value == "ar"
    assert int(cookie["max-age"]) == 365 * 24 * 60 * 60
    assert cookie["samesite"] == "Lax" and cookie["httponly"]
    assert "no-store" in response["Cache-Control"]

    # Accept-Language says Polish, but the reader chose Arabic
    assert client.get("/", headers={"Accept-Language": "pl"})["Location"] == "/ar/"
    assert client.get("/alerts/", headers={"Accept-Language": "pl"})["Location"] == "/ar/alerts/"

    client.get("/language/zh-hans/", {"next": "/zh-hans/"})
    assert client.get("/")["Location"] == "/zh-hans/"


@pytest.mark.django_db
def test_the_remembered_language_wins_over_a_cached_redirect(client, site, settings):
    settings.PAGE_CACHE_ENABLED = True
    settings.PAGE_CACHE_GENERATION_POLL = 0
    generation.forget_local()
    try:
        assert client.get("/", headers={"Accept-Language": "en"})["Location"] == "/en/"
        client.get("/language/ur/", {"next": "/ur/"})
        assert client.get("/", headers={"Accept-Language": "en"})["Location"] == "/ur/"
    finally:
        generation.forget_local()


@pytest.mark.django_db
@pytest.mark.parametrize("destination", [
    "https://evil.example/ar/",  # another site
    "//evil.example/ar/",  # the same, scheme-relative
    "/\\\\evil.example/ar/",
    "/pl/alerts/",  # a page in another language than the one chosen
    "",
    "ar/alerts/",  # not a path
])
def test_a_next_that_is_not_a_page_here_in_that_language_gives_its_home(client, site,
                                                                        destination):
    response = client.get("/language/ar/", {"next": destination})
    assert response.status_code == 302
    assert response["Location"] == "/ar/"
    assert response.cookies[COOKIE].value == "ar"


@pytest.mark.django_db
def test_an_unknown_language_is_a_404_and_remembers_nothing(client, site):
    response = client.get("/language/xx/", {"next": "/xx/"}, follow=True)
    assert response.status_code == 404
    assert COOKIE not in client.cookies
    assert client.get("/", headers={"Accept-Language": "cy"})["Location"] == "/cy/"


@pytest.mark.django_db
def test_robots_keep_out_of_the_choice_links(client, site):
    assert "Disallow: /language/" in client.get("/robots.txt").text



def test_the_switcher_links_are_the_choice_views_address():
    from django.urls import reverse

    from languages.choice import choice_url

    for code in ("en", "zh-hans", "ar"):
        assert choice_url(code, "/x/").startswith(reverse("choose_language", args=[code]) + "?")
    assert choice_url("pl", "/pl/alerts/?status=all&fraud_type=a b") == (
        "/language/pl/?next=/pl/alerts/%3Fstatus%3Dall%26fraud_type%3Da%20b")
