"""Admin: the flags dashboard (menu item only for flags.view_flag_dashboard) and the flag
counts shown to editors on an alert's or advice page's edit view."""

from django.contrib import messages
from django.urls import include, path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from alerts.models import AdvicePage, AlertPage

from . import dashboard, statistics
from .models import DASHBOARD_PERMISSION


@hooks.register("register_admin_urls")
def register_flags_urls():
    urls = [
        path("", dashboard.DashboardView.as_view(), name="dashboard"),
        path("export.csv", dashboard.ExportView.as_view(), name="export"),
        path(
            "reports/<int:pk>/reviewed/", dashboard.MarkReviewedView.as_view(), name="mark_reviewed"
        ),
        path(
            "reports/<int:pk>/draft-alert/", dashboard.DraftAlertView.as_view(), name="draft_alert"
        ),
    ]
    return [path("flags/", include((urls, "flags_admin"), namespace="flags_admin"))]


class DashboardMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(DASHBOARD_PERMISSION)


@hooks.register("register_admin_menu_item")
def register_dashboard_menu_item():
    return DashboardMenuItem(
        gettext_lazy("Readers' flags"),
        reverse("flags_admin:dashboard"),
        name="flags-dashboard",
        icon_name="warning",
        order=450,
    )


@hooks.register("before_edit_page")
def show_flag_counts(request, page):
    """A notice above the editor: how many readers flagged this page. Editors only; never on
    public pages."""
    if request.method != "GET" or not isinstance(page, (AlertPage, AdvicePage)):
        return None
    counts = statistics.page_counts(page)
    if counts["total"]:
        messages.info(
            request,
            _(
                "Readers' flags on this page: %(total)s in all, %(week)s in the last 7 days "
                "(%(contacted)s contacted, %(lost_money)s lost money, %(someone_i_know)s someone "
                "they know targeted)."
            )
            % counts,
        )
    else:
        messages.info(request, _("No reader has flagged this page yet."))
    return None
