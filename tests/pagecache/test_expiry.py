"""A stored page lives no longer than the next alert expiry, so expired alerts leave on time."""

import time
from datetime import timedelta

from django.utils import timezone

from pagecache import expiry, generation
from tests import factories


def test_the_time_to_live_stops_at_the_soonest_expiry(site, settings):
    settings.PAGE_CACHE_TTL = 600
    factories.alert("Later", expires_at=timezone.now() + timedelta(seconds=400))
    factories.alert("Sooner", expires_at=timezone.now() + timedelta(seconds=90))
    factories.alert("Already expired", expires_at=timezone.now() - timedelta(seconds=5))

    ttl = expiry.time_to_live(generation.current())
    assert 85 <= ttl <= 90


def test_without_expiring_alerts_the_default_time_to_live_applies(site, settings):
    settings.PAGE_CACHE_TTL = 600
    factories.alert("No expiry")
    assert expiry.time_to_live(generation.current()) == 600


def test_an_alert_leaves_the_stored_list_when_it_expires(client, site):
    alert = factories.alert("Short-lived scam", expires_at=timezone.now() + timedelta(seconds=4))
    listing = client.get("/en/alerts/")
    assert "Short-lived scam" in listing.text
    assert client.get("/en/alerts/")["X-Cache"] == "HIT"

    time.sleep(max(0, (alert.expires_at - timezone.now()).total_seconds()) + 0.2)

    listing = client.get("/en/alerts/")
    assert listing["X-Cache"] == "MISS"
    assert "Short-lived scam" not in listing.text
