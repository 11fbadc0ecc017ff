from django.urls import path, reverse
from django.utils.translation import gettext as _
from wagtail import hooks

from security import views
from security.rich_text import ExternalLinkHandler
from security.two_factor import confirmed_device


@hooks.register("register_admin_urls")
def two_factor_urls():
    return [
        path("two-step/", views.two_factor_verify, name="security_two_factor_verify"),
        path("account/two-step/", views.two_factor_setup, name="security_two_factor_setup"),
    ]


class AccountMenuItem:
    def __init__(self, url, label, help_text):
        self.url, self.label, self.help_text = url, label, help_text


@hooks.register("register_account_menu_item")
def two_factor_menu_item(request):
    enabled = confirmed_device(request.user) is not None
    return AccountMenuItem(
        reverse("security_two_factor_setup"),
        _("Turn off two-step verification") if enabled else _("Turn on two-step verification"),
        _("Ask for a code from an authenticator app after your password when you sign in."),
    )


@hooks.register("register_rich_text_features")
def external_links_open_safely(features):
    features.register_link_type(ExternalLinkHandler)
