"""Who may do what to a page under review, through the real admin views: nobody approves
their own submission, and a unit cannot lock pages it cannot edit."""

from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from wagtail.models import GroupApprovalTask, Task

from alerts.models import AdvicePage, AlertPage
from editorial.models import PeerReviewTask
from editorial.setup import setup_editorial
from editorial.workflows import PREVENTION_REVIEW
from tests.editorial.admin_forms import advice_form_data, alert_form_data
from tests.editorial.conftest import ADMIN
from tests.editorial.test_alert_review import act, add_url, current_task_state


def test_the_partnership_unit_cannot_lock_an_alert_it_cannot_edit(
        client, editorial, prevention_editor, partnership_editor):
    from tests.factories import alert

    page = alert("Romance scam on dating apps", slug="romance-dating")
    client.force_login(partnership_editor)
    assert not page.permissions_for_user(partnership_editor).can_edit()

    response = client.post(reverse("wagtailadmin_pages:lock", args=(page.pk,)))

    assert response.status_code in (302, 403)
    page.refresh_from_db()
    assert not page.locked
    # and Prevention still can lock it (and unlock what it locked)
    client.force_login(prevention_editor)
    client.post(reverse("wagtailadmin_pages:lock", args=(page.pk,)))
    page.refresh_from_db()
    assert page.locked and page.locked_by == prevention_editor


def submit_advice(client, user, advice_index):
    client.force_login(user)
    data = advice_form_data(user, advice_index, title_en="Ticket fraud", slug_en="ticket-fraud",
                            summary_en="Fake tickets sold online.")
    data["action-submit"] = "Submit for moderation"
    url = reverse("wagtailadmin_pages:add", args=("alerts", "advicepage", advice_index.pk))
    assert client.post(url, data).status_code == 302
    return AdvicePage.objects.get(slug_en="ticket-fraud")


def test_a_prevention_editor_cannot_approve_their_own_advice(
        client, editorial, prevention_editor, prevention_reviewer):
    _, _, advice_index = editorial
    page = submit_advice(client, prevention_editor, advice_index)

    # not on their dashboard, no approve button, and the action itself is refused
    approve_url = reverse("wagtailadmin_pages:workflow_action",
                          args=(page.pk, "approve", current_task_state(page).pk))
    assert approve_url not in client.get(ADMIN).content.decode()
    edit = client.get(reverse("wagtailadmin_pages:edit", args=(page.pk,))).content.decode()
    assert 'value="approve"' not in edit
    response = act(client, prevention_editor, page, "approve")
    assert response.status_code in (302, 403)
    page.refresh_from_db()
    assert not page.live
    assert current_task_state(page).task.name == "Prevention Unit review"

    # another member of the unit reviews it
    assert approve_url in client_for(client, prevention_reviewer).get(ADMIN).content.decode()
    assert act(client, prevention_reviewer, page, "approve").status_code == 302
    page.refresh_from_db()
    assert page.live


def client_for(client, user):
    client.force_login(user)
    return client


def test_the_author_of_an_alert_cannot_sign_it_off(
        client, editorial, prevention_editor, partnership_editor, site_administrator):
    from tests.factories import partner

    _, alert_index, _ = editorial
    client.force_login(partnership_editor)
    data = alert_form_data(partnership_editor, alert_index, title_en="Bank impersonation calls",
                           slug_en="bank-calls", summary_en="Callers pretend to be the bank.",
                           source_partner=str(partner("Example Bank").pk))
    data["action-submit"] = "Submit for moderation"
    assert client.post(add_url(alert_index), data).status_code == 302
    page = AlertPage.objects.get(slug_en="bank-calls")

    assert act(client, prevention_editor, page, "approve").status_code == 302
    assert current_task_state(page).task.name == "Partnership Development Unit sign-off"

    response = act(client, partnership_editor, page, "approve")
    assert response.status_code in (302, 403)
    page.refresh_from_db()
    assert not page.live
    assert current_task_state(page).task.name == "Partnership Development Unit sign-off"

    assert act(client, site_administrator, page, "approve").status_code == 302
    page.refresh_from_db()
    assert page.live


def test_setup_editorial_turns_plain_group_approval_tasks_into_peer_review_in_place(
        client, site, prevention_editor, prevention_reviewer):
    """A database set up before peer review: its tasks were Wagtail's GroupApprovalTask."""
    _, _, advice_index = site
    old = GroupApprovalTask.objects.get(name=PREVENTION_REVIEW)
    group_ids = set(old.groups.values_list("pk", flat=True))
    PeerReviewTask.objects.get(pk=old.pk).delete(keep_parents=True)
    Task.objects.filter(pk=old.pk).update(
        content_type=ContentType.objects.get_for_model(GroupApprovalTask))
    assert type(Task.objects.get(pk=old.pk).specific) is GroupApprovalTask
    page = submit_advice(client, prevention_editor, advice_index)  # under review meanwhile

    assert setup_editorial()[0] > 0
    assert setup_editorial()[0] == 0

    task = Task.objects.get(pk=old.pk).specific
    assert type(task) is PeerReviewTask and task.name == PREVENTION_REVIEW
    assert set(task.groups.values_list("pk", flat=True)) == group_ids
    assert act(client, prevention_editor, page, "approve").status_code in (302, 403)
    page.refresh_from_db()
    assert not page.live
    assert act(client, prevention_reviewer, page, "approve").status_code == 302
    page.refresh_from_db()
    assert page.live


def test_the_partnership_unit_edits_every_partner_sourced_alert_but_not_the_others(
        client, editorial, partnership_editor, prevention_editor):
    from editorial.groups import PARTNERSHIP
    from tests.editorial.conftest import make_editor
    from tests.factories import alert, partner

    _, alert_index, _ = editorial
    colleague = make_editor("nia", PARTNERSHIP)
    bank = partner("Example Bank")
    theirs = alert("Bank impersonation calls", slug="bank-calls", source_partner=bank,
                   owner=colleague)
    prevention_alert = alert("Romance scam on dating apps", slug="romance-dating",
                             owner=prevention_editor)
    client.force_login(partnership_editor)

    # a colleague's partner-sourced alert: the editor opens, saves and locks it
    edit_url = reverse("wagtailadmin_pages:edit", args=(theirs.pk,))
    assert client.get(edit_url).status_code == 200
    data = alert_form_data(partnership_editor, alert_index, instance=theirs,
                           summary_en="Callers claim to be from Example Bank's fraud team.")
    assert client.post(edit_url, data).status_code == 302
    draft = AlertPage.objects.get(pk=theirs.pk).get_latest_revision().as_object()
    assert draft.summary_en == "Callers claim to be from Example Bank's fraud team."
    client.post(reverse("wagtailadmin_pages:lock", args=(theirs.pk,)))
    theirs.refresh_from_db()
    assert theirs.locked and theirs.locked_by == partnership_editor
    client.post(reverse("wagtailadmin_pages:unlock", args=(theirs.pk,)))
    theirs.refresh_from_db()
    assert not theirs.locked
    # ... but cannot publish around the review
    assert not theirs.permissions_for_user(partnership_editor).can_publish()

    # an alert with no source partner, written by Prevention: still out of bounds
    other_url = reverse("wagtailadmin_pages:edit", args=(prevention_alert.pk,))
    assert client.get(other_url).status_code in (302, 403)
    assert client.post(reverse("wagtailadmin_pages:lock",
                               args=(prevention_alert.pk,))).status_code in (302, 403)
    prevention_alert.refresh_from_db()
    assert not prevention_alert.locked
