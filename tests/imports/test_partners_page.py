"""The public partners page: partners in the reader's language and the sites replaced."""

from io import BytesIO

from django.core.files.images import ImageFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from PIL import Image as PILImage
from wagtail.images import get_image_model

from tests import factories


def _logo(name):
    buffer = BytesIO()
    PILImage.new("RGB", (400, 200), "navy").save(buffer, "PNG")
    return get_image_model().objects.create(
        title=name, file=ImageFile(buffer, name=f"{name}.png")
    )


def test_partners_page_lists_partners_with_logo_website_and_replaced_site(client, db):
    factories.partner(
        "Old Bank", slug="old-bank", description="A high street bank.",
        website="https://oldbank.example/", replaced_site="https://alerts.oldbank.example/",
        logo=_logo("old-bank"),
    )
    factories.partner("Metro Police", slug="metro-police", website="https://police.example/")

    response = client.get("/en/partners/")

    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Our partners</h1>" in html
    assert '<h3 class="partner__name">Old Bank</h3>' in html
    assert "A high street bank." in html
    assert '<a href="https://oldbank.example/">Old Bank website</a>' in html
    assert 'class="partner__logo"' in html and 'alt=""' in html
    assert "Alert sites Fraud Alert replaces" in html
    assert ('Old Bank, formerly at <a href="https://alerts.oldbank.example/"'
            in html)
    assert html.count("formerly at") == 1  # Metro Police replaces no site


def test_partners_page_in_the_readers_language(client, db):
    factories.partner("Old Bank", slug="old-bank", name_pl="Stary Bank",
                      description="A bank.", description_pl="Bank detaliczny.")
    factories.partner("Metro Police", slug="metro-police")

    html = client.get("/pl/partners/").content.decode()

    assert '<html lang="pl"' in html
    assert "Stary Bank" in html and "Bank detaliczny." in html
    assert "Metro Police" in html  # no Polish name: English stands in
    assert "<h1>Our partners</h1>" not in html


def test_partners_page_right_to_left_and_empty(client, db):
    response = client.get("/ar/partners/")

    assert response.status_code == 200
    assert 'dir="rtl"' in response.content.decode()


def _queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return queries.captured_queries


def test_partners_page_queries_do_not_grow_with_partners(client, db):
    for n in range(3):
        factories.partner(f"Partner {n}", slug=f"p-{n}", logo=_logo(f"p{n}"))
    client.get("/en/partners/")  # renditions made once
    few = _queries(client, "/en/partners/")
    for n in range(3, 9):
        factories.partner(f"Partner {n}", slug=f"p-{n}", logo=_logo(f"p{n}"))
    client.get("/en/partners/")

    many = _queries(client, "/en/partners/")

    assert len(many) == len(few)
    partner_query = next(q["sql"] for q in many if 'FROM "alerts_partner"' in q["sql"])
    assert "name_ta" not in partner_query and "description_so" not in partner_query


def test_only_get_and_head(client, db):
    assert client.post("/en/partners/").status_code == 405
