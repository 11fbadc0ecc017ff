from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page


class HomePage(Page):
    """The front page in every language: what the site is, latest alerts, routes in."""

    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("One or two plain sentences saying what this site is for."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["wagtailcore.Page"]
    max_count = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        from home.front_page import front_page_context

        context = super().get_context(request, *args, **kwargs)
        context.update(front_page_context(self, request))
        return context
