"""What search engines read in a page's head: the hreflang alternates (only the languages a page
has text in)."""

import html as html_module
import re

import pytest

from languages import supported
from tests import factories


def alternates(body):
    return {code: html_module.unescape(url) for code, url in
            re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', body)}


def switcher_languages(body):
    nav = re.search(r'<nav class="language-switcher".*?</nav>', body, re.S).group(0)
    return set(re.findall(r'href="/language/([^/]+)/', nav))


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
