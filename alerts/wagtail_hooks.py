"""The admin for the taxonomy: fraud types, audiences, regions and partners as snippets,
grouped under one "Taxonomy" menu item. Editorial permissions live in the editorial app.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Audience, FraudType, Partner, Region


class FraudTypeViewSet(SnippetViewSet):
    model = FraudType
    icon = "warning"
    list_display = ["name", "slug", "sort_order"]
    ordering = ["sort_order", "slug"]


class AudienceViewSet(SnippetViewSet):
    model = Audience
    icon = "group"
    list_display = ["name", "slug", "sort_order"]
    ordering = ["sort_order", "slug"]


class RegionViewSet(SnippetViewSet):
    model = Region
    icon = "site"
    list_display = ["name", "slug", "kind"]
    list_filter = ["kind"]
    ordering = ["sort_order", "slug"]


class PartnerViewSet(SnippetViewSet):
    model = Partner
    icon = "link"
    list_display = ["name", "slug", "website"]
    ordering = ["sort_order", "slug"]


class TaxonomyViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Taxonomy")
    menu_icon = "tag"
    menu_order = 300
    items = (FraudTypeViewSet, AudienceViewSet, RegionViewSet, PartnerViewSet)


register_snippet(TaxonomyViewSetGroup)
