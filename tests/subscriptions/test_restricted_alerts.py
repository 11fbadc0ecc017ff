"""Alerts behind a password or a group restriction are not public: no alert email, no notice
of an update or withdrawal, and no place in a digest."""

from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.models import PageViewRestriction

from alerts.models import AlertPage, AlertUpdate
from subscriptions.models import Mailing
from subscriptions.tasks import deliver_mailing
from tests import factories
from tests.subscriptions.conftest import parts
from tests.subscriptions.test_lifecycle import confirm, subscribe


def publish(alert, **changes):
    page = AlertPage.objects.get(pk=alert.pk)
    for name, value in changes.items():
        setattr(page, name, value)
    page.save_revision().publish()
    return page


def restrict_to_a_group(page):
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.add(Group.objects.create(name=f"Staff of {page.pk}"))


def test_password_protected_alert_is_never_mailed(site, client, smtp):
    subscribe(client, "reader@example.org")
    confirm(client, smtp, "reader@example.org")
    draft = factories.alert("Internal briefing", publish=False)
    PageViewRestriction.objects.create(page=draft, restriction_type=PageViewRestriction.PASSWORD,
                                       password="secret-word")
    publish(draft)
    page = publish(draft, summary="A corrected summary.")
    page.updates.add(AlertUpdate(text="Staff only: more detail."))
    page.save_revision().publish()
    publish(draft, status=AlertPage.Status.WITHDRAWN, withdrawn_reason="Closed.")

    assert not Mailing.objects.filter(alert=draft).exists()
    assert len(smtp.to("reader@example.org")) == 1  # only the confirmation


def test_alert_in_a_group_restricted_section_is_never_mailed(site, client, smtp):
    subscribe(client, "reader@example.org")
    confirm(client, smtp, "reader@example.org")
    restrict_to_a_group(site[1])  # the whole alert index, so every alert below it
    hidden = factories.alert("Members only")

    assert not Mailing.objects.filter(alert=hidden).exists()
    assert len(smtp.to("reader@example.org")) == 1


def test_alert_restricted_after_it_was_sent_gets_no_notices(site, client, smtp):
    subscribe(client, "reader@example.org")
    confirm(client, smtp, "reader@example.org")
    alert = factories.alert("Gift card scam")
    assert len(smtp.to("reader@example.org")) == 2

    restrict_to_a_group(alert)
    page = AlertPage.objects.get(pk=alert.pk)
    page.updates.add(AlertUpdate(text="Internal note."))
    page.save_revision().publish()
    publish(alert, status=AlertPage.Status.WITHDRAWN, withdrawn_reason="Internal.")

    assert len(smtp.to("reader@example.org")) == 2
    assert not Mailing.objects.filter(alert=alert).exclude(kind=Mailing.Kind.ALERT).exists()


def test_digest_leaves_out_restricted_alerts(site, client, smtp):
    subscribe(client, "daily@example.org", frequency="daily")
    confirm(client, smtp, "daily@example.org")
    factories.alert("Open alert")
    hidden = factories.alert("Hidden alert")
    restrict_to_a_group(hidden)

    call_command("send_digests", "--frequency", "daily")
    [digest] = smtp.to("daily@example.org")[1:]
    text, html = parts(digest)
    assert "Open alert" in text
    assert "Hidden alert" not in text and "Hidden alert" not in html
    assert hidden.reference_code not in text


def test_digest_already_created_drops_an_alert_restricted_since(site, client, smtp):
    subscribe(client, "daily@example.org", frequency="daily")
    confirm(client, smtp, "daily@example.org")
    alert = factories.alert("Restricted later")
    mailing = Mailing.objects.create(kind=Mailing.Kind.DIGEST, frequency="daily", key="x")
    mailing.alerts.set([alert])
    restrict_to_a_group(alert)  # after the digest was planned, before it went out

    deliver_mailing.enqueue(mailing.pk)
    assert len(smtp.to("daily@example.org")) == 1
