"""An alert's way through the real admin: written by the Prevention Unit, reviewed by the
Prevention Unit, signed off by the Partnership Development Unit, then live."""

from django.core import mail
from django.urls import reverse
from wagtail.models import PageLogEntry, TaskState, WorkflowState

from alerts.models import AlertPage
from tests.editorial.admin_forms import alert_form_data, rendered_form_data
from tests.editorial.conftest import ADMIN


def add_url(parent):
    url = reverse("wagtailadmin_pages:add", args=("alerts", "alertpage", parent.pk))
    assert url.startswith(ADMIN)  # under settings.ADMIN_PATH
    return url


def create_and_submit(client, user, alert_index, title="Fake parcel delivery texts",
                      update=None):
    client.force_login(user)
    data = alert_form_data(
        user, alert_index,
        title_en=title, slug_en="fake-parcel-texts",
        summary_en="Texts claiming a parcel is waiting ask for a small fee.",
        body_en="<p>The link leads to a fake payment page.</p>",
        severity="severe",
    )
    if update:  # one update, as the editor adds it with "Add updates"
        data.update({"updates-TOTAL_FORMS": "1", "updates-0-id": "", "updates-0-ORDER": "1",
                     "updates-0-DELETE": "", "updates-0-date": "2026-11-20 10:15",
                     "updates-0-text_en": update})
    data["action-submit"] = "Submit for moderation"
    response = client.post(add_url(alert_index), data)
    assert response.status_code == 302, response.context and response.context["form"].errors
    return AlertPage.objects.get(slug_en="fake-parcel-texts")


def current_task_state(page):
    state = WorkflowState.objects.active().get(base_content_type__isnull=False,
                                               object_id=str(page.pk))
    return state.current_task_state


def act(client, user, page, action, **data):
    client.force_login(user)
    task_state = current_task_state(page)
    url = reverse("wagtailadmin_pages:workflow_action", args=(page.pk, action, task_state.pk))
    return client.post(url, data)


def test_an_alert_goes_live_only_after_prevention_review_and_partnership_sign_off(
        client, editorial, prevention_editor, prevention_reviewer, partnership_editor):
    _, alert_index, _ = editorial
    page = create_and_submit(client, prevention_editor, alert_index)

    assert not page.live
    task_state = current_task_state(page)
    assert task_state.task.name == "Prevention Unit review"
    assert client.get(f"/en/alerts/{page.slug}/").status_code == 404

    response = act(client, prevention_reviewer, page, "approve")
    assert response.status_code == 302
    page.refresh_from_db()
    assert not page.live
    assert current_task_state(page).task.name == "Partnership Development Unit sign-off"

    response = act(client, partnership_editor, page, "approve")
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.live
    assert WorkflowState.objects.get(object_id=str(page.pk)).status == "approved"
    assert client.get(f"/en/alerts/{page.slug}/").status_code == 200


def approve_from_the_edit_page(client, user, page, alert_index):
    """What a reviewer does in the editor: open the alert, change nothing, press Approve."""
    client.force_login(user)
    edit_url = reverse("wagtailadmin_pages:edit", args=(page.pk,))
    data = rendered_form_data(client.get(edit_url).text)
    data["action-workflow-action"] = "true"
    data["workflow-action-name"] = "approve"
    response = client.post(edit_url, data)
    assert response.status_code == 302, response.context and response.context["form"].errors
    return response


def test_approving_from_the_edit_page_moves_the_alert_on_without_a_new_revision(
        client, editorial, prevention_editor, prevention_reviewer, partnership_editor):
    _, alert_index, _ = editorial
    page = create_and_submit(client, prevention_editor, alert_index,
                             update="Criminals now also send emails.")
    assert len(page.get_latest_revision_as_object().updates.all()) == 1
    revisions = page.revisions.count()

    approve_from_the_edit_page(client, prevention_reviewer, page, alert_index)
    assert current_task_state(page).task.name == "Partnership Development Unit sign-off"
    approve_from_the_edit_page(client, partnership_editor, page, alert_index)

    page.refresh_from_db()
    assert page.live
    assert page.revisions.count() == revisions  # nothing was changed, nothing was saved


def test_the_partnership_unit_cannot_approve_the_prevention_review(
        client, editorial, prevention_editor, partnership_editor):
    _, alert_index, _ = editorial
    page = create_and_submit(client, prevention_editor, alert_index)

    response = act(client, partnership_editor, page, "approve")

    # Wagtail answers a refused admin action with a redirect to the dashboard.
    assert response.status_code == 302 and response["Location"] == ADMIN
    assert current_task_state(page).task.name == "Prevention Unit review"


def test_a_rejection_sends_the_alert_back_with_a_comment(
        client, editorial, prevention_editor, prevention_reviewer):
    _, alert_index, _ = editorial
    page = create_and_submit(client, prevention_editor, alert_index)
    task_state = current_task_state(page)

    response = act(client, prevention_reviewer, page, "reject",
                   comment="Please name the courier companies being impersonated.")

    assert response.status_code == 302
    task_state.refresh_from_db()
    assert task_state.status == TaskState.STATUS_REJECTED
    assert task_state.comment == "Please name the courier companies being impersonated."
    page.refresh_from_db()
    assert not page.live
    assert WorkflowState.objects.get(object_id=str(page.pk)).status == "needs_changes"
    # The author sees the comment on the page's edit view.
    client.force_login(prevention_editor)
    edit = client.get(reverse("wagtailadmin_pages:edit", args=(page.pk,)))
    assert edit.status_code == 200
    assert "Please name the courier companies being impersonated." in edit.content.decode()


def test_reviewers_are_emailed_when_an_alert_is_submitted(
        client, editorial, prevention_editor, prevention_reviewer, partnership_editor):
    _, alert_index, _ = editorial
    mail.outbox.clear()

    create_and_submit(client, prevention_editor, alert_index)

    recipients = {address for message in mail.outbox for address in message.to}
    assert prevention_reviewer.email in recipients
    assert partnership_editor.email not in recipients  # not their task yet
    assert any("Fake parcel delivery texts" in message.subject for message in mail.outbox)


def test_a_translator_cannot_publish(client, editorial, translator):
    from tests.factories import alert

    page = alert("Romance scam on dating apps", slug="romance-dating")
    client.force_login(translator)
    data = alert_form_data(translator, page.get_parent(), instance=page,
                           title_en=page.title, slug_en=page.slug,
                           summary_en=page.summary, title_pl="Oszustwo matrymonialne",
                           summary_pl="Oszuści udają zakochanych.")
    data["action-publish"] = "Publish"

    edit_url = reverse("wagtailadmin_pages:edit", args=(page.pk,))
    assert client.get(edit_url).status_code == 200
    response = client.post(edit_url, data)

    assert response.status_code in (302, 403)
    page.refresh_from_db()
    assert page.title_pl in ("", None)  # the live version has no Polish
    assert not PageLogEntry.objects.filter(page=page, action="wagtail.publish",
                                           user=translator).exists()
    assert not page.permissions_for_user(translator).can_publish()
    # Their Polish is kept as a draft for review.
    assert page.get_latest_revision().as_object().title_pl == "Oszustwo matrymonialne"


def test_a_partnership_editor_cannot_edit_advice(client, editorial, partnership_editor):
    from tests.factories import advice

    page = advice("Courier fraud")
    client.force_login(partnership_editor)

    response = client.get(reverse("wagtailadmin_pages:edit", args=(page.pk,)))
    assert response.status_code in (302, 403)
    add = client.get(reverse("wagtailadmin_pages:add",
                             args=("alerts", "advicepage", page.get_parent().pk)))
    assert add.status_code in (302, 403)


def test_a_partnership_editor_can_write_a_partner_sourced_alert(
        client, editorial, partnership_editor):
    from tests.factories import partner

    _, alert_index, _ = editorial
    bank = partner("Example Bank")
    client.force_login(partnership_editor)
    data = alert_form_data(partnership_editor, alert_index, title_en="Bank impersonation calls",
                           slug_en="bank-calls", summary_en="Callers pretend to be the bank.",
                           source_partner=str(bank.pk))
    data["action-submit"] = "Submit for moderation"

    response = client.post(add_url(alert_index), data)

    assert response.status_code == 302
    page = AlertPage.objects.get(slug_en="bank-calls")
    assert page.source_partner == bank
    assert not page.live
    assert current_task_state(page).task.name == "Prevention Unit review"


def test_subscribers_are_emailed_once_when_the_sign_off_publishes_the_alert(
        client, editorial, prevention_editor, prevention_reviewer, partnership_editor):
    from django.utils import timezone

    from subscriptions.models import Subscriber

    _, alert_index, _ = editorial
    Subscriber.objects.create(email="reader@example.org", language="en",
                              confirmed_at=timezone.now())
    Subscriber.objects.create(email="unconfirmed@example.org", language="en")
    page = create_and_submit(client, prevention_editor, alert_index)
    act(client, prevention_reviewer, page, "approve")

    def alert_emails():
        return [message for message in mail.outbox
                if "reader@example.org" in message.to or "unconfirmed@example.org" in message.to]

    mail.outbox.clear()
    assert alert_emails() == []
    act(client, partnership_editor, page, "approve")  # publishes: the task backend runs now
    page.refresh_from_db()
    assert page.live

    sent = alert_emails()
    assert [message.to for message in sent] == [["reader@example.org"]]
    assert page.reference_code in sent[0].body
    # publishing the same revision again sends nothing more
    page.get_latest_revision().publish()
    assert len(alert_emails()) == 1
