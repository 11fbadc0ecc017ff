"""The editors' "Subscribers" view: counts only, for users with
subscriptions.view_subscriber_counts (give it to a group in Settings > Groups)."""

from django.core.exceptions import PermissionDenied
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from .counts import subscriber_counts

PERMISSION = "subscriptions.view_subscriber_counts"


class SubscriberCountsView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "subscriptions/admin_counts.html"
    page_title = _("Email subscribers")
    header_icon = "mail"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), **subscriber_counts()}


class CountsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(PERMISSION)


@hooks.register("register_admin_urls")
def register_counts_url():
    return [path("subscribers/", SubscriberCountsView.as_view(),
                 name="subscriptions_counts")]


@hooks.register("register_reports_menu_item")
def register_counts_menu_item():
    return CountsMenuItem(_("Email subscribers"), reverse("subscriptions_counts"),
                          name="subscriber-counts", icon_name="mail", order=700)
