import xml.etree.ElementTree as ET

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model

from languages import supported
from tests import factories

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


@pytest.mark.django_db
def test_sitemap_lists_every_page_in_every_language_with_hreflang_alternates(client, site):
    factories.alert("Bank scam", title_pl="Oszustwo bankowe", slug_pl="oszustwo-bankowe")
    factories.advice("Romance scams")
    factories.alert("Draft alert", publish=False)
    index = client.get("/sitemap.xml")
    assert index.status_code == 200
    sitemaps = [loc.text for loc in ET.fromstring(index.content).findall("s:sitemap/s:loc", NS)]
    assert sitemaps == [f"http://testserver/sitemap-{code}.xml" for code in supported.CODES]
    urls = []
    for sitemap in sitemaps:
        response = client.get(sitemap.removeprefix("http://testserver"))
        assert response.status_code == 200
        urls += ET.fromstring(response.content).findall("s:url", NS)
    locs = [url.find("s:loc", NS).text for url in urls]
    assert "http://testserver/pl/alerts/oszustwo-bankowe/" in locs
    for language in supported.LANGUAGES:
        for path in ("advice/", "accessibility/", "partners/", "embed/", "subscribe/"):
            assert f"http://testserver/{language.code}/{path}" in locs
    assert len(locs) == len(set(locs))
    assert len(locs) % len(supported.LANGUAGES) == 0  # every page in every language
    # home, 2 indexes, 2 pages, the accessibility, partners, embed and subscribe pages
    assert len(locs) >= 9 * len(supported.LANGUAGES)
    assert not any("draft" in loc for loc in locs)
    polish = urls[locs.index("http://testserver/pl/alerts/oszustwo-bankowe/")]
    alternates = {link.get("hreflang"): link.get("href") for link in polish.findall("x:link", NS)}
    assert len(alternates) == len(supported.LANGUAGES) + 1
    assert alternates["x-default"] == alternates["en"]
    assert alternates["en"].startswith("http://testserver/en/alerts/alert-")


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
