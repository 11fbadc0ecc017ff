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
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    urls = root.findall("s:url", NS)
    locs = [url.find("s:loc", NS).text for url in urls]
    assert "http://testserver/pl/alerts/oszustwo-bankowe/" in locs
    for language in supported.LANGUAGES:
        assert f"http://testserver/{language.code}/advice/" in locs
    assert len(locs) == len(set(locs))
    assert len(locs) % len(supported.LANGUAGES) == 0  # every page in every language
    assert len(locs) >= 6 * len(supported.LANGUAGES)  # home, 2 indexes, 2 pages, a11y page
    assert not any("draft" in loc for loc in locs)
    polish = urls[locs.index("http://testserver/pl/alerts/oszustwo-bankowe/")]
    alternates = {link.get("hreflang"): link.get("href") for link in polish.findall("x:link", NS)}
    assert len(alternates) == len(supported.LANGUAGES) + 1
    assert alternates["x-default"] == alternates["en"]
    assert alternates["en"].startswith("http://testserver/en/alerts/alert-")


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
