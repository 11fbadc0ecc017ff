"""What search engines read in a page's head: the canonical URL, the hreflang alternates (only
the languages a page has text in) and a translated meta description on every page."""

import html as html_module
import re

import pytest

from languages import supported
from tests import factories

NON_PAGE_VIEWS = ("accessibility", "partners", "embed", "subscribe", "search")


def canonical(body):
    links = re.findall(r'<link rel="canonical" href="([^"]+)">', body)
    assert len(links) <= 1, links
    return html_module.unescape(links[0]) if links else None


def alternates(body):
    return {code: html_module.unescape(url) for code, url in
            re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', body)}


def switcher_languages(body):
    nav = re.search(r'<nav class="language-switcher".*?</nav>', body, re.S).group(0)
    return set(re.findall(r'href="/language/([^/]+)/', nav))


def description(body):
    found = re.findall(r'<meta name="description" content="([^"]*)">', body)
    assert len(found) <= 1, found
    return html_module.unescape(found[0]) if found else None


@pytest.mark.django_db
def test_a_page_names_its_own_url_in_its_language_as_canonical_without_the_query(client, site):
    factories.alert("Courier scam", slug="courier-scam", slug_pl="oszustwo-kurierskie",
                    title_pl="Oszustwo kurierskie", summary_pl="Ktoś dzwoni.")

    english = client.get("/en/alerts/courier-scam/?utm_source=newsletter&page=3").text
    polish = client.get("/pl/alerts/oszustwo-kurierskie/").text

    assert canonical(english) == "http://testserver/en/alerts/courier-scam/"
    assert canonical(polish) == "http://testserver/pl/alerts/oszustwo-kurierskie/"
    assert canonical(client.get("/ar/").text) == "http://testserver/ar/"
    assert canonical(client.get("/cy/advice/?x=1").text) == "http://testserver/cy/advice/"


@pytest.mark.django_db
@pytest.mark.parametrize("url, expected", [
    ("/en/accessibility/", "/en/accessibility/"),
    ("/ar/partners/?utm_source=x", "/ar/partners/"),
    ("/pl/embed/?fraud_type=courier&limit=3", "/pl/embed/"),
    ("/zh-hans/subscribe/", "/zh-hans/subscribe/"),
    ("/en/search/", "/en/search/"),
    ("/en/search/?q=bank&page=2", "/en/search/"),  # results: the search page itself
])
def test_non_page_views_name_their_url_without_choices_or_search_terms(client, site, url,
                                                                       expected):
    response = client.get(url)
    assert response.status_code == 200
    assert canonical(response.text) == f"http://testserver{expected}"


@pytest.mark.django_db
def test_a_list_keeps_its_page_number_but_filters_canonicalise_to_the_whole_list(client, site):
    courier = factories.fraud_type("Courier fraud", slug="courier")
    for n in range(22):  # two pages of 20
        factories.alert(f"Scam wave {n}", fraud_types=[courier])

    def canonical_of(url):
        response = client.get(url)
        assert response.status_code == 200, url
        return canonical(response.text).removeprefix("http://testserver")

    assert canonical_of("/en/alerts/") == "/en/alerts/"
    assert canonical_of("/en/alerts/?page=1") == "/en/alerts/"
    assert canonical_of("/en/alerts/?page=2") == "/en/alerts/?page=2"
    assert canonical_of("/pl/alerts/?page=2&fraud_type=") == "/pl/alerts/?page=2"  # empty filter
    assert canonical_of("/en/alerts/?fraud_type=courier") == "/en/alerts/"
    assert canonical_of("/en/alerts/?fraud_type=courier&page=2") == "/en/alerts/"
    assert canonical_of("/en/alerts/?status=all&page=2") == "/en/alerts/"
    # page 2 of the list is page 2 in every language
    links = alternates(client.get("/en/alerts/?page=2").text)
    assert links["pl"] == "http://testserver/pl/alerts/?page=2"
    assert links["x-default"] == "http://testserver/en/alerts/?page=2"
    assert alternates(client.get("/en/alerts/?fraud_type=courier").text)["pl"] == (
        "http://testserver/pl/alerts/")


@pytest.mark.django_db
def test_the_canonical_depends_on_the_url_not_the_reader(client, site, settings):
    settings.PAGE_CACHE_ENABLED = True
    page = factories.advice("Romance scams", slug="romance-scams")
    url = f"/en/advice/{page.slug}/"

    first = client.get(url, HTTP_ACCEPT_LANGUAGE="ar")
    client.cookies["fraudalert_language"] = "pl"
    second = client.get(url)

    assert (first["X-Cache"], second["X-Cache"]) == ("MISS", "HIT")
    assert canonical(first.text) == canonical(second.text) == (
        "http://testserver/en/advice/romance-scams/")


@pytest.mark.django_db
def test_error_pages_name_no_canonical(client, site):
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    assert canonical(response.text) is None


@pytest.mark.django_db
def test_hreflang_lists_only_the_languages_a_page_has_text_in(client, site):
    factories.advice("Romance scams", slug="romance-scams", title_pl="Oszustwa matrymonialne",
                     summary_pl="Uważaj.", slug_pl="oszustwa-matrymonialne")
    # only a withdrawal reason in Welsh: "partial", not "missing", so still a translation
    alert = factories.alert("Parcel scam", slug="parcel-scam",
                            withdrawn_reason_cy="Rhybudd anghywir.")
    assert alert.translation_state("cy") == "partial"
    assert alert.translation_state("ar") == "missing"

    for url in ("/en/advice/romance-scams/", "/pl/advice/oszustwa-matrymonialne/",
                "/zh-hans/advice/romance-scams/"):
        body = client.get(url).text
        assert alternates(body) == {
            "en": "http://testserver/en/advice/romance-scams/",
            "pl": "http://testserver/pl/advice/oszustwa-matrymonialne/",
            "x-default": "http://testserver/en/advice/romance-scams/",
        }, url
        # readers may still want the page with its interface in their language
        assert switcher_languages(body) == set(supported.CODES), url
    assert set(alternates(client.get("/ar/alerts/parcel-scam/").text)) == {
        "en", "cy", "x-default"}
    # pages whose lists and interface are translated: every language
    assert set(alternates(client.get("/zh-hans/advice/").text)) == {
        *supported.CODES, "x-default"}
    assert set(alternates(client.get("/en/partners/").text)) == {*supported.CODES, "x-default"}


@pytest.mark.django_db
def test_a_page_with_no_text_in_the_readers_language_names_the_english_as_canonical(
    client, site
):
    factories.advice("Romance scams", slug="romance-scams", title_pl="Oszustwa matrymonialne",
                     slug_pl="oszustwa-matrymonialne")

    chinese = client.get("/zh-hans/advice/romance-scams/")

    assert chinese.status_code == 200 and 'lang="zh-hans"' in chinese.text
    assert canonical(chinese.text) == "http://testserver/en/advice/romance-scams/"
    assert canonical(client.get("/pl/advice/oszustwa-matrymonialne/").text) == (
        "http://testserver/pl/advice/oszustwa-matrymonialne/")


@pytest.mark.django_db
@pytest.mark.parametrize("view", NON_PAGE_VIEWS)
def test_non_page_views_have_a_description_in_every_language(client, site, view):
    english = description(client.get(f"/en/{view}/").text)
    assert english and english.endswith(".")
    for language in supported.LANGUAGES:
        if language.code == supported.DEFAULT:
            continue
        translated = description(client.get(f"/{language.code}/{view}/").text)
        assert translated and translated != english, language.code


@pytest.mark.django_db
def test_a_description_with_quotes_stays_inside_its_attribute(client, site):
    body = client.get("/en/embed/").text
    assert "members&#x27; language" in re.search(r'<meta name="description"[^>]*>', body)[0]
