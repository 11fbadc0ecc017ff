""" "Seen a new scam?": the warning, scrubbing of card and phone numbers, plain text,
the honeypot and its own rate limit."""

import re

import pytest
from django.test import Client, override_settings

from flags.models import NewScamReport
from flags.scrubbing import CARD_MARKER, PHONE_MARKER, scrub
from tests.flags.conftest import IP

pytestmark = pytest.mark.django_db


def send(client, description, language="en", **extra):
    data = {
        "fraud_type": "",
        "channel": "",
        "region": "",
        "description": description,
        "website": "",
    }
    data.update(extra)
    return client.post(f"/{language}/flags/new-scam/", data, REMOTE_ADDR=IP)


@pytest.mark.parametrize(
    "language,warning",
    [
        ("en", "Do not include personal or bank details."),
        ("pl", "Nie podawaj danych osobowych ani bankowych."),
        ("ar", "لا تذكر"),
    ],
)
def test_form_warns_not_to_include_personal_or_bank_details(site, client, language, warning):
    response = client.get(f"/{language}/flags/new-scam/")
    html = response.content.decode()
    assert response.status_code == 200 and f'lang="{language}"' in html
    assert warning in html
    assert 'maxlength="500"' in html


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Card 4111 1111 1111 1111 was charged", f"Card {CARD_MARKER} was charged"),
        ("4111-1111-1111-1111", CARD_MARKER),
        ("number 5500000000000004.", f"number {CARD_MARKER}."),
        ("Amex 3782 822463 10005", f"Amex {CARD_MARKER}"),
        ("They rang from 07700 900123 twice", f"They rang from {PHONE_MARKER} twice"),
        ("call 020 7946 0958", f"call {PHONE_MARKER}"),
        ("+44 7700 900123", PHONE_MARKER),
        ("+44 (0)20 7946 0958 said", f"{PHONE_MARKER} said"),
        ("0044 20 7946 0958", PHONE_MARKER),
        ("+48 601 234 567 po polsku", f"{PHONE_MARKER} po polsku"),
        ("(01632) 960001", PHONE_MARKER),
        (
            "I paid £500 on 28-11-2026 at 14:30, ref FA-2026-0042",
            "I paid £500 on 28-11-2026 at 14:30, ref FA-2026-0042",
        ),
    ],
)
def test_card_and_phone_numbers_are_scrubbed(text, expected):
    assert scrub(text) == expected


def test_report_is_stored_scrubbed_as_plain_text_in_the_readers_language(scam, client):
    text = "Mężczyzna z 07700 900123 poprosił o kartę 4111 1111 1111 1111 <script>alert(1)</script>"
    response = send(
        client,
        text,
        "pl",
        fraud_type=scam["fraud_type"].pk,
        channel="phone_call",
        region=scam["region"].pk,
    )
    assert response.status_code == 302 and "/pl/flags/thank-you/" in response["Location"]
    report = NewScamReport.objects.get()
    assert "07700" not in report.description and "4111" not in report.description
    assert PHONE_MARKER in report.description and CARD_MARKER in report.description
    assert "<script>alert(1)</script>" in report.description  # stored as typed, plain text
    assert (report.language, report.fraud_type, report.channel, report.region, report.reviewed) == (
        "pl",
        scam["fraud_type"],
        "phone_call",
        scam["region"],
        False,
    )
    columns = {field.column for field in NewScamReport._meta.concrete_fields}
    assert columns == {
        "id",
        "fraud_type_id",
        "channel",
        "region_id",
        "language",
        "description",
        "reviewed",
        "alert_id",
        "created_on",
    }
    assert IP not in str(list(NewScamReport.objects.values()))


def test_not_sure_of_the_fraud_type_is_allowed(site, client):
    assert send(client, "A text about a parcel fee").status_code == 302
    assert NewScamReport.objects.get().fraud_type is None


@pytest.mark.parametrize("description", ["", "   ", "x" * 501])
def test_empty_or_too_long_description_is_a_400(site, client, description):
    response = send(client, description, "fr")
    assert response.status_code == 400 and 'lang="fr"' in response.content.decode()
    assert not NewScamReport.objects.exists()


def test_honeypot_filled_stores_nothing(site, client):
    assert send(client, "spam", website="http://spam.example").status_code == 302
    assert not NewScamReport.objects.exists()


@override_settings(FLAGS_NEW_SCAM_RATE_LIMIT=(2, 3600))
def test_new_scam_rate_limit_answers_429_in_the_readers_language(site):
    assert send(Client(), "one", "ar").status_code == 302
    assert send(Client(), "two", "ar").status_code == 302
    limited = send(Client(), "three", "ar")
    assert limited.status_code == 429 and 'dir="rtl"' in limited.content.decode()
    assert NewScamReport.objects.count() == 2


@override_settings(FLAGS_NEW_SCAM_RATE_LIMIT=(2, 3600))
def test_mistakes_do_not_count_and_the_limit_keeps_what_the_reader_wrote(site):
    for _ in range(4):
        assert send(Client(), "   ", "pl").status_code == 400
    assert send(Client(), "one", "pl").status_code == 302
    assert send(Client(), "two", "pl").status_code == 302
    limited = send(Client(), "A caller said my bank account was frozen", "pl")
    html = limited.content.decode()
    assert limited.status_code == 429 and limited["Retry-After"] == "3600"
    assert "<form" in html and "A caller said my bank account was frozen</textarea>" in html
    assert "Spróbuj ponownie później" in html
    assert NewScamReport.objects.count() == 2


def test_line_breaks_count_once_as_in_the_textarea(site, client):
    lines = ["x" * 44] * 11  # 484 characters and 10 line breaks: 494 for the browser
    assert send(client, "\r\n".join(lines)).status_code == 302
    assert NewScamReport.objects.get().description == "\n".join(lines)
    assert send(client, "\r".join(lines)).status_code == 302
    too_long = send(client, "\r\n".join(["x" * 49] * 10 + ["x"]))  # 501 for the browser
    assert too_long.status_code == 400 and "(it has 501)" in too_long.content.decode()


@pytest.mark.parametrize("language", ["ar", "ur", "zh-hans", "bn", "pl"])
def test_question_labels_get_no_colon_after_the_languages_own_question_mark(site, client,
                                                                           language):
    html = client.get(f"/{language}/flags/new-scam/").text
    labels = re.findall(r'<label for="id_(?:fraud_type|description)">([^<]*)</label>', html)
    assert len(labels) == 2, language
    for label in labels:
        assert not label.endswith(":"), (language, label)
        assert label[-1] in "?؟？", (language, label)
