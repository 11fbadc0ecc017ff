"""What happens when the last review task approves: the reviewed revision is published.

Wagtail's default checks that the final approver may publish, so the sign-off group would
need "publish" permission, which also lets them publish directly, around the review. Here the
approval itself is the authority: the reviewers' groups are checked by their tasks, and only
Site administrators hold "publish". Set as WAGTAIL_FINISH_WORKFLOW_ACTION; this module is
imported while wagtail.models loads, so it imports no models.
"""


def publish_reviewed(workflow_state, user=None):
    revision = workflow_state.content_object.get_latest_revision()
    revision.publish(user=user, skip_permission_checks=True)
