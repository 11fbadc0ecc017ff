import pytest

from alerts.models import AlertPage
from tests import factories


@pytest.mark.django_db
def test_untranslated_alert_shows_english_marked_as_english_with_a_notice(client, site):
    page = factories.alert("Doorstep scam", summary="Someone knocks and asks for cash.")
    body = client.get(f"/pl/alerts/{page.slug}/").content.decode()
    assert '<div class="page-text" lang="en" dir="ltr">' in body
    assert "Someone knocks and asks for cash." in body
    assert "nie została jeszcze przetłumaczona" in body or "translated into" in body
    assert f'href="/en/alerts/{page.slug_en}/"' in body


@pytest.mark.django_db
def test_arabic_reader_of_untranslated_page_gets_ltr_english_text(client, site):
    page = factories.alert("Doorstep scam")
    body = client.get(f"/ar/alerts/{page.slug}/").content.decode()
    assert '<html lang="ar" dir="rtl">' in body
    assert 'lang="en" dir="ltr">Doorstep scam</h1>' in body


@pytest.mark.django_db
def test_translated_alert_has_no_fallback_notice(client, site):
    page = factories.alert("Doorstep scam", title_pl="Oszustwo na progu", summary_pl="Ktoś puka.",
                           slug_pl="oszustwo-na-progu")
    body = client.get("/pl/alerts/oszustwo-na-progu/").content.decode()
    assert "translation-notice" not in body
    assert 'lang="pl" dir="ltr">Oszustwo na progu</h1>' in body
    assert page.translation_state("pl") == "complete"


@pytest.mark.django_db
def test_changing_english_makes_translation_stale_and_retranslating_makes_it_complete(
    client, site
):
    page = factories.alert("Doorstep scam", title_pl="Oszustwo na progu", summary_pl="Ktoś puka.",
                           slug_pl="oszustwo-na-progu")
    assert page.translation_state("pl") == "complete"

    page.summary_en = "Someone knocks and asks for cash for roof repairs."
    page.save_revision().publish()
    page = AlertPage.objects.get(pk=page.pk)
    assert page.translation_state("pl") == "stale"
    body = client.get("/pl/alerts/oszustwo-na-progu/").content.decode()
    assert "translation-notice" in body and f'href="/en/alerts/{page.slug_en}/"' in body

    page.summary_pl = "Ktoś puka i prosi o gotówkę na naprawę dachu."
    page.save_revision().publish()
    page = AlertPage.objects.get(pk=page.pk)
    assert page.translation_state("pl") == "complete"
    body = client.get("/pl/alerts/oszustwo-na-progu/").content.decode()
    assert "translation-notice" not in body


@pytest.mark.django_db
def test_saving_a_draft_revision_does_not_change_translation_tracking(site):
    page = factories.alert("Doorstep scam", title_pl="Oszustwo", summary_pl="Ktoś puka.")
    page.summary_en = "Changed only in a draft."
    page.save_revision()
    assert AlertPage.objects.get(pk=page.pk).translation_state("pl") == "complete"


@pytest.mark.django_db
def test_advice_page_with_empty_body_in_a_language_is_missing_there(client, site):
    page = factories.advice("Romance scams", body=[("paragraph", "<p>They ask for money.</p>")])
    assert page.translation_state("cy") == "missing"
    body = client.get(f"/cy/advice/{page.slug}/").content.decode()
    assert "translation-notice" in body
    assert "They ask for money." in body


@pytest.mark.django_db
def test_index_and_home_pages_announce_their_english_texts(client, site):
    home, alert_index, advice_index = site
    for url in ("/gu/", "/gu/alerts/", "/gu/advice/", "/ar/alerts/"):
        body = client.get(url).text
        assert 'class="notice translation-notice" role="note"' in body, url
        assert 'href="/en/' in body.split("translation-notice", 1)[1].split("</p>", 1)[0], url
    assert "translation-notice" not in client.get("/en/alerts/").text

    # translated title and intro: no notice
    alert_index.title_gu = "છેતરપિંડીની ચેતવણીઓ"
    alert_index.intro_en = "Warnings about scams happening now."
    alert_index.intro_gu = "હાલમાં ચાલી રહેલી છેતરપિંડી વિશે ચેતવણીઓ."
    alert_index.save_revision().publish()
    assert "translation-notice" not in client.get("/gu/alerts/").text
    # the intro translated, the title not: still announced
    advice_index.intro_en = "How scams work."
    advice_index.intro_gu = "છેતરપિંડી કેવી રીતે કામ કરે છે."
    advice_index.save_revision().publish()
    assert "translation-notice" in client.get("/gu/advice/").text


@pytest.mark.django_db
def test_list_items_shown_in_english_say_so(client, site):
    factories.alert("Doorstep scam", slug="doorstep")
    factories.alert("Courier calls", title_ar="مكالمات ساعي البريد", summary_ar="يتصل شخص.")
    factories.advice("Pension fraud")
    cards = client.get("/ar/alerts/").text.split('<li class="card ')[1:]
    by_title = {("Doorstep" in card): card for card in cards}
    assert 'badge--language' in by_title[True] and "badge--language" not in by_title[False]
    assert "badge--language" in client.get("/ar/advice/").text
    assert "badge--language" not in client.get("/en/alerts/").text
    assert "badge--language" not in client.get("/en/advice/").text
