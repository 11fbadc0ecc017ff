"""The taxonomy alerts and advice are filed under, and the partners who source alerts."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index


class Taxon(models.Model):
    """Shared shape of a named, slugged, described term (translated name and description)."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    description = models.TextField(_("description"), blank=True)
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=100)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description"),
              FieldPanel("sort_order")]

    class Meta:
        abstract = True
        ordering = ["sort_order", "slug"]

    def __str__(self):
        return self.name


class FraudType(index.Indexed, Taxon):
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(Taxon.Meta):
        verbose_name = _("fraud type")
        verbose_name_plural = _("fraud types")


class Audience(Taxon):
    class Meta(Taxon.Meta):
        verbose_name = _("audience")
        verbose_name_plural = _("audiences")


class Region(Taxon):
    class Kind(models.TextChoices):
        NATIONAL = "national", _("National (all of the UK)")
        NATION = "nation", _("Nation")
        FORCE_AREA = "force_area", _("Police force area")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices,
                            default=Kind.FORCE_AREA)

    panels = Taxon.panels + [FieldPanel("kind")]

    class Meta(Taxon.Meta):
        verbose_name = _("region")
        verbose_name_plural = _("regions")


class Partner(Taxon):
    """An organisation that sources or co-signs alerts: a bank, an industry body, a force."""

    website = models.URLField(_("website"), blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+", verbose_name=_("logo"),
    )
    replaced_site = models.URLField(
        _("alert site this one replaces"), blank=True,
        help_text=_("The partner's former alert site, if Fraud Alert replaces it."),
    )

    panels = Taxon.panels + [FieldPanel("website"), FieldPanel("logo"),
                             FieldPanel("replaced_site")]

    class Meta(Taxon.Meta):
        verbose_name = _("partner")
        verbose_name_plural = _("partners")
