import html as html_module
import re
from urllib.parse import parse_qs, urlsplit

import pytest

from languages import supported


def _alternates(html):
    return dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', html))


def _switcher(html):
    """{language code: where its switcher link leads}: each link goes through
    /language/<code>/ (which remembers the choice) with the page as `next`."""
    nav = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
    links = {}
    for href in re.findall(r'<a href="([^"]+)"', nav):
        url = urlsplit(html_module.unescape(href))
        code = re.fullmatch(r"/language/([^/]+)/", url.path).group(1)
        links[code] = parse_qs(url.query)["next"][0]
    return links


@pytest.mark.django_db
def test_every_page_lists_all_sixteen_alternates_and_x_default(client, site):
    html = client.get("/ur/advice/").content.decode()
    links = _alternates(html)
    assert set(links) == set(supported.CODES) | {"x-default"}
    assert links["pl"] == "http://testserver/pl/advice/"
    assert links["zh-hans"] == "http://testserver/zh-hans/advice/"
    assert links["x-default"] == "http://testserver/en/advice/"


@pytest.mark.django_db
def test_switcher_keeps_the_reader_on_the_same_page(client, site):
    html = client.get("/ar/advice/").content.decode()
    nav = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
    links = _switcher(html)
    assert links["pl"] == "/pl/advice/"
    assert links["en"] == "/en/advice/"
    assert set(links) == set(supported.CODES)
    # the current language is marked, and each language is named in its own script
    assert 'aria-current="true"' in nav and "العربية" in nav
    assert "ਪੰਜਾਬੀ" in nav and "Cymraeg" in nav and "中文" in nav
    # a labelled navigation landmark
    assert 'aria-labelledby="language-switcher-label"' in nav


@pytest.mark.django_db
def test_switcher_keeps_a_translated_slug_and_a_query(client, site):
    from tests.factories import advice

    advice("Phishing", slug="phishing", slug_pl="wyludzanie", title_pl="Phishing PL",
           summary_pl="Podsumowanie")
    html = client.get("/en/advice/phishing/").content.decode()
    assert _switcher(html)["pl"] == "/pl/advice/wyludzanie/"
    assert client.get("/pl/advice/wyludzanie/").status_code == 200
    search_html = client.get("/en/search/?q=bank").content.decode()
    assert _switcher(search_html)["ar"] == "/ar/search/?q=bank"


@pytest.mark.django_db
def test_html_lang_and_dir_follow_the_language(client, site):
    for code, direction in [("ar", "rtl"), ("ur", "rtl"), ("pl", "ltr"), ("zh-hans", "ltr")]:
        html = client.get(f"/{code}/").content.decode()
        assert f'<html lang="{code}" dir="{direction}">' in html


@pytest.mark.django_db
def test_alternates_from_stored_paths_match_wagtails_own_urls_in_every_language(rf, site):
    """The switcher builds each language's URL from the page's url_path_<language> columns;
    they must be exactly what `page.get_url` gives with that language active, translated
    slug or English fallback alike."""
    from django.utils import translation
    from wagtail.models import Page

    from languages import alternates
    from tests import factories

    home, alert_index, advice_index = site
    translated = factories.alert("Courier scam", slug_pl="oszustwo-kurierskie",
                                 slug_ar="احتيال-البريد")
    untranslated = factories.alert("Ticket scam")
    request = rf.get("/en/")
    for page in (home, alert_index, advice_index, translated, untranslated):
        page = Page.objects.get(pk=page.pk).specific
        expected = []
        for language in supported.LANGUAGES:
            with translation.override(language.code):
                expected.append((language, page.get_url(request=rf.get("/en/"))))
        assert alternates.alternates(request, page) == expected
    assert dict(alternates.alternates(request, translated))[supported.get("pl")] == (
        "/pl/alerts/oszustwo-kurierskie/")


@pytest.mark.django_db
def test_switcher_keeps_the_filters_but_not_the_page_and_hreflang_has_no_query(client, site):
    html = client.get("/ar/alerts/?status=all&fraud_type=phishing&page=1").content.decode()
    nav = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
    assert _switcher(html)["pl"] == "/pl/alerts/?status=all&fraud_type=phishing"
    assert "page" not in nav
    links = _alternates(html)
    assert links["pl"] == "http://testserver/pl/alerts/"
    search = client.get("/en/search/?q=bank&page=1").content.decode()
    assert _alternates(search)["ar"] == "http://testserver/ar/search/"
