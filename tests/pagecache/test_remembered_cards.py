"""Alert cards are remembered per worker (alerts/templatetags/alert_cards.py): the same HTML
as a fresh render, in the reader's language, and never stale after a publish, withdrawal
or expiry."""

import re
from datetime import timedelta

from django.utils import timezone, translation

from pagecache import generation
from tests import factories

BYPASS = {"Cookie": "fraudalert_flagged=1"}  # renders every time, as a cache miss does


def cards(client, url):
    response = client.get(url, headers=BYPASS)
    assert response.status_code == 200, url
    return re.findall(r'<li class="card .*?</li>', response.text, flags=re.S)


def test_remembered_cards_are_the_html_a_fresh_render_gives(client, site, settings):
    settings.PAGE_CACHE_GENERATION_POLL = 60  # as in production
    courier = factories.fraud_type("Courier fraud", slug="courier", name_ar="احتيال البريد")
    factories.alert("Fake couriers", fraud_types=[courier], title_ar="سعاة مزيفون",
                    severity="severe")
    factories.alert("Untranslated scam", expires_at=timezone.now() + timedelta(days=3))
    for url in ("/en/alerts/", "/ar/alerts/", "/en/", "/ar/"):
        remembered = cards(client, url)  # first render remembers,
        assert cards(client, url) == remembered  # the second is served from memory
        settings.PAGE_CACHE_ENABLED = False
        fresh = cards(client, url)
        settings.PAGE_CACHE_ENABLED = True
        assert len(fresh) == 2
        assert remembered == fresh, url
    arabic = cards(client, "/ar/alerts/")
    assert "سعاة مزيفون" in arabic[0] and "احتيال البريد" in arabic[0]
    assert 'lang="en"' in arabic[1]  # the untranslated title is marked as English
    assert "Fake couriers" in cards(client, "/en/alerts/")[0]


def test_a_published_edit_and_a_withdrawal_show_on_the_next_render(client, site):
    alert = factories.alert("Fake couriers")
    assert "Fake couriers" in cards(client, "/en/alerts/")[0]

    with translation.override("en"):
        alert.title_en = "Fake courier calls"
        alert.save_revision().publish()
    assert "Fake courier calls" in cards(client, "/en/alerts/")[0]

    with translation.override("en"):
        alert.status = "withdrawn"
        alert.withdrawn_reason_en = "Sent in error."
        alert.save_revision().publish()
    withdrawn = cards(client, "/en/alerts/?status=all")
    assert "Withdrawn" in withdrawn[0]


def test_an_alert_that_expires_gets_its_expired_badge_without_any_publish(client, site,
                                                                         settings):
    settings.PAGE_CACHE_GENERATION_POLL = 60
    alert = factories.alert("Fake couriers", expires_at=timezone.now() + timedelta(hours=1))
    assert "Expired" not in cards(client, "/en/alerts/?status=all")[0]
    before = generation.current()

    type(alert).objects.filter(pk=alert.pk).update(
        expires_at=timezone.now() - timedelta(minutes=1))  # time passes: no publish, no bump
    assert generation.current() == before
    assert "Expired" in cards(client, "/en/alerts/?status=all")[0]
