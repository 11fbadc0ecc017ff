import xml.etree.ElementTree as ET

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model

from languages import supported
from tests import factories

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def _sitemap_urls(client):
    """{loc: {hreflang: href}} over every language's sitemap, through the index."""
    index = client.get("/sitemap.xml")
    assert index.status_code == 200
    sitemaps = [loc.text for loc in ET.fromstring(index.content).findall("s:sitemap/s:loc", NS)]
    assert sitemaps == [f"http://testserver/sitemap-{code}.xml" for code in supported.CODES]
    urls = {}
    for sitemap in sitemaps:
        response = client.get(sitemap.removeprefix("http://testserver"))
        assert response.status_code == 200
        for url in ET.fromstring(response.content).findall("s:url", NS):
            loc = url.find("s:loc", NS).text
            assert loc not in urls
            urls[loc] = {link.get("hreflang"): link.get("href")
                         for link in url.findall("x:link", NS)}
    return urls


@pytest.mark.django_db
def test_sitemap_lists_every_page_in_every_language_with_hreflang_alternates(client, site):
    factories.alert("Bank scam", title_pl="Oszustwo bankowe", slug_pl="oszustwo-bankowe")
    factories.advice("Romance scams", title_ar="الاحتيال العاطفي")
    factories.alert("Draft alert", publish=False)
    urls = _sitemap_urls(client)
    for language in supported.LANGUAGES:
        for path in ("", "advice/", "alerts/", "accessibility/", "partners/", "embed/",
                     "subscribe/"):
            loc = f"http://testserver/{language.code}/{path}"
            assert loc in urls, loc
            assert len(urls[loc]) == len(supported.LANGUAGES) + 1
    assert not any("draft" in loc for loc in urls)
    alternates = urls["http://testserver/pl/alerts/oszustwo-bankowe/"]
    assert set(alternates) == {"en", "pl", "x-default"}
    assert alternates["x-default"] == alternates["en"]
    assert alternates["en"].startswith("http://testserver/en/alerts/alert-")
    assert urls[alternates["en"]] == alternates


@pytest.mark.django_db
def test_a_page_is_left_out_of_the_sitemaps_of_languages_it_has_no_text_in(client, site):
    factories.advice("Romance scams", slug="romance-scams", title_pl="Oszustwa matrymonialne",
                     slug_pl="oszustwa-matrymonialne")
    # only a withdrawal reason in Welsh: "partial", a translation all the same
    factories.alert("Parcel scam", slug="parcel-scam", withdrawn_reason_cy="Rhybudd anghywir.")
    urls = _sitemap_urls(client)
    advice = sorted(loc for loc in urls if "/romance-scams/" in loc or "/oszustwa-" in loc)
    alert = sorted(loc for loc in urls if "/parcel-scam/" in loc)
    assert advice == ["http://testserver/en/advice/romance-scams/",
                      "http://testserver/pl/advice/oszustwa-matrymonialne/"]
    assert alert == ["http://testserver/cy/alerts/parcel-scam/",
                     "http://testserver/en/alerts/parcel-scam/"]
    assert set(urls[advice[0]]) == {"en", "pl", "x-default"}
    zh_hans = client.get("/sitemap-zh-hans.xml").text
    assert "romance-scams" not in zh_hans and "parcel-scam" not in zh_hans
    assert "http://testserver/zh-hans/advice/" in zh_hans


@pytest.mark.django_db
def test_each_language_sitemap_lists_only_that_languages_urls(client, site):
    factories.advice("Romance scams")
    body = client.get("/sitemap-ar.xml").content
    locs = [loc.text for loc in ET.fromstring(body).findall("s:url/s:loc", NS)]
    assert locs and all(loc.startswith("http://testserver/ar/") for loc in locs)
    assert client.get("/sitemap-xx.xml").status_code == 404


@pytest.mark.django_db
def test_robots_txt_disallows_the_configured_admin_path(client):
    body = client.get("/robots.txt").content.decode()
    assert f"Disallow: /{settings.ADMIN_PATH.strip('/')}/" in body
    assert "Sitemap: http://testserver/sitemap.xml" in body


@pytest.mark.django_db
def test_taxonomy_snippets_are_editable_in_the_admin(client, site):
    user = get_user_model().objects.create_superuser("admin", "a@example.com", "pw-long-enough")
    client.force_login(user)
    factories.fraud_type("Phishing", slug="phishing")
    factories.region("London", slug="london")
    admin = settings.ADMIN_PATH.strip("/")
    for model in ("fraudtype", "audience", "region", "partner"):
        response = client.get(f"/{admin}/snippets/alerts/{model}/")
        assert response.status_code == 200, model
    assert "Phishing" in client.get(f"/{admin}/snippets/alerts/fraudtype/").content.decode()
    assert "Taxonomy" in client.get(f"/{admin}/").content.decode()
