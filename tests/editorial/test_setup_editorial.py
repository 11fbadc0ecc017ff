from io import StringIO

from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.models import (
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from editorial.groups import GROUP_NAMES


def snapshot():
    """Everything setup_editorial manages, as comparable sets."""
    return {
        "groups": set(Group.objects.values_list("pk", "name")),
        "group permissions": set(Group.permissions.through.objects
                                 .values_list("group_id", "permission_id")),
        "page permissions": set(GroupPagePermission.objects
                                .values_list("group_id", "page_id", "permission_id")),
        "collection permissions": set(GroupCollectionPermission.objects
                                      .values_list("group_id", "collection_id", "permission_id")),
        "tasks": set(GroupApprovalTask.objects.values_list("pk", "name", "active")),
        "task groups": set(GroupApprovalTask.groups.through.objects
                           .values_list("groupapprovaltask_id", "group_id")),
        "workflows": set(Workflow.objects.values_list("pk", "name", "active")),
        "workflow tasks": set(WorkflowTask.objects
                              .values_list("workflow_id", "task_id", "sort_order")),
        "assignments": set(WorkflowPage.objects.values_list("page_id", "workflow_id")),
    }


def run(*args):
    out = StringIO()
    call_command("setup_editorial", *args, stdout=out)
    return out.getvalue()


def test_running_setup_editorial_twice_gives_the_same_groups_permissions_and_workflows(site):
    first_output = run()
    first = snapshot()
    second_output = run()

    assert snapshot() == first
    assert "Changed 0 row(s)" in second_output
    assert "Changed 0 row(s)" not in first_output
    assert set(GROUP_NAMES) <= {name for _, name in first["groups"]}
    assert all(first[key] for key in first)


def test_the_workflows_are_assigned_to_the_alert_and_advice_indexes(site):
    _, alert_index, advice_index = site
    run()

    alert_review = WorkflowPage.objects.get(page=alert_index).workflow
    advice_review = WorkflowPage.objects.get(page=advice_index).workflow
    assert alert_review.name == "Alert review"
    assert [t.name for t in alert_review.tasks] == [
        "Prevention Unit review", "Partnership Development Unit sign-off"]
    assert advice_review.name == "Advice review"
    assert [t.name for t in advice_review.tasks] == ["Prevention Unit review"]
    assert set(GroupApprovalTask.objects.get(name="Prevention Unit review")
               .groups.values_list("name", flat=True)) == {"Prevention Unit",
                                                           "Site administrators"}


def test_a_dry_run_keeps_nothing(site):
    output = run("--dry-run")

    assert "Would change" in output
    assert not Group.objects.filter(name__in=GROUP_NAMES).exists()
    assert not Workflow.objects.filter(name="Alert review").exists()


def test_before_the_index_pages_exist_a_later_run_attaches_them(db):
    from tests.factories import site_pages

    output = run()
    assert "No alert index page yet" in output
    assert not WorkflowPage.objects.filter(workflow__name="Alert review").exists()

    _, alert_index, _ = site_pages()
    run()

    assert WorkflowPage.objects.get(workflow__name="Alert review").page_id == alert_index.pk
    before = snapshot()
    run()
    assert snapshot() == before


def test_a_permission_removed_by_hand_is_restored_and_an_extra_one_removed(site):
    from django.contrib.auth.models import Permission

    run()
    prevention = Group.objects.get(name="Prevention Unit")
    taxonomy = Permission.objects.get(codename="change_fraudtype")
    partner = Permission.objects.get(codename="change_partner")
    prevention.permissions.remove(taxonomy)
    prevention.permissions.add(partner)

    run()

    assert prevention.permissions.filter(pk=taxonomy.pk).exists()
    assert not prevention.permissions.filter(pk=partner.pk).exists()


def test_prevention_and_intelligence_units_may_see_flags_and_subscriber_counts(site):
    run()
    run()  # the second run must not take away what the flags app grants
    prevention = Group.objects.get(name="Prevention Unit")
    codenames = set(prevention.permissions.values_list("codename", flat=True))
    assert {"view_flag_dashboard", "view_subscriber_counts"} <= codenames
    intelligence = Group.objects.get(name="Intelligence Unit")
    assert intelligence.permissions.filter(codename="view_flag_dashboard").exists()
    assert "Changed 0 row(s)" in run()
