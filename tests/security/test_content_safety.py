"""Content safety: external links leave safely, user input is escaped, uploads are limited."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.rich_text import expand_db_html

from tests import factories


def test_external_links_in_rich_text_get_noopener_noreferrer():
    html = expand_db_html(
        '<p>See <a href="https://www.actionfraud.police.uk/?a=1&amp;b=2">Action Fraud</a>, '
        '<a href="mailto:help@fraudalert.example">email</a> and <a href="#top">top</a>.</p>'
    )
    assert ('<a href="https://www.actionfraud.police.uk/?a=1&amp;b=2" '
            'rel="noopener noreferrer">Action Fraud</a>') in html
    assert '<a href="mailto:help@fraudalert.example">' in html
    assert '<a href="#top">' in html


def test_an_attribute_cannot_be_smuggled_through_an_external_link():
    html = expand_db_html('<a href="https://x.example/&quot; onclick=&quot;alert(1)">x</a>')
    assert "onclick=\"" not in html
    assert 'rel="noopener noreferrer"' in html


def test_alert_pages_render_external_links_with_noopener(client, site):
    _home, alert_index, _advice = site
    page = factories.alert("Bank impersonation", parent=alert_index,
                           body='<p><a href="https://www.ukfinance.org.uk/">UK Finance</a></p>')
    html = client.get(page.url).content.decode()
    assert ('<a href="https://www.ukfinance.org.uk/" rel="noopener noreferrer">UK Finance</a>'
            in html)


@pytest.mark.parametrize("query", ['<script>alert("x")</script>', '"><img src=x onerror=alert(1)>'])
def test_search_query_is_escaped_on_the_results_page(client, site, query):
    response = client.get("/en/search/", {"q": query})
    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>alert" not in html
    assert "<img src=x" not in html


def test_documents_of_a_refused_type_are_refused_with_a_clear_message(admin_client):
    response = admin_client.post("/admin/documents/add/", {
        "title": "Leaflet", "collection": 1,
        "file": SimpleUploadedFile("leaflet.exe", b"MZ\x90\x00binary", "application/octet-stream"),
    })
    assert response.status_code == 200
    assert "File extension “exe” is not allowed" in response.content.decode()
    assert not Document.objects.exists()


def test_documents_over_the_size_limit_are_refused_with_a_clear_message(admin_client, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 1024
    response = admin_client.post("/admin/documents/add/", {
        "title": "Leaflet", "collection": 1,
        "file": SimpleUploadedFile("leaflet.pdf", b"%PDF-1.4\n" + b"x" * 2048, "application/pdf"),
    })
    assert response.status_code == 200
    assert "This file is too big" in response.content.decode()
    assert not Document.objects.exists()
    fine = admin_client.post("/admin/documents/add/", {
        "title": "Leaflet", "collection": 1,
        "file": SimpleUploadedFile("leaflet.pdf", b"%PDF-1.4\n" + b"x" * 100, "application/pdf"),
    })
    assert fine.status_code == 302
    assert Document.objects.count() == 1


def test_images_of_a_refused_type_are_refused(admin_client):
    response = admin_client.post("/admin/images/add/", {
        "title": "Poster", "collection": 1,
        "file": SimpleUploadedFile("poster.svg", b"<svg onload='alert(1)'/>", "image/svg+xml"),
    })
    assert response.status_code == 200
    assert "Not a supported image format" in response.content.decode()
    assert not Image.objects.exists()
