"""Admin additions for editors: the "Translations needed" report and working languages.

The translation state of each language on a page's edit view comes from the template
editorial/templates/wagtailadmin/pages/edit.html (it extends Wagtail's own).
"""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.account import BaseSettingsPanel
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from editorial import views
from editorial.forms import WorkingLanguagesForm
from editorial.models import EditorProfile


@hooks.register("register_admin_urls")
def register_editorial_urls():
    urls = [
        path("translations-needed/", views.TranslationsNeededView.as_view(),
             name="translations_needed"),
        path("translations-needed/results/",
             views.TranslationsNeededView.as_view(results_only=True),
             name="translations_needed_results"),
    ]
    return [path("editorial/", include((urls, "editorial"), namespace="editorial"))]


class TranslationsNeededMenuItem(MenuItem):
    def is_shown(self, request):
        return PagePermissionPolicy(Page).user_has_any_permission(
            request.user, ["add", "change", "publish"])


@hooks.register("register_reports_menu_item")
def register_translations_needed_menu_item():
    return TranslationsNeededMenuItem(
        _("Translations needed"), reverse("editorial:translations_needed"),
        name="translations-needed", icon_name="globe", order=650,
    )


class WorkingLanguagesPanel(BaseSettingsPanel):
    name = "working_languages"
    title = _("Working languages")
    order = 420
    form_class = WorkingLanguagesForm

    def get_form(self):
        instance = (EditorProfile.objects.filter(user=self.user).first()
                    or EditorProfile(user=self.user))
        if self.request.method == "POST":
            return self.form_class(self.request.POST, instance=instance, prefix=self.name)
        return self.form_class(instance=instance, prefix=self.name)


@hooks.register("register_account_settings_panel")
def register_working_languages_panel(request, user, profile):
    return WorkingLanguagesPanel(request, user, profile)
