"""Django ships no Somali or Gujarati catalog: its form errors and month names come from ours,
and so, gu, ur and pa dates are day-first (languages/django_messages.py, languages/formats/)."""

from datetime import UTC, datetime

import pytest

from tests import factories

ISSUED = datetime(2026, 10, 27, 12, 0, tzinfo=UTC)


@pytest.mark.django_db
@pytest.mark.parametrize(("code", "expected"), [
    ("so", "27 Oktoobar 2026"),
    ("gu", "27 ઑક્ટોબર, 2026"),
    ("ur", "27 اکتوبر، 2026"),
    ("pa", "27 ਅਕਤੂਬਰ 2026"),
    ("en", "27 October 2026"),
])
def test_alert_date_has_local_month_name_day_first(client, site, code, expected):
    page = factories.alert("Fake parcel texts", slug="fake-parcel-texts", issued_at=ISSUED)
    response = client.get(f"/{code}/alerts/{page.slug}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f">{expected}</time>" in html
    assert "Oct." not in html and "October 27" not in html


def _subscribe(client, code, **data):
    fields = {"email": "", "language": code, "scope": "all", "frequency": "immediate",
              "organisation": "", "website": "", **data}
    response = client.post(f"/{code}/subscribe/", fields)
    assert response.status_code == 400
    return response.content.decode()


@pytest.mark.django_db
def test_subscribe_form_errors_in_somali(client, site):
    html = _subscribe(client, "so")
    assert "Goobtan waa in la buuxiyaa." in html
    assert "This field is required." not in html

    html = _subscribe(client, "so", email="not-an-address", organisation="x" * 201)
    assert "Geli cinwaan iimayl oo sax ah." in html
    assert "ugu badnaan 200 xaraf (wuxuu leeyahay 201)" in html

    html = _subscribe(client, "so", email="reader@example.org", frequency="hourly")
    assert "Dooro ikhtiyaar sax ah. hourly kama mid aha" in html


@pytest.mark.django_db
def test_subscribe_form_errors_in_gujarati(client, site):
    html = _subscribe(client, "gu", email="not-an-address")
    assert "માન્ય ઇમેઇલ સરનામું દાખલ કરો." in html
    html = _subscribe(client, "gu")
    assert "આ ખાનું ભરવું જરૂરી છે." in html


@pytest.mark.django_db
def test_other_languages_keep_djangos_own_translation(client, site):
    html = _subscribe(client, "fr")
    assert "Ce champ est obligatoire." in html
