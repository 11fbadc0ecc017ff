"""The accessibility statement at /<lang>/accessibility/ says what the UK accessibility
regulations ask for (GOV.UK's model statement): compliance status, known problems, how to
report a problem, the enforcement bodies for Great Britain and Northern Ireland, and when it
was prepared and reviewed, in the reader's language."""

import pytest
from django.utils import formats, translation

from fraudalert import accessibility_statement
from languages import supported

COMPLIANCE = "This website is partially compliant with WCAG 2.2 level AA."
KNOWN_PROBLEMS = "Problems we know about"
REPORT = "Tell us about a problem"


def statement(client, lang):
    response = client.get(f"/{lang}/accessibility/")
    assert response.status_code == 200
    return response.text


def in_language(lang, text):
    with translation.override(lang):
        return translation.gettext(text)


def long_date(lang, date):
    with translation.override(lang):
        return formats.date_format(date, "DATE_FORMAT")


@pytest.mark.django_db
@pytest.mark.parametrize("lang", ["en", "ar", "pl"])
def test_the_statement_gives_its_compliance_status_dates_enforcement_and_contact(client, lang):
    html = statement(client, lang)
    for text in (COMPLIANCE, KNOWN_PROBLEMS, REPORT):
        translated = in_language(lang, text)
        assert lang == "en" or translated != text, f"{text!r} is not translated into {lang}"
        assert translated in html

    prepared = long_date(lang, accessibility_statement.PREPARED)
    reviewed = long_date(lang, accessibility_statement.REVIEWED)
    assert lang == "en" or prepared != long_date("en", accessibility_statement.PREPARED)
    assert prepared in html and reviewed in html
    if lang == "en":
        assert "We prepared this statement on 28 November 2026." in html

    assert "ECNI" in html and "EHRC" in html and "EASS" in html
    assert 'href="https://www.equalityni.org/"' in html
    assert 'href="https://www.equalityadvisoryservice.com/"' in html
    assert html.count('href="mailto:accessibility@fraudalert.example"') == 2  # formats, report


@pytest.mark.django_db
def test_the_contact_address_is_the_configured_one(client, settings):
    settings.ACCESSIBILITY_CONTACT_EMAIL = "a11y@police.invalid"
    html = statement(client, "pl")
    assert html.count('<a href="mailto:a11y@police.invalid">a11y@police.invalid</a>') == 2
    assert "fraudalert.example" not in html


@pytest.mark.django_db
@pytest.mark.parametrize("lang", [language.code for language in supported.LANGUAGES])
def test_every_language_names_both_enforcement_bodies_and_the_contact(client, lang):
    html = statement(client, lang)
    assert "ECNI" in html and "EHRC" in html and "EASS" in html
    assert "mailto:accessibility@fraudalert.example" in html
    assert long_date(lang, accessibility_statement.REVIEWED) in html
