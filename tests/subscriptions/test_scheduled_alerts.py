"""A scheduled alert is mailed when it goes live, not when it is approved."""

import time
from datetime import timedelta

from django.core.management import call_command
from django.utils import timezone

from alerts.models import AlertPage
from subscriptions.models import Mailing
from tests import factories
from tests.subscriptions.conftest import parts
from tests.subscriptions.test_lifecycle import confirm, subscribe


def test_a_scheduled_alert_is_mailed_at_go_live_not_at_approval(site, client, smtp):
    subscribe(client, "reader@example.org")
    confirm(client, smtp, "reader@example.org")
    draft = factories.alert("Fake energy rebate calls", slug="energy-rebate", publish=False)
    page = AlertPage.objects.get(pk=draft.pk)
    page.go_live_at = timezone.now() + timedelta(seconds=2)
    page.save_revision().publish()  # what the final approval does

    page.refresh_from_db()
    assert not page.live
    assert not Mailing.objects.filter(alert=page).exists()
    assert len(smtp.to("reader@example.org")) == 1  # only the confirmation

    # go-live time passes: the scheduled publish makes it live, and it is mailed then, once
    time.sleep(2.5)
    call_command("publish_scheduled")
    page.refresh_from_db()
    assert page.live
    assert Mailing.objects.filter(alert=page, kind=Mailing.Kind.ALERT).count() == 1
    mails = smtp.to("reader@example.org")
    assert len(mails) == 2
    assert "Fake energy rebate calls" in parts(mails[-1])[0]
    assert client.get("/en/alerts/energy-rebate/").status_code == 200
