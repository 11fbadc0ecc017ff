"""Per-editor preferences kept beside Django's user (the user model is not ours to change)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import GroupApprovalTask

from languages import supported


class EditorProfile(models.Model):
    """An editor's working languages: the languages they translate or review.

    The "Translations needed" report filters to these by default; the admin language
    picker can reuse them.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="editor_profile",
        verbose_name=_("user"),
    )
    working_languages = models.JSONField(
        _("working languages"), default=list, blank=True,
        help_text=_("Language codes, e.g. [\"pl\", \"cy\"]."),
    )

    class Meta:
        verbose_name = _("editor profile")
        verbose_name_plural = _("editor profiles")

    def __str__(self):
        return str(self.user)

    def clean_languages(self):
        """The stored codes that are supported, in the site's language order, English left out."""
        chosen = set(self.working_languages or ())
        return [code for code in supported.CODES if code in chosen and code != supported.DEFAULT]

    @classmethod
    def languages_for(cls, user):
        """The working languages of `user`, or [] for anonymous users and users without any."""
        if not getattr(user, "is_authenticated", False):
            return []
        profile = cls.objects.filter(user=user).only("working_languages").first()
        return profile.clean_languages() if profile else []


class PeerReviewTask(GroupApprovalTask):
    """Wagtail's group approval, except that nobody reviews their own submission.

    The user who submitted the page (`WorkflowState.requested_by`) gets no approve or
    "request changes" action, and the page is not on their "Awaiting your review" list; the
    rest of the group (or a site administrator) reviews it. The task's groups are kept on
    the parent `GroupApprovalTask` row.
    """

    def _submitted_by(self, obj, user):
        state = obj.current_workflow_state if obj is not None else None
        return state is not None and state.requested_by_id == user.pk

    def get_actions(self, obj, user):
        if self._submitted_by(obj, user):
            return []
        return super().get_actions(obj, user)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        return super().get_task_states_user_can_moderate(user, **kwargs).exclude(
            workflow_state__requested_by=user)

    @classmethod
    def get_description(cls):
        return _("Members of the chosen groups other than the submitter can approve this task")

    class Meta:
        verbose_name = _("peer review task")
        verbose_name_plural = _("peer review tasks")
