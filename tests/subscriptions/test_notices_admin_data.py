"""Update and withdrawal notices, the editors' counts view, and export/erase of one
subscriber."""

import json
from io import StringIO

import pytest
from django.contrib.auth.models import Permission, User
from django.core.management import call_command
from django.core.management.base import CommandError

from alerts.models import AlertPage, AlertUpdate
from subscriptions.models import Subscriber, Suppression, address_hash
from tests import factories
from tests.subscriptions.test_lifecycle import confirm, subscribe


def republish(alert, **changes):
    page = AlertPage.objects.get(pk=alert.pk)
    for name, value in changes.items():
        setattr(page, name, value)
    page.save_revision().publish()
    return page


def test_update_and_withdrawal_are_told_once_to_those_who_received_it(site, client, smtp):
    subscribe(client, "early@example.org")
    confirm(client, smtp, "early@example.org")
    alert = factories.alert("Ticket scam")
    subscribe(client, "later@example.org")
    confirm(client, smtp, "later@example.org")

    republish(alert)  # nothing new: no notice
    page = AlertPage.objects.get(pk=alert.pk)
    page.updates.add(AlertUpdate(text="Now also by text message."))
    page.save_revision().publish()
    republish(alert)  # the same update again: no second notice
    republish(alert, status=AlertPage.Status.WITHDRAWN, withdrawn_reason="Resolved.")
    republish(alert)

    subjects = [m["Subject"] for m in smtp.to("early@example.org")[1:]]
    assert len(subjects) == 3
    assert "updated" in subjects[1] and "withdrawn" in subjects[2]
    assert len(smtp.to("later@example.org")) == 1  # only its confirmation


def test_counts_view_needs_the_permission_and_shows_no_addresses(site, client, smtp):
    subscribe(client, "counted@example.org", language="so")
    confirm(client, smtp, "counted@example.org")
    editor = User.objects.create_user("editor", password="x" * 12)
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)
    assert client.get("/admin/subscribers/").status_code in (302, 403)
    editor.user_permissions.add(Permission.objects.get(codename="view_subscriber_counts"))
    editor = User.objects.get(pk=editor.pk)
    client.force_login(editor)
    response = client.get("/admin/subscribers/")
    assert response.status_code == 200
    body = response.content.decode()
    assert "counted@example.org" not in body
    assert "Soomaali" in body


def test_export_and_erase_one_subscriber(site, client, smtp):
    subscribe(client, "me@example.org", organisation="Tenants' association")
    confirm(client, smtp, "me@example.org")
    factories.alert("Rent scam")
    out = StringIO()
    call_command("subscriber_data", "export", "ME@example.org", stdout=out)
    data = json.loads(out.getvalue())
    assert data["organisation"] == "Tenants' association"
    assert [e["state"] for e in data["emails_sent"]] == ["sent"]
    call_command("subscriber_data", "erase", "me@example.org", stdout=StringIO())
    assert not Subscriber.objects.exists()
    assert Suppression.objects.filter(email_hash=address_hash("me@example.org")).exists()
    with pytest.raises(CommandError):
        call_command("subscriber_data", "export", "me@example.org")
