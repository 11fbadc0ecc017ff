import re

import pytest

from tests import factories


def get(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


@pytest.mark.django_db
def test_polish_query_finds_polish_text_and_highlights_it(client, site):
    factories.alert("Fake bank call", summary="Someone calls from your bank.",
                    title_pl="Fałszywy telefon z banku", summary_pl="Dzwoni ktoś z BANKU.")
    factories.alert("Parcel scam", summary="A text about a parcel.")
    body = get(client, "/pl/search/?q=banku")
    assert "Fałszywy telefon z banku" in body
    assert "<mark>BANKU</mark>" in body or "<mark>banku</mark>" in body
    assert "Parcel scam" not in body


@pytest.mark.django_db
def test_untranslated_pages_are_found_by_their_english_text(client, site):
    factories.advice("Romance scams", summary="They ask for money after weeks of chat.")
    body = get(client, "/ar/search/?q=Money")
    assert "Romance scams" in body
    assert 'lang="en" dir="ltr"' in body and "<mark>money</mark>" in body


@pytest.mark.django_db
def test_a_partly_translated_alert_is_found_by_the_english_text_its_readers_see(client, site):
    factories.alert("Fake courier texts", title_ar="رسائل بريد مزيفة",
                    summary="A courier text asks for a redelivery fee.")
    factories.alert("Bank calls", title_ar="مكالمات البنك", summary_ar="يتصل شخص من البنك.")
    body = get(client, "/ar/search/?q=redelivery")
    assert "رسائل بريد مزيفة" in body and "مكالمات البنك" not in body
    assert "<mark>redelivery</mark>" in body
    # the Arabic title is marked Arabic, the English extract under it English
    assert '<h3 class="search-result__title" lang="ar" dir="rtl">' in body
    assert '<p class="search-result__snippet" lang="en" dir="ltr">A courier text' in body
    # its Arabic words still find it
    assert "رسائل بريد مزيفة" in get(client, "/ar/search/?q=مزيفة")


@pytest.mark.django_db
def test_english_words_find_a_fully_translated_alert_with_an_english_extract(client, site):
    """Scam messages are mostly in English: an Arabic reader pasting their words finds the
    alert, shown in Arabic, with the English sentence that matched."""
    factories.alert("Fake courier texts", summary="A text asks for a redelivery fee.",
                    title_ar="رسائل بريد مزيفة", summary_ar="رسالة تطلب رسوم إعادة التسليم.")
    factories.alert("Bank calls", title_ar="مكالمات البنك", summary_ar="يتصل شخص من البنك.")
    body = get(client, "/ar/search/?q=Redelivery+fee")
    assert "رسائل بريد مزيفة" in body and "مكالمات البنك" not in body
    assert '<h3 class="search-result__title" lang="ar" dir="rtl">' in body
    assert ('<p class="search-result__snippet" lang="en" dir="ltr">A text asks for a '
            "<mark>redelivery</mark> <mark>fee</mark>.") in body
    # words split between the two languages match neither text: not found
    assert "رسائل بريد مزيفة" not in get(client, "/ar/search/?q=redelivery+رسالة")
    # Arabic words give the Arabic extract
    arabic = get(client, "/ar/search/?q=إعادة")
    assert '<p class="search-result__snippet" lang="ar" dir="rtl">' in arabic


@pytest.mark.django_db
def test_the_alert_with_the_searched_reference_code_comes_first(client, site):
    from datetime import timedelta

    from django.utils import timezone

    cited = factories.alert("Fake police call", issued_at=timezone.now() - timedelta(days=9))
    factories.alert("Fake police call returns", issued_at=timezone.now(),
                    summary=f"The calls described in {cited.reference_code} are back.")
    for language in ("en", "ar"):
        body = get(client, f"/{language}/search/?q={cited.reference_code}")
        titles = re.findall(r'class="search-result__title"[^>]*><a [^>]*>([^<]+)</a>', body)
        assert titles == ["Fake police call", "Fake police call returns"], language


@pytest.mark.django_db
def test_search_finds_an_alert_by_its_reference_code(client, site):
    alert = factories.alert("Fake police call")
    assert "Fake police call" in get(client, f"/en/search/?q={alert.reference_code.lower()}")


@pytest.mark.django_db
def test_search_results_escape_page_text(client, site):
    factories.alert("Scam <script>alert(1)</script>", summary="Beware <b>script</b> kiddies.")
    body = get(client, "/en/search/?q=script")
    assert "<script>alert(1)</script>" not in body
    assert "Scam &lt;script&gt;alert(1)&lt;/script&gt;" in body  # the title, escaped
    assert "<mark>script</mark>" in body


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["", "   ", "?!%$", "\x01\x02", "a" * 5000, "' OR 1=1 --"])
def test_empty_or_absurd_queries_get_a_helpful_page(client, site, query):
    response = client.get(f"/en/search/?q={query}")
    assert response.status_code == 200
    assert 'name="q"' in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["%00", "%F0%28%8C%BC"])
def test_unreadable_queries_get_a_clear_400_page_in_the_readers_language(client, site, query):
    from django.utils import translation

    response = client.get(f"/pl/search/?q={query}")
    assert response.status_code == 400
    html = response.content.decode()
    assert '<html lang="pl" dir="ltr">' in html and 'href="/pl/search/"' in html
    with translation.override("pl"):
        assert translation.gettext("This address is not valid") in html


@pytest.mark.django_db
def test_results_are_paginated_and_query_count_is_bounded(client, site):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for n in range(3):
        factories.alert(f"Phishing wave {n}")
    get(client, "/en/search/?q=phishing")
    with CaptureQueriesContext(connection) as few:
        get(client, "/en/search/?q=phishing")
    for n in range(3, 25):
        factories.alert(f"Phishing wave {n}")
    with CaptureQueriesContext(connection) as many:
        body = get(client, "/en/search/?q=phishing")
    assert "page=2" in body
    assert len(many) <= len(few) + 1  # the second page type loads when there is more
    assert get(client, "/en/search/?q=phishing&page=999").count("search-result__title") > 0


@pytest.mark.django_db
def test_search_results_show_withdrawn_and_expired_badges(client, site):
    from datetime import timedelta

    from django.utils import timezone

    factories.alert("Parcel scam withdrawn", status="withdrawn", withdrawn_reason="Genuine.")
    factories.alert("Parcel scam expired", issued_at=timezone.now() - timedelta(days=9),
                    expires_at=timezone.now() - timedelta(days=1))
    factories.alert("Parcel scam current")
    body = get(client, "/en/search/?q=parcel")
    results = {title: body[body.index(title):].split("</li>")[0]
               for title in ("Parcel scam withdrawn", "Parcel scam expired",
                             "Parcel scam current")}
    assert 'badge--withdrawn">Withdrawn<' in results["Parcel scam withdrawn"]
    assert 'badge--expired">Expired<' in results["Parcel scam expired"]
    assert "badge--" not in results["Parcel scam current"]


@pytest.mark.django_db
def test_the_migration_recomputes_search_text_stored_before_the_fallback(client, site):
    import importlib

    from django.apps import apps

    from alerts.models import AdvicePage, AlertPage

    migration = importlib.import_module("alerts.migrations.0004_search_text_with_english_fallback")
    alert = factories.alert("Fake courier texts", title_ar="رسائل بريد مزيفة",
                            summary="A courier text asks for a redelivery fee.")
    advice = factories.advice("Parcel scams", title_ar="احتيال الطرود",
                              summary="Never pay a redelivery fee by text.")
    # as stored before: the Arabic text held only the Arabic title
    AlertPage.objects.filter(pk=alert.pk).update(search_text_ar="رسائل بريد مزيفة")
    AdvicePage.objects.filter(pk=advice.pk).update(search_text_ar="احتيال الطرود")

    migration.recompute(apps, None)

    stored = AlertPage.objects.get(pk=alert.pk).search_text_ar
    assert stored.startswith("رسائل بريد مزيفة a courier text asks for a redelivery fee.")
    assert stored.endswith(alert.reference_code.casefold())
    assert "redelivery" in AdvicePage.objects.get(pk=advice.pk).search_text_ar
    body = get(client, "/ar/search/?q=redelivery")
    assert "رسائل بريد مزيفة" in body and "احتيال الطرود" in body
