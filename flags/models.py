"""What readers tell us: a one-step flag on an alert or advice page, and a short report of
a scam we have no alert for. Neither row holds anything that identifies the reader: no IP
address, no cookie value, no user agent, and only the date (not the time) it was sent."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

DASHBOARD_PERMISSION = "flags.view_flag_dashboard"


class Answer(models.TextChoices):
    CONTACTED = "contacted", _("I was contacted")
    LOST_MONEY = "lost_money", _("I lost money")
    SOMEONE_I_KNOW = "someone_i_know", _("Someone I know was targeted")


class Channel(models.TextChoices):
    PHONE_CALL = "phone_call", _("Phone call")
    TEXT_MESSAGE = "text_message", _("Text message")
    EMAIL = "email", _("Email")
    SOCIAL_MEDIA = "social_media", _("Social media")
    DOORSTEP = "doorstep", _("On the doorstep")
    WEBSITE = "website", _("Website")


class Flag(models.Model):
    """ "Have you been targeted by this?" answered on one page, on one day."""

    page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        on_delete=models.SET_NULL,
        related_name="flags",
        verbose_name=_("page"),
        help_text=_("The alert or advice page flagged (kept empty if the page is deleted)."),
    )
    answer = models.CharField(_("answer"), max_length=20, choices=Answer.choices)
    region = models.ForeignKey(
        "alerts.Region",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("area"),
    )
    channel = models.CharField(_("channel"), max_length=20, choices=Channel.choices, blank=True)
    language = models.CharField(_("language"), max_length=10)
    created_on = models.DateField(_("date"), default=timezone.localdate, db_index=True)

    class Meta:
        verbose_name = _("flag")
        verbose_name_plural = _("flags")
        default_permissions = ()
        permissions = [("view_flag_dashboard", _("Can see the flags dashboard"))]
        indexes = [models.Index(fields=["page", "created_on"])]

    def __str__(self):
        return f"{self.get_answer_display()} ({self.created_on})"


class NewScamReport(models.Model):
    """ "Seen a new scam?": a scam with no alert yet. The description is plain text with
    card and phone numbers already removed (flags.scrubbing); it is never rendered as HTML."""

    fraud_type = models.ForeignKey(
        "alerts.FraudType",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("fraud type"),
        help_text=_("Empty when the reader was not sure."),
    )
    channel = models.CharField(_("channel"), max_length=20, choices=Channel.choices, blank=True)
    region = models.ForeignKey(
        "alerts.Region",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("area"),
    )
    language = models.CharField(_("language"), max_length=10)
    description = models.TextField(_("description"))
    reviewed = models.BooleanField(_("reviewed"), default=False, db_index=True)
    alert = models.ForeignKey(
        "alerts.AlertPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("alert drafted from it"),
    )
    created_on = models.DateField(_("date"), default=timezone.localdate, db_index=True)

    class Meta:
        verbose_name = _("new scam report")
        verbose_name_plural = _("new scam reports")
        default_permissions = ()
        ordering = ["-created_on", "-id"]

    def __str__(self):
        return self.description[:60]

    @property
    def reader_language(self):
        """The Language the reader wrote in (languages.supported), or None if unknown."""
        from languages import supported

        return supported.BY_CODE.get(self.language)
