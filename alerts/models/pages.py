"""The pages the public reads: alerts and prevention advice, and their index pages."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from alerts.blocks import RICH_TEXT_FEATURES, AdviceBodyBlock
from alerts.page_forms import AlertPageForm
from alerts.reference_codes import next_reference_code
from languages import supported
from languages.models import TranslationTracked


class AlertIndexPage(Page):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["alerts.AlertPage"]
    max_count = 1

    class Meta:
        verbose_name = _("alert index")

    def get_context(self, request, *args, **kwargs):
        from alerts.fallback import untracked_translation_context
        from alerts.listing import alert_listing_context

        context = super().get_context(request, *args, **kwargs)
        context.update(alert_listing_context(self, request))
        context.update(untracked_translation_context(self, request))
        return context

    def serve(self, request, *args, **kwargs):
        from django.shortcuts import redirect

        from alerts.listing import PageOutOfRange

        try:
            return super().serve(request, *args, **kwargs)
        except PageOutOfRange as past_the_end:  # ?page=9 of 2: the last page, same filters
            return redirect(past_the_end.url)


class AlertPage(TranslationTracked, Page):
    class Severity(models.TextChoices):
        MINOR = "minor", _("Minor")
        MODERATE = "moderate", _("Moderate")
        SEVERE = "severe", _("Severe")
        EXTREME = "extreme", _("Extreme")

    class Status(models.TextChoices):
        ACTIVE = "active", _("Active")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    reference_code = models.CharField(
        _("reference code"), max_length=20, unique=True, blank=True,
        help_text=_("Given automatically (e.g. FA-2026-0042). Readers quote it to check an "
                    "alert is genuine."),
    )
    summary = models.TextField(_("summary"), help_text=_("One or two plain sentences."))
    body = RichTextField(_("what is happening"), features=RICH_TEXT_FEATURES, blank=True)
    what_to_do = RichTextField(_("what to do now"), features=RICH_TEXT_FEATURES, blank=True)
    severity = models.CharField(_("severity"), max_length=10, choices=Severity.choices,
                                default=Severity.MODERATE)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices,
                              default=Status.ACTIVE)
    withdrawn_reason = models.TextField(_("reason for withdrawal"), blank=True)
    issued_at = models.DateTimeField(_("issued"), default=timezone.now)
    expires_at = models.DateTimeField(_("expires"), null=True, blank=True)
    fraud_types = ParentalManyToManyField("alerts.FraudType", blank=True,
                                          related_name="alerts", verbose_name=_("fraud types"))
    audiences = ParentalManyToManyField("alerts.Audience", blank=True, related_name="alerts",
                                        verbose_name=_("audiences"))
    regions = ParentalManyToManyField("alerts.Region", blank=True, related_name="alerts",
                                      verbose_name=_("regions"))
    source_partner = models.ForeignKey(
        "alerts.Partner", null=True, blank=True, on_delete=models.SET_NULL,
        related_name="alerts", verbose_name=_("source partner"),
    )
    supersedes = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL,
        related_name="superseded_by", verbose_name=_("supersedes"),
        help_text=_("An earlier alert this one replaces."),
    )
    search_text = models.TextField(blank=True, editable=False)

    tracked_translation_fields = ("title", "summary", "body", "what_to_do", "withdrawn_reason")
    tracked_translation_children = (("updates", "text"),)  # AlertUpdate.text
    # the admin's search (which autocompletes): by reference code, by the title in any
    # language, and (full search) by the text in every language
    search_fields = Page.search_fields + [
        index.SearchField("reference_code"), index.AutocompleteField("reference_code"),
        index.AutocompleteField("reference_code_words"),
        index.FilterField("status"),
        *[index.AutocompleteField(f"title_{language.field_suffix}")
          for language in supported.LANGUAGES],
        *[index.SearchField(f"search_text_{language.field_suffix}")
          for language in supported.LANGUAGES],
    ]

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("body"),
        FieldPanel("what_to_do"),
        MultiFieldPanel(
            [FieldPanel("severity"), FieldPanel("status"), FieldPanel("withdrawn_reason"),
             FieldPanel("issued_at"), FieldPanel("expires_at"), FieldPanel("supersedes")],
            heading=_("Lifecycle"),
        ),
        MultiFieldPanel(
            [FieldPanel("fraud_types"), FieldPanel("audiences"), FieldPanel("regions"),
             FieldPanel("source_partner")],
            heading=_("Filed under"),
        ),
        InlinePanel("updates", label=_("Updates")),
    ]
    settings_panels = Page.settings_panels + [FieldPanel("reference_code", read_only=True)]

    parent_page_types = ["alerts.AlertIndexPage"]
    subpage_types = []
    # A copy is a new alert: its own reference code, issued when made (then when published),
    # active, with no withdrawal reason, no updates and no expiry carried over.
    exclude_fields_in_copy = [
        "reference_code", "issued_at", "expires_at", "status", "updates", "supersedes",
        "withdrawn_reason",
        *[f"withdrawn_reason_{language.field_suffix}" for language in supported.LANGUAGES],
    ]
    base_form_class = AlertPageForm

    class Meta:
        verbose_name = _("fraud alert")
        verbose_name_plural = _("fraud alerts")
        indexes = [
            # the list (active alerts, newest first) walks this instead of sorting them all
            models.Index(fields=["status", "issued_at"], name="alerts_alert_status_issued"),
            models.Index(fields=["expires_at"], name="alerts_alert_expires"),
        ]

    def clean(self):
        super().clean()
        if self.expires_at and self.issued_at and self.expires_at <= self.issued_at:
            raise ValidationError({"expires_at": _("The expiry must be after the issue date.")})
        if self.expires_at and self._issued_at_go_live() and self.expires_at <= self.go_live_at:
            raise ValidationError({"expires_at": _(
                "The expiry must be after the go-live date: the alert would expire before "
                "anyone could read it.")})
        if self.supersedes_id and self.supersedes_id == self.pk:
            raise ValidationError({"supersedes": _("An alert cannot supersede itself.")})

    def _issued_at_go_live(self):
        """A scheduled first publication: the alert is issued when it goes live. A change
        scheduled for an alert readers have already seen keeps its issue date."""
        return bool(self.go_live_at and self.issued_at and self.go_live_at > self.issued_at
                    and self.first_published_at is None)

    def save(self, *args, **kwargs):
        if self._issued_at_go_live():
            self.issued_at = self.go_live_at
        self.issued_at = to_the_minute(self.issued_at)
        if not self.reference_code:
            self.reference_code = next_reference_code(self.issued_at)
        from alerts.search_text import fill_search_text

        fill_search_text(self)
        super().save(*args, **kwargs)

    def permissions_for_user(self, user):
        from alerts.permissions import AlertPermissionTester

        return AlertPermissionTester(user, self)

    def get_context(self, request, *args, **kwargs):
        from alerts.page_context import alert_page_context

        context = super().get_context(request, *args, **kwargs)
        context.update(alert_page_context(self, request))
        return context

    def reference_code_words(self):
        """"FA 2026 0001": the reference code as the search index's words. The database
        backends split a typed "FA-2026-0001" at its hyphens, while PostgreSQL indexes the
        code itself as "fa", "-2026", "-0001", so the code alone was never found there."""
        return (self.reference_code or "").replace("-", " ")

    @property
    def is_expired(self):
        return bool(self.expires_at and self.expires_at <= timezone.now())

    @property
    def lifecycle(self):
        """"withdrawn", "expired", "updated" or "active", in that order of precedence."""
        if self.status == self.Status.WITHDRAWN:
            return "withdrawn"
        if self.is_expired:
            return "expired"
        if self.updates.exists():
            return "updated"
        return "active"


class AlertUpdate(Orderable):
    """A dated update to an alert, shown in a list on the alert page."""

    page = ParentalKey(AlertPage, on_delete=models.CASCADE, related_name="updates")
    date = models.DateTimeField(_("date"), default=timezone.now)
    text = models.TextField(_("what changed"))

    panels = [FieldPanel("date"), FieldPanel("text")]

    class Meta(Orderable.Meta):
        ordering = ["-date"]

    def save(self, *args, **kwargs):
        self.date = to_the_minute(self.date)
        super().save(*args, **kwargs)


def to_the_minute(moment):
    """Dates are kept to the minute, as the editor's date fields show them: a stored second
    the form cannot show made every unchanged alert look edited (approving one from its edit
    page saved a new revision, which restarted its review)."""
    return moment.replace(second=0, microsecond=0) if moment else moment


class AdviceIndexPage(Page):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["alerts.AdvicePage"]
    max_count = 1

    class Meta:
        verbose_name = _("advice index")

    def get_context(self, request, *args, **kwargs):
        from alerts.fallback import untracked_translation_context
        from alerts.page_context import advice_index_context

        context = super().get_context(request, *args, **kwargs)
        context.update(advice_index_context(self, request))
        context.update(untracked_translation_context(self, request))
        return context


class AdvicePage(TranslationTracked, Page):
    summary = models.TextField(_("summary"), help_text=_("One or two plain sentences."))
    body = StreamField(AdviceBodyBlock(), verbose_name=_("body"), blank=True)
    fraud_types = ParentalManyToManyField("alerts.FraudType", blank=True,
                                          related_name="advice_pages",
                                          verbose_name=_("fraud types"))
    audiences = ParentalManyToManyField("alerts.Audience", blank=True,
                                        related_name="advice_pages",
                                        verbose_name=_("audiences"))
    search_text = models.TextField(blank=True, editable=False)

    tracked_translation_fields = ("title", "summary", "body")

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("body"),
        MultiFieldPanel([FieldPanel("fraud_types"), FieldPanel("audiences")],
                        heading=_("Filed under")),
    ]
    parent_page_types = ["alerts.AdviceIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("advice page")
        verbose_name_plural = _("advice pages")

    def save(self, *args, **kwargs):
        from alerts.search_text import fill_search_text

        fill_search_text(self)
        super().save(*args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        from alerts.page_context import advice_page_context

        context = super().get_context(request, *args, **kwargs)
        context.update(advice_page_context(self, request))
        return context
