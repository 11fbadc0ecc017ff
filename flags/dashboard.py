"""The Intelligence and Prevention units' dashboard in the Wagtail admin (flags_admin:*),
for users with flags.view_flag_dashboard only: charts and tables of flags, the pages most
flagged this week, new-scam reports to triage, and the partners' CSV of counts."""

import csv

from django.contrib import messages
from django.core.exceptions import BadRequest, PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from security.spreadsheet_cells import neutralise

from . import statistics, triage
from .charts import stacked_weekly
from .models import DASHBOARD_PERMISSION, NewScamReport

TRIAGE_LIMIT = 50


class DashboardPermissionMixin:
    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(DASHBOARD_PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


def requested_weeks(request):
    value = request.GET.get("weeks", str(statistics.DEFAULT_WEEKS))
    if not value.isdecimal() or int(value) not in statistics.WEEK_CHOICES:
        raise BadRequest("weeks must be one of 4, 12, 26 or 52")
    return int(value)


class DashboardView(DashboardPermissionMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "flags/admin/dashboard.html"
    page_title = gettext_lazy("Readers' flags")
    header_icon = "warning"

    def get_context_data(self, **kwargs):
        weeks = requested_weeks(self.request)
        period = statistics.period(weeks)
        charts = [stacked_weekly(b, _("Other")) for b in statistics.all_breakdowns(period)]
        reports = (
            NewScamReport.objects.filter(reviewed=False)
            .select_related("fraud_type", "region")
            .order_by("created_on", "id")
        )
        return {
            **super().get_context_data(**kwargs),
            "weeks": weeks,
            "week_choices": statistics.WEEK_CHOICES,
            "period": period,
            "charts": charts,
            "total": sum(charts[0].breakdown.week_totals()),
            "most_flagged": statistics.most_flagged(),
            "reports": reports[:TRIAGE_LIMIT],
            "reports_waiting": reports.count(),
            "can_draft_alert": triage.can_draft_alert(self.request.user),
        }


def _cell(value):
    """Neutralise spreadsheet formulas in a text cell (names come from editors)."""
    return neutralise(value)


class ExportView(DashboardPermissionMixin, View):
    """Aggregated counts only (no free text), one row per week, dimension and category,
    labels in English."""

    def get(self, request):
        weeks = requested_weeks(request)
        period = statistics.period(weeks)
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        today = timezone.localdate().isoformat()
        response["Content-Disposition"] = f'attachment; filename="flags-{today}-{weeks}w.csv"'
        writer = csv.writer(response)
        writer.writerow(["week_starting", "dimension", "category_code", "category", "flags"])
        with translation.override("en"):
            for breakdown in statistics.all_breakdowns(period):
                keys = breakdown.categories()
                for week in period:
                    for key in keys:
                        n = breakdown.counts.get((week, key), 0)
                        if n:
                            writer.writerow(
                                [
                                    week.isoformat(),
                                    breakdown.dimension,
                                    _cell(key),
                                    _cell(breakdown.labels[key]),
                                    n,
                                ]
                            )
        return response


class MarkReviewedView(DashboardPermissionMixin, View):
    def post(self, request, pk):
        report = get_object_or_404(NewScamReport, pk=pk)
        report.reviewed = True
        report.save(update_fields=["reviewed"])
        messages.success(request, _("Marked as reviewed."))
        return redirect(reverse("flags_admin:dashboard") + "#triage")


class DraftAlertView(DashboardPermissionMixin, View):
    def post(self, request, pk):
        report = get_object_or_404(NewScamReport, pk=pk)
        if not triage.can_draft_alert(request.user):
            raise PermissionDenied
        page = triage.draft_alert_from(report, request.user)
        messages.success(
            request,
            _(
                "A draft alert was created from the report. Give it a "
                "title and check the text before submitting it."
            ),
        )
        return redirect("wagtailadmin_pages:edit", page.pk)
