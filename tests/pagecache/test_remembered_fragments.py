"""What each worker remembers between renders (taxonomy terms, the flag form's fields) is
right for every page and language, costs no query once remembered, and is forgotten as soon
as a term is renamed, added or deleted."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from alerts.models import AlertPage
from alerts.taxonomy import attach_terms
from tests import factories

BYPASS = {"Cookie": "fraudalert_flagged=1"}  # renders every time, as a cache miss does


def render(client, url):
    response = client.get(url, headers=BYPASS)
    assert response.status_code == 200, url
    return response.text


def test_each_alert_gets_its_own_terms_in_the_taxonomys_order_in_one_query(site, settings):
    settings.PAGE_CACHE_GENERATION_POLL = 60  # as in production: not re-read per lookup
    courier = factories.fraud_type("Courier fraud", slug="courier", sort_order=2)
    romance = factories.fraud_type("Romance fraud", slug="romance", sort_order=1)
    older = factories.audience("Older people", slug="older-people")
    wales = factories.region("Wales", slug="wales")
    first = factories.alert("Fake couriers", fraud_types=[courier, romance], regions=[wales])
    second = factories.alert("Dating app scam", fraud_types=[romance], audiences=[older])
    third = factories.alert("No terms at all")
    alerts = list(AlertPage.objects.filter(pk__in=[first.pk, second.pk, third.pk])
                  .order_by("pk"))
    attach_terms(alerts, "fraud_types", "audiences", "regions")  # remembers the terms

    alerts = list(AlertPage.objects.filter(pk__in=[first.pk, second.pk, third.pk])
                  .order_by("pk"))
    with CaptureQueriesContext(connection) as queries:
        attach_terms(alerts, "fraud_types", "audiences", "regions")
        labels = [
            ([t.slug for t in a.fraud_types.all()], [t.slug for t in a.audiences.all()],
             [t.slug for t in a.regions.all()])
            for a in alerts
        ]
    assert labels == [
        (["romance", "courier"], [], ["wales"]),
        (["romance"], ["older-people"], []),
        ([], [], []),
    ]
    assert len(queries) == 1  # the link tables, all three in one


def test_a_renamed_term_shows_on_the_next_render_of_the_alert_and_the_list(client, site):
    courier = factories.fraud_type("Courier fraud", slug="courier")
    alert = factories.alert("Fake couriers", fraud_types=[courier])
    url = f"/en/alerts/{alert.slug}/"
    assert "Courier fraud" in render(client, url)
    assert "Courier fraud" in render(client, "/en/alerts/")

    courier.name_en = "Doorstep courier fraud"
    courier.save()

    assert "Doorstep courier fraud" in render(client, url)
    assert "Doorstep courier fraud" in render(client, "/en/alerts/")


def test_a_new_term_appears_in_the_filters_at_once(client, site):
    factories.alert("Fake couriers")
    assert "Investment fraud" not in render(client, "/en/alerts/")
    factories.fraud_type("Investment fraud", slug="investment")
    assert 'value="investment"' in render(client, "/en/alerts/")
    # and a filter by it is understood, not reported as unknown
    page = client.get("/en/alerts/?fraud_type=investment", headers=BYPASS).text
    assert "No alerts match these filters." in page


def test_the_flag_form_fields_are_in_the_readers_language_and_follow_the_regions(client, site):
    wales = factories.region("Wales", slug="wales", name_cy="Cymru")
    alert = factories.alert("Fake couriers")
    english = render(client, f"/en/alerts/{alert.slug}/")
    welsh = render(client, f"/cy/alerts/{alert.slug}/")
    assert f'<option value="{wales.pk}">Wales</option>' in english
    assert f'<option value="{wales.pk}">Cymru</option>' in welsh
    assert f'name="page" value="{alert.pk}"' in english

    with translation.override("en"):
        factories.region("Scotland", slug="scotland")
    other = factories.alert("Romance scam")
    page = render(client, f"/en/alerts/{other.slug}/")
    assert ">Scotland</option>" in page
    assert f'name="page" value="{other.pk}"' in page


def test_remembered_routes_follow_renames_translations_and_unpublishing(client, site):
    alert = factories.alert("Fake couriers", slug="fake-couriers")
    assert client.get("/en/alerts/fake-couriers/", headers=BYPASS).status_code == 200
    assert client.get("/pl/alerts/falszywi-kurierzy/", headers=BYPASS).status_code == 404

    with translation.override("en"):
        alert.slug_en = "fake-courier-calls"
        alert.slug_pl = "falszywi-kurierzy"
        alert.save_revision().publish()
    assert client.get("/en/alerts/fake-couriers/", headers=BYPASS).status_code in (301, 404)
    assert client.get("/en/alerts/fake-courier-calls/", headers=BYPASS).status_code == 200
    assert client.get("/pl/alerts/falszywi-kurierzy/", headers=BYPASS).status_code == 200

    alert.unpublish()
    assert client.get("/en/alerts/fake-courier-calls/", headers=BYPASS).status_code == 404
