"""Images on public pages are responsive: renditions at several widths in a srcset, with
sizes, dimensions, alternative text and lazy loading."""

import json
import re
from io import BytesIO

import pytest
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.images.models import Image

from alerts.models import Partner
from tests import factories


@pytest.fixture
def photo(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    data = BytesIO()
    PILImage.new("RGB", (1600, 900), "#336699").save(data, "PNG")
    return Image.objects.create(title="A fake parcel text",
                                file=ImageFile(data, name="parcel-text.png"))


def test_a_figure_in_advice_has_a_srcset_of_renditions(client, site, photo):
    body = json.dumps([{"type": "image", "value": {
        "image": photo.pk, "alt_text": "A text message asking for a £1.99 redelivery fee",
        "caption": "A typical fake delivery text"}}])
    page = factories.advice("Fake delivery texts", body=body)

    html = client.get(f"/en/advice/{page.slug}/").text
    img = re.search(r"<figure class=\"figure\">\s*(<img [^>]+>)", html).group(1)
    widths = sorted(int(w) for w in re.findall(r" (\d+)w", img))
    assert widths == [480, 800, 1200]
    assert 'sizes="(max-width: 52rem) 100vw, 50rem"' in img
    assert 'alt="A text message asking for a £1.99 redelivery fee"' in img
    assert 'loading="lazy"' in img and 'width="' in img and 'height="' in img
    for url in re.findall(r"(/media/\S+) \d+w", img):
        assert (photo.renditions.filter(file__endswith=url.rsplit("/", 1)[-1]).exists())
    assert "A typical fake delivery text" in html


def test_partner_logos_come_at_one_and_two_times_their_size(client, site, photo):
    factories.partner("Old Bank", slug="old-bank", logo=photo)

    html = client.get("/en/partners/").text
    img = re.search(r"<img [^>]*partner__logo[^>]*>", html).group(0)
    assert sorted(int(w) for w in re.findall(r" (\d+)w", img)) == [213, 426]
    assert 'sizes="240px"' in img and 'alt=""' in img
    assert Partner.objects.get(slug="old-bank").logo_id == photo.pk


def test_the_images_a_page_shows_are_served_with_a_days_caching(client, site, photo):
    body = json.dumps([{"type": "image", "value": {
        "image": photo.pk, "alt_text": "A fake delivery text", "caption": ""}}])
    page = factories.advice("Fake delivery texts", body=body)
    html = client.get(f"/en/advice/{page.slug}/").text
    urls = re.findall(r"(/media/\S+) \d+w", html)
    assert len(urls) == 3
    for url in urls + [photo.file.url]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert response["Content-Type"] == "image/png"
        assert response["Cache-Control"] == "public, max-age=86400"
        assert PILImage.open(BytesIO(b"".join(response.streaming_content))).size[0] > 0


def test_only_image_folders_are_served_from_media(client, site, photo):
    from django.core.files.base import ContentFile
    from django.core.files.storage import default_storage

    default_storage.save("documents/private-leaflet.pdf", ContentFile(b"%PDF-1.4 private"))
    default_storage.save("secret.txt", ContentFile(b"not public"))
    for url in ("/media/documents/private-leaflet.pdf", "/media/secret.txt",
                "/media/images/../secret.txt", "/media/images/%2e%2e/secret.txt",
                "/media/images/../documents/private-leaflet.pdf",
                "/media/images/no-such-file.png", "/media/images/"):
        assert client.get(url, follow=True).status_code == 404, url
