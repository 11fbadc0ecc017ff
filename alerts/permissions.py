"""Who may edit an alert: Wagtail's rules, plus one for partner-sourced alerts.

Wagtail lets a user with only "add" permission (the Partnership Development Unit on the
alert index) edit the pages they wrote themselves. Partner-sourced alerts are the unit's
shared work, so anyone who may add alerts may also edit (and lock, while they edit) every
alert that has a source partner, whoever wrote it: a colleague on leave no longer leaves
an alert nobody in the unit can update. Alerts without a source partner stay as Wagtail
decides (Prevention Unit, translators, site administrators). Publishing is unchanged: it
still goes through the review workflow.
"""

from wagtail.models import PagePermissionTester


class AlertPermissionTester(PagePermissionTester):
    def _shares_partner_alerts(self):
        return (self.user.is_active and not self.page_is_root
                and "add" in self.permissions
                and self.page.source_partner_id is not None)

    def can_edit(self):
        return super().can_edit() or self._shares_partner_alerts()

    def can_lock(self):
        return super().can_lock() or self._shares_partner_alerts()


def editable_pages(user, permission_policy):
    """The pages `user` may edit, as a queryset: Wagtail's rule (a "change" permission above
    them, or "add" above a page they own) plus the partner-sourced alerts below a page they
    may add under. For lists such as the translation report."""
    from django.db.models import Q

    from alerts.models import AlertPage

    changeable = permission_policy.instances_user_has_permission_for(user, "change")
    below_add = permission_policy.instances_user_has_permission_for(user, "add")
    partner_alerts = AlertPage.objects.filter(
        source_partner__isnull=False, pk__in=below_add.values("pk")).values("pk")
    return permission_policy.model._default_manager.filter(
        Q(pk__in=changeable.values("pk")) | Q(pk__in=partner_alerts))
