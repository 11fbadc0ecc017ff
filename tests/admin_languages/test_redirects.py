"""Per-language 301 redirects when a page's slug changes in any language (issue 11, point 7)."""

from django.utils import translation
from wagtail.contrib.redirects.models import Redirect

from tests import factories


def publish_with(page, **fields):
    """Publish a fresh copy of `page` with `fields` changed, as the editor would."""
    page = page.specific_class.objects.get(pk=page.pk)  # not a stale tree position
    with translation.override("en"):
        for name, value in fields.items():
            setattr(page, name, value)
        page.save_revision().publish()


def assert_moved(client, old, new):
    response = client.get(old)
    assert response.status_code == 301, (old, response.status_code)
    assert response["Location"] == new


def test_a_new_polish_slug_redirects_the_old_polish_url(client, site):
    page = factories.alert("Fake parcel texts", slug="fake-parcel-texts",
                           slug_pl="falszywe-sms", title_pl="Fałszywe SMS-y")
    publish_with(page, slug_pl="falszywe-sms-y-o-paczce")

    assert_moved(client, "/pl/alerts/falszywe-sms/", "/pl/alerts/falszywe-sms-y-o-paczce/")
    assert client.get("/pl/alerts/falszywe-sms-y-o-paczce/").status_code == 200
    # English and the languages falling back to it kept their URL: no redirect made for them.
    assert client.get("/en/alerts/fake-parcel-texts/").status_code == 200
    assert client.get("/cy/alerts/fake-parcel-texts/").status_code == 200
    assert not Redirect.objects.filter(old_path__startswith="/cy/").exists()


def test_a_new_polish_slug_on_the_index_redirects_its_children(client, site):
    _, alert_index, _ = site
    factories.alert("Courier scam", slug="courier-scam", slug_pl="oszustwo-na-kuriera")
    publish_with(alert_index, slug_pl="ostrzezenia")

    assert_moved(client, "/pl/alerts/", "/pl/ostrzezenia/")
    assert_moved(client, "/pl/alerts/oszustwo-na-kuriera/",
                 "/pl/ostrzezenia/oszustwo-na-kuriera/")
    assert client.get("/pl/ostrzezenia/oszustwo-na-kuriera/").status_code == 200
    assert client.get("/en/alerts/courier-scam/").status_code == 200


def test_a_new_english_slug_redirects_every_language_falling_back_to_it(client, site):
    _, alert_index, _ = site
    factories.alert("Bank impersonation", slug="bank-impersonation",
                    slug_pl="podszywanie-sie-pod-bank")
    publish_with(alert_index, slug="warnings")

    # Welsh has no slug of its own: it follows the English one, and so do its children.
    assert_moved(client, "/cy/alerts/", "/cy/warnings/")
    assert_moved(client, "/cy/alerts/bank-impersonation/", "/cy/warnings/bank-impersonation/")
    assert_moved(client, "/en/alerts/bank-impersonation/", "/en/warnings/bank-impersonation/")
    assert_moved(client, "/zh-hans/alerts/bank-impersonation/",
                 "/zh-hans/warnings/bank-impersonation/")
    # The child's Polish slug is its own, but its parent's Polish URL fell back to English.
    assert_moved(client, "/pl/alerts/podszywanie-sie-pod-bank/",
                 "/pl/warnings/podszywanie-sie-pod-bank/")
    assert client.get("/cy/warnings/bank-impersonation/").status_code == 200


def test_changing_a_slug_back_removes_the_redirect_and_publishing_twice_adds_none(client, site):
    page = factories.alert("Pension scam", slug="pension-scam", slug_pl="emerytura")
    publish_with(page, slug_pl="oszustwo-emerytalne")
    count = Redirect.objects.count()
    publish_with(page)  # nothing changed
    assert Redirect.objects.count() == count

    publish_with(page, slug_pl="emerytura")  # back to the first slug
    assert client.get("/pl/alerts/emerytura/").status_code == 200
    assert_moved(client, "/pl/alerts/oszustwo-emerytalne/", "/pl/alerts/emerytura/")
    assert not Redirect.objects.filter(old_path="/pl/alerts/emerytura").exists()
