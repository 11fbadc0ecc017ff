"""HTML pages are sent gzip-compressed to clients that accept it, from the cache too."""

import gzip

from tests import factories


def test_pages_are_gzipped_for_clients_that_accept_it_and_stored_plain(client, site):
    alert = factories.alert("Fake parcel texts")
    url = f"/en/alerts/{alert.slug}/"

    plain = client.get(url)
    compressed = client.get(url, HTTP_ACCEPT_ENCODING="gzip, br")

    assert (plain["X-Cache"], compressed["X-Cache"]) == ("MISS", "HIT")
    assert "Content-Encoding" not in plain
    assert compressed["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in compressed["Vary"]
    assert gzip.decompress(compressed.content) == plain.content
    assert len(compressed.content) < len(plain.content) / 2


def test_feeds_and_the_api_are_left_uncompressed(client, site):
    factories.alert("Fake parcel texts")
    for url in ("/api/v1/alerts/", "/en/feeds/alerts.rss"):
        response = client.get(url, HTTP_ACCEPT_ENCODING="gzip")
        assert response.status_code == 200
        assert "Content-Encoding" not in response, url
