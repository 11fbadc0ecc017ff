import re

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from editorial.models import EditorProfile
from tests.editorial.conftest import ADMIN
from tests.factories import advice, alert

REPORT = f"{ADMIN}editorial/translations-needed/"


def rows(response):
    """(language code, page title, state label) for each row of the report table."""
    html = response.content.decode()
    body = html.split("<tbody>", 1)[1].split("</tbody>", 1)[0] if "<tbody>" in html else ""
    found = []
    for row in re.findall(r"<tr>(.*?)</tr>", body, re.S):
        code = re.search(r'lang="([^"]+)"', row).group(1)
        title = re.search(r'<td class="title">\s*<a [^>]*>([^<]+)</a>', row).group(1)
        cells = re.findall(r"<td>(.*?)</td>", row, re.S)
        state = re.sub(r"<[^>]+>", "", cells[2]).strip()  # language, type, state, date
        found.append((code, title.strip(), state))
    return found


def polish_missing_and_welsh_stale():
    """One page with Welsh but no Polish; one whose English changed after its Welsh."""
    no_polish = alert("Courier scam calls", title_cy="Galwadau sgam negesydd",
                      summary_cy="Mae twyllwyr yn esgus bod yn heddlu.")
    stale = advice("Pension fraud", title_cy="Twyll pensiwn",
                   summary_cy="Peidiwch byth â throsglwyddo eich pensiwn ar frys.",
                   title_pl="Oszustwa emerytalne", summary_pl="Nie przenoś emerytury w pośpiechu.")
    # The English changes and the Polish is brought up to date with it; the Welsh is not.
    stale.summary_en = "Never move your pension in a hurry, whatever the caller says."
    stale.summary_pl = "Nigdy nie przenoś emerytury w pośpiechu, cokolwiek mówi rozmówca."
    stale.save_revision().publish()
    stale.refresh_from_db()
    return no_polish, stale


def test_the_report_lists_a_page_whose_polish_is_missing_and_one_whose_welsh_is_stale(
        client, editorial, site_administrator):
    no_polish, stale = polish_missing_and_welsh_stale()
    assert no_polish.translation_state("pl") == "missing"
    assert stale.translation_state("cy") == "stale"
    assert stale.translation_state("pl") == "complete"
    client.force_login(site_administrator)

    polish = rows(client.get(REPORT, {"language": "pl"}))
    welsh = rows(client.get(REPORT, {"language": "cy"}))

    assert ("pl", "Courier scam calls", "Missing") in polish
    assert all(title != "Pension fraud" for _, title, _ in polish)  # its Polish is fine
    assert ("cy", "Pension fraud", "Out of date") in welsh
    assert all(title != "Courier scam calls" for _, title, _ in welsh)


def test_every_row_links_to_the_page_editor(client, editorial, site_administrator):
    no_polish, _ = polish_missing_and_welsh_stale()
    client.force_login(site_administrator)

    html = client.get(REPORT, {"language": "pl"}).content.decode()

    assert reverse("wagtailadmin_pages:edit", args=(no_polish.pk,)) in html


def test_the_state_filter_keeps_only_out_of_date_translations(
        client, editorial, site_administrator):
    polish_missing_and_welsh_stale()
    client.force_login(site_administrator)

    found = rows(client.get(REPORT, {"language": "all", "state": "stale"}))

    assert found and {state for _, _, state in found} == {"Out of date"}
    assert ("cy", "Pension fraud", "Out of date") in found


def test_a_translator_sees_their_working_languages_by_default(client, editorial, translator):
    polish_missing_and_welsh_stale()
    EditorProfile.objects.create(user=translator, working_languages=["cy"])
    client.force_login(translator)

    found = rows(client.get(REPORT))

    assert {code for code, _, _ in found} == {"cy"}
    assert ("cy", "Pension fraud", "Out of date") in found
    everyone = rows(client.get(REPORT, {"language": "all"}))
    assert {"cy", "pl"} <= {code for code, _, _ in everyone}


def test_an_unknown_language_is_a_bad_request(client, editorial, site_administrator):
    client.force_login(site_administrator)

    assert client.get(REPORT, {"language": "xx"}).status_code == 400
    assert client.get(REPORT, {"state": "perfect"}).status_code == 400


def test_the_report_is_for_editors_only(client, editorial):
    assert client.get(REPORT).status_code == 302  # to the login page
    assert "/login/" in client.get(REPORT)["Location"]


def test_the_report_query_count_does_not_grow_with_pages(client, editorial, site_administrator):
    polish_missing_and_welsh_stale()
    client.force_login(site_administrator)
    client.get(REPORT)  # warm caches (content types, permissions)
    with CaptureQueriesContext(connection) as few:
        client.get(REPORT)
    for n in range(6):
        alert(f"More alerts {n}")
        advice(f"More advice {n}")
    with CaptureQueriesContext(connection) as many:
        response = client.get(REPORT)

    assert len(rows(response)) > 40
    assert len(many) == len(few)


def test_the_edit_view_shows_each_languages_translation_state(
        client, editorial, prevention_editor):
    _, stale = polish_missing_and_welsh_stale()
    client.force_login(prevention_editor)

    html = client.get(reverse("wagtailadmin_pages:edit", args=(stale.pk,))).content.decode()

    assert 'data-language="cy" data-state="stale"' in html
    assert 'data-language="pl" data-state="complete"' in html
    assert 'data-language="ar" data-state="missing"' in html
    assert "Out of date" in html
    assert 'id="translation-status-heading"' in html


def test_an_editor_sets_their_working_languages_in_account_settings(client, editorial, translator):
    client.force_login(translator)
    page = client.get(f"{ADMIN}account/")
    assert "working_languages-working_languages" in page.content.decode()

    response = client.post(f"{ADMIN}account/", {
        "name_email-first_name": "Magda", "name_email-last_name": "Nowak",
        "name_email-email": translator.email,
        "working_languages-working_languages": ["pl", "cy"],
        "locale-preferred_language": "", "locale-current_time_zone": "",
        "theme-theme": "system", "theme-density": "default", "theme-contrast": "system",
        "theme-keyboard_shortcuts": "on",
    })

    assert response.status_code == 302, response.content.decode()[:2000]
    assert EditorProfile.languages_for(translator) == ["cy", "pl"]


def test_partnership_sees_the_partner_sourced_alerts_it_may_edit_and_no_others(
        client, editorial, partnership_editor, prevention_editor):
    from editorial.groups import PARTNERSHIP
    from tests.editorial.conftest import make_editor
    from tests.factories import partner

    colleague = make_editor("nia", PARTNERSHIP)
    bank = partner("Example Bank")
    alert("Bank impersonation calls", source_partner=bank, owner=colleague)
    alert("Own draft about couriers", owner=partnership_editor)
    alert("Romance scam on dating apps", owner=prevention_editor)
    advice("Pension fraud", owner=prevention_editor)
    client.force_login(partnership_editor)

    titles = {title for _, title, _ in rows(client.get(REPORT, {"language": "pl"}))}

    assert titles == {"Bank impersonation calls", "Own draft about couriers"}
