"""Wagtail's built-in moderation, set up for the units: review tasks, workflows, assignments.

"Alert review": Prevention Unit review, then Partnership Development Unit sign-off, on the
alert index (so every alert). "Advice review": Prevention Unit review, on the advice index.
Site administrators belong to every task's groups so they can approve when a unit cannot.
Every task is a `PeerReviewTask`: nobody approves their own submission. A task set up before
that as Wagtail's plain `GroupApprovalTask` is turned into one in place (same row, so reviews
in progress carry on).
"""

from django.contrib.contenttypes.models import ContentType
from wagtail.models import GroupApprovalTask, Task, Workflow, WorkflowPage, WorkflowTask

from editorial.groups import ADMINISTRATORS, PARTNERSHIP, PREVENTION
from editorial.models import PeerReviewTask

PREVENTION_REVIEW = "Prevention Unit review"
PARTNERSHIP_SIGN_OFF = "Partnership Development Unit sign-off"
ALERT_REVIEW = "Alert review"
ADVICE_REVIEW = "Advice review"

TASKS = {
    PREVENTION_REVIEW: (PREVENTION, ADMINISTRATORS),
    PARTNERSHIP_SIGN_OFF: (PARTNERSHIP, ADMINISTRATORS),
}
WORKFLOWS = {
    ALERT_REVIEW: ((PREVENTION_REVIEW, PARTNERSHIP_SIGN_OFF), "alert_index"),
    ADVICE_REVIEW: ((PREVENTION_REVIEW,), "advice_index"),
}


def _ensure_task(name, groups):
    changes = 0
    task = GroupApprovalTask.objects.filter(name=name).first()
    if task is None:
        task = PeerReviewTask.objects.create(name=name)
        changes += 1
    elif not PeerReviewTask.objects.filter(pk=task.pk).exists():
        task = _as_peer_review(task)
        changes += 1
    if not task.active:
        task.active = True
        task.save(update_fields=["active"])
        changes += 1
    wanted = {group.pk for group in groups.values()}
    existing = set(task.groups.values_list("pk", flat=True))
    if wanted != existing:
        task.groups.set(wanted)
        changes += 1
    return task, changes


def _as_peer_review(task):
    """The same task row (its groups, workflows and task states kept), made a PeerReviewTask."""
    peer = PeerReviewTask(groupapprovaltask_ptr=task)
    peer.__dict__.update({key: value for key, value in task.__dict__.items()
                          if not key.startswith("_")})
    peer.save_base(raw=True)  # only the PeerReviewTask row: its parents exist
    Task.objects.filter(pk=task.pk).update(
        content_type=ContentType.objects.get_for_model(PeerReviewTask))
    return PeerReviewTask.objects.get(pk=task.pk)


def _ensure_workflow(name, tasks, page):
    changes = 0
    workflow = Workflow.objects.filter(name=name).first()
    if workflow is None:
        workflow = Workflow.objects.create(name=name, active=True)
        changes += 1
    if not workflow.active:
        workflow.active = True
        workflow.save(update_fields=["active"])
        changes += 1
    wanted = [task.pk for task in tasks]
    existing = list(WorkflowTask.objects.filter(workflow=workflow)
                    .order_by("sort_order").values_list("task_id", flat=True))
    if existing != wanted:
        WorkflowTask.objects.filter(workflow=workflow).delete()
        for order, task in enumerate(tasks):
            WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=order)
        changes += 1
    if page is not None:
        assignment = WorkflowPage.objects.filter(page=page).first()
        if assignment is None:
            WorkflowPage.objects.create(page=page, workflow=workflow)
            changes += 1
        elif assignment.workflow_id != workflow.pk:
            assignment.workflow = workflow
            assignment.save(update_fields=["workflow"])
            changes += 1
    return workflow, changes


def apply_workflows(groups, places):
    """Tasks and workflows made to match TASKS and WORKFLOWS; returns ({name: workflow},
    rows changed). A workflow whose page does not exist yet is created but not assigned."""
    changes = 0
    tasks = {}
    for name, group_names in TASKS.items():
        tasks[name], changed = _ensure_task(name, {g: groups[g] for g in group_names})
        changes += changed
    workflows = {}
    for name, (task_names, place) in WORKFLOWS.items():
        workflows[name], changed = _ensure_workflow(
            name, [tasks[t] for t in task_names], places.get(place))
        changes += changed
    return workflows, changes
