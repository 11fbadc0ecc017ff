"""Triage of new-scam reports: mark as reviewed, or draft an alert from one."""

from django.db import transaction
from django.utils import translation

from alerts.models import AlertIndexPage, AlertPage
from languages import supported


def alert_index():
    return AlertIndexPage.objects.order_by("path").first()


def can_draft_alert(user):
    index = alert_index()
    return index is not None and index.permissions_for_user(user).can_add_subpage()


@transaction.atomic
def draft_alert_from(report, user):
    """A draft (unpublished) AlertPage under the alert index, filed under the report's fraud
    type and area, with the report as its summary (in English, the required source, and in
    the report's own language). Returns the existing draft if there is one.
    The English title is a placeholder for the editor to replace."""
    if report.alert_id:
        return report.alert
    with translation.override("en"):
        page = AlertPage(
            title=f"Draft from a reader's report ({report.created_on:%d %B %Y})",
            slug=f"reader-report-{report.pk}",
            summary=report.description,
            live=False,
            has_unpublished_changes=True,
            owner=user,
        )
        language = supported.BY_CODE.get(report.language)
        if language is not None and language.code != supported.DEFAULT:
            # the reader's words are in their language: there too, not only in the English
            # source (which needs the editor's English), as imports do
            setattr(page, f"summary_{language.field_suffix}", report.description)
        alert_index().add_child(instance=page)
        if report.fraud_type_id:
            page.fraud_types.set([report.fraud_type_id])
        if report.region_id:
            page.regions.set([report.region_id])
        page.save_revision(user=user, log_action=True)
    report.alert = page
    report.reviewed = True
    report.save(update_fields=["alert", "reviewed"])
    return page
