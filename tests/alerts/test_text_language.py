"""Each text carries the lang/dir of the language it is shown in: English where the
reader's language has no text, the reader's own for interface text inside English fallback."""

import re

import pytest
from django.utils import timezone

from alerts.models import AlertUpdate
from tests import factories


def get(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def opening_tag(body, text):
    """The start tag of the element whose content begins with `text`."""
    found = re.search(r"<(\w+)([^<>]*)>\s*" + re.escape(text), body)
    assert found, text
    return found.group(0)


@pytest.mark.django_db
def test_alert_cards_mark_english_fallback_title_and_summary(client, site):
    factories.alert("Doorstep scam", summary="Someone knocks.")
    factories.alert("Parcel text", summary="A text about a parcel.",
                    title_ar="رسالة طرد", summary_ar="رسالة عن طرد.", slug_ar="rsala")
    body = get(client, "/ar/alerts/")
    assert 'lang="en" dir="ltr"' in opening_tag(body, '<a href="/ar/alerts/alert-')
    assert 'lang="en" dir="ltr"' in opening_tag(body, "Someone knocks.")
    assert 'lang="ar" dir="rtl"' in opening_tag(body, "رسالة عن طرد.")


@pytest.mark.django_db
def test_advice_cards_and_index_texts_mark_english_fallback(client, site):
    factories.advice("Romance scams", summary="They ask for money.")
    body = get(client, "/bn/advice/")
    assert 'lang="en" dir="ltr"' in opening_tag(body, "Prevention advice</h1>")
    assert 'lang="en" dir="ltr"' in opening_tag(body, "They ask for money.")
    assert 'lang="en" dir="ltr"' in opening_tag(body, '<a href="/bn/advice/advice-')
    alerts_body = get(client, "/bn/alerts/")
    assert 'lang="en" dir="ltr"' in opening_tag(alerts_body, "Fraud alerts</h1>")


@pytest.mark.django_db
def test_update_texts_withdrawal_reason_and_replacement_titles_mark_english_fallback(
    client, site
):
    old = factories.alert("Old warning", status="withdrawn",
                          withdrawn_reason="It was a genuine letter.")
    new = factories.alert("New warning", supersedes=old, title_pl="Nowe ostrzeżenie",
                          summary_pl="Nowe.", slug_pl="nowe")
    AlertUpdate.objects.create(page=new, date=timezone.now(), text="More areas affected.")
    AlertUpdate.objects.create(page=new, date=timezone.now(), text="Now by text.",
                               text_pl="Teraz SMS-em.")
    new_body = get(client, "/pl/alerts/nowe/")
    assert 'lang="en" dir="ltr"' in opening_tag(new_body, "More areas affected.")
    assert 'lang="pl" dir="ltr"' in opening_tag(new_body, "Teraz SMS-em.")
    assert 'lang="en" dir="ltr"' in opening_tag(new_body, "Old warning")
    old_body = get(client, f"/pl/alerts/{old.slug}/")
    assert 'lang="en" dir="ltr"' in opening_tag(old_body, "It was a genuine letter.")
    assert 'lang="pl" dir="ltr"' in opening_tag(old_body, "Nowe ostrzeżenie")


@pytest.mark.django_db
def test_interface_text_on_an_english_fallback_advice_page_keeps_the_readers_language(
    client, site
):
    scam = factories.fraud_type("Romance fraud", name_bn="রোমান্স প্রতারণা")
    page = factories.advice("Romance scams", fraud_types=[scam], body=[
        ("paragraph", "<p>Never send money.</p>"),
        ("report_it", {"extra": "<p>Tell your bank.</p>"}),
    ])
    body = get(client, f"/bn/advice/{page.slug}/")
    assert 'lang="en" dir="ltr"' in opening_tag(body, "<p>Never send money.")
    assert 'lang="bn" dir="ltr"' in opening_tag(body, '<span class="tag"')
    assert 'lang="bn" dir="ltr"' in opening_tag(body, "<h2>")
    assert '<section class="report-box" lang="bn" dir="ltr">' in body
    assert 'lang="en" dir="ltr"' in opening_tag(body, "<p>Tell your bank.")
