from datetime import timedelta

from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import PageLogEntry

from alerts.models import AdvicePage, AlertPage
from tests.editorial.admin_forms import advice_form_data
from tests.editorial.conftest import ADMIN
from tests.editorial.test_alert_review import act, create_and_submit


def admin_datetime(value):
    return timezone.localtime(value).strftime("%Y-%m-%d %H:%M")


def publish_scheduled_at(monkeypatch, moment):
    """Run `publish_scheduled` as cron would, at `moment`."""
    with monkeypatch.context() as patch:
        patch.setattr(timezone, "now", lambda: moment)
        call_command("publish_scheduled")


def test_scheduled_advice_goes_live_when_publish_scheduled_runs_after_its_time(
        client, editorial, prevention_editor, prevention_reviewer, monkeypatch):
    _, _, advice_index = editorial
    go_live = timezone.now() + timedelta(days=1)
    client.force_login(prevention_editor)
    data = advice_form_data(prevention_editor, advice_index, title_en="Ticket fraud",
                            slug_en="ticket-fraud", summary_en="Fake tickets sold online.",
                            go_live_at=admin_datetime(go_live))
    data["action-submit"] = "Submit for moderation"
    url = reverse("wagtailadmin_pages:add", args=("alerts", "advicepage", advice_index.pk))
    assert client.post(url, data).status_code == 302
    page = AdvicePage.objects.get(slug_en="ticket-fraud")

    act(client, prevention_reviewer, page, "approve")  # "Advice review" has one task
    page.refresh_from_db()
    assert not page.live
    assert page.get_latest_revision().approved_go_live_at is not None

    publish_scheduled_at(monkeypatch, go_live - timedelta(minutes=5))
    page.refresh_from_db()
    assert not page.live

    publish_scheduled_at(monkeypatch, go_live + timedelta(minutes=1))
    page.refresh_from_db()
    assert page.live


def test_a_scheduled_alert_is_published_by_publish_scheduled(monkeypatch, editorial):
    from tests.factories import alert

    go_live = timezone.now() + timedelta(hours=2)
    page = alert("Fake energy rebate emails", publish=False, go_live_at=go_live)
    page.get_latest_revision().publish()  # approved, waiting for its time
    page.refresh_from_db()
    assert not page.live

    publish_scheduled_at(monkeypatch, go_live + timedelta(minutes=1))

    page.refresh_from_db()
    assert page.live


def test_an_alert_past_its_expire_at_is_unpublished_by_publish_scheduled(
        monkeypatch, editorial):
    from tests.factories import alert

    page = alert("Old lottery scam")
    AlertPage.objects.filter(pk=page.pk).update(expire_at=timezone.now() + timedelta(days=30))

    publish_scheduled_at(monkeypatch, timezone.now() + timedelta(days=31))

    page.refresh_from_db()
    assert not page.live
    assert page.expired


def test_the_audit_log_records_who_created_submitted_approved_and_published(
        client, editorial, prevention_editor, prevention_reviewer, partnership_editor,
        site_administrator):
    _, alert_index, _ = editorial
    page = create_and_submit(client, prevention_editor, alert_index)
    act(client, prevention_reviewer, page, "approve")
    act(client, partnership_editor, page, "approve")

    log = list(PageLogEntry.objects.filter(page=page).order_by("timestamp", "pk")
               .values_list("action", "user__username"))
    assert ("wagtail.create", "priya") in log
    assert ("wagtail.workflow.start", "priya") in log
    assert ("wagtail.workflow.approve", "rhys") in log
    assert ("wagtail.workflow.approve", "owen") in log
    assert ("wagtail.publish", "owen") in log

    client.force_login(site_administrator)
    history = client.get(f"{ADMIN}reports/site-history/")
    assert history.status_code == 200
    html = history.content.decode()
    assert "Fake parcel delivery texts" in html
    assert "Approved by" in html or "approve" in html.lower()


def test_the_audit_log_records_a_rejection_with_its_reviewer(
        client, editorial, prevention_editor, prevention_reviewer):
    _, alert_index, _ = editorial
    page = create_and_submit(client, prevention_editor, alert_index)

    act(client, prevention_reviewer, page, "reject", comment="Add the fake sender address.")

    entry = PageLogEntry.objects.get(page=page, action="wagtail.workflow.reject")
    assert entry.user == prevention_reviewer
    assert entry.data["comment"] == "Add the fake sender address."


def test_a_scheduled_alert_is_issued_when_it_goes_live_not_when_it_was_drafted(
        monkeypatch, editorial):
    from tests.factories import alert

    go_live = (timezone.now() + timedelta(days=7)).replace(second=0, microsecond=0)
    page = alert("Fake energy rebate emails", publish=False, go_live_at=go_live,
                 issued_at=timezone.now())
    page.get_latest_revision().publish()
    publish_scheduled_at(monkeypatch, go_live + timedelta(minutes=1))

    page = AlertPage.objects.get(pk=page.pk)
    assert page.live
    assert page.issued_at == go_live


def test_a_scheduled_change_to_a_live_alert_keeps_its_issue_date(monkeypatch, editorial):
    from tests.factories import alert

    issued = (timezone.now() - timedelta(days=60)).replace(second=0, microsecond=0)
    page = alert("Pension unlocking calls", issued_at=issued)
    assert page.live and page.issued_at == issued
    go_live = (timezone.now() + timedelta(days=1)).replace(second=0, microsecond=0)
    page = AlertPage.objects.get(pk=page.pk)
    page.summary_en = "Callers now also claim to be from the pension regulator."
    page.go_live_at = go_live
    page.save_revision().publish()  # a change approved for tomorrow
    publish_scheduled_at(monkeypatch, go_live + timedelta(minutes=1))

    page = AlertPage.objects.get(pk=page.pk)
    assert page.summary_en.startswith("Callers now also claim")  # the change went live
    assert page.issued_at == issued  # readers saw it two months ago


def test_a_go_live_after_the_expiry_is_a_form_error_and_saves_nothing(
        client, editorial, prevention_editor):
    from tests.editorial.admin_forms import alert_form_data

    _, alert_index, _ = editorial
    now = timezone.now()
    client.force_login(prevention_editor)
    data = alert_form_data(prevention_editor, alert_index, title_en="Expires before it starts",
                           slug_en="expires-early", summary_en="A scheduling mistake.",
                           issued_at=admin_datetime(now),
                           expires_at=admin_datetime(now + timedelta(hours=1)),
                           go_live_at=admin_datetime(now + timedelta(hours=2)))
    data["action-submit"] = "Submit for moderation"
    url = reverse("wagtailadmin_pages:add", args=("alerts", "alertpage", alert_index.pk))

    response = client.post(url, data)

    assert response.status_code == 200
    assert "The expiry must be after the go-live date" in response.text
    assert not AlertPage.objects.filter(slug_en="expires-early").exists()
