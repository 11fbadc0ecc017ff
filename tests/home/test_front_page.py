import re

import pytest
from django.utils import translation

from languages import catalogs, supported

TAG = re.compile(r"<[^>]+>")


def _visible_text(html):
    html = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.S)
    return " ".join(TAG.sub(" ", html).split())


def _ui_strings_differing_from_english(code):
    """msgids whose translation in `code` differs from the English (so English would show)."""
    catalog = catalogs.read_catalog(code)
    strings = []
    for message in catalog:
        if not message.id or isinstance(message.id, tuple):
            continue
        if "%(" in message.id or "<" in message.id or len(message.id) < 12:
            continue  # placeholders/markup/short words: not comparable as visible text
        if message.string and message.string != message.id:
            strings.append(message.id)
    return strings


@pytest.mark.django_db
def test_every_language_home_page_answers_with_its_lang_and_dir(client, site):
    for language in supported.LANGUAGES:
        response = client.get(f"/{language.code}/")
        assert response.status_code == 200, language.code
        html = response.content.decode()
        assert f'<html lang="{language.code}" dir="{language.direction}">' in html


@pytest.mark.django_db
@pytest.mark.parametrize("code", [lang.code for lang in supported.LANGUAGES if lang.code != "en"])
def test_home_page_shows_no_untranslated_ui_string(client, site, code):
    text = _visible_text(client.get(f"/{code}/").content.decode())
    english_left = [msgid for msgid in _ui_strings_differing_from_english(code) if msgid in text]
    assert english_left == [], f"{code}: English UI text on the page: {english_left[:5]}"
    with translation.override(code):
        assert translation.gettext("How to report fraud") in text


@pytest.mark.django_db
def test_home_heading_and_intro_in_english_fallback_are_marked_as_english(client, site):
    body = client.get("/ar/").content.decode()
    assert '<h1 lang="en" dir="ltr">Fraud Alert</h1>' in body
    assert '<p class="lead" lang="en" dir="ltr">Scam warnings and advice.</p>' in body


@pytest.mark.django_db
def test_footer_has_no_link_to_the_xml_sitemap(client, site):
    body = client.get("/en/").content.decode()
    footer = body[body.index('<footer class="site-footer">'):]
    assert "sitemap.xml" not in footer


@pytest.mark.django_db
def test_the_home_page_title_names_the_site_once_in_the_readers_language(client, site):
    """The home page's own title is the site's name: not "Fraud Alert | Fraud Alert"."""
    for code in ("en", "ar"):
        with translation.override(code):
            name = translation.gettext("Fraud Alert")  # the brand, kept as a proper name
        html = client.get(f"/{code}/").text
        assert re.search(r"<title>([^<]*)</title>", html).group(1) == name, code
    # other pages: their own title, then the site's name
    title = re.search(r"<title>([^<]*)</title>", client.get("/en/alerts/").text).group(1)
    assert title.endswith(" | Fraud Alert") and title.count("Fraud Alert") == 1
