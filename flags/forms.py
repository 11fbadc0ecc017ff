"""The two public forms. Neither asks for a name, an email address or anything else about
the reader; the honeypot field `website` is hidden by CSS and must stay empty."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from alerts.models import AdvicePage, AlertPage, FraudType, Region

from .models import Answer, Channel
from .scrubbing import plain_text, scrub

DESCRIPTION_MAX_LENGTH = 500
FLAGGABLE_MODELS = (AlertPage, AdvicePage)


def flaggable_pages():
    """Live alert and advice pages (the only pages a flag may point at)."""
    return Page.objects.live().type(*FLAGGABLE_MODELS)


class HoneypotForm(forms.Form):
    website = forms.CharField(
        required=False,
        label=_("Leave this field empty"),
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def is_bot(self):
        return bool(self.data.get("website"))


def _region_field():
    return forms.ModelChoiceField(
        queryset=Region.objects.order_by("sort_order", "slug"),
        required=False,
        label=_("Your area (optional)"),
        empty_label=_("Prefer not to say"),
    )


def _channel_field(label):
    return forms.ChoiceField(
        choices=[("", _("Prefer not to say")), *Channel.choices], required=False, label=label
    )


class FlagForm(HoneypotForm):
    page = forms.ModelChoiceField(
        # set per form in __init__: `.type()` looks up content types, which must not happen
        # at import time (migrate on an empty database imports the URLconf)
        queryset=Page.objects.none(),
        widget=forms.HiddenInput,
        error_messages={"invalid_choice": _("This page cannot be flagged.")},
    )
    answer = forms.ChoiceField(
        choices=Answer.choices,
        widget=forms.HiddenInput,
        error_messages={"required": _("Choose one of the answers.")},
    )
    region = _region_field()
    channel = _channel_field(_("How they contacted you (optional)"))

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("auto_id", "flag-%s")
        super().__init__(*args, **kwargs)
        self.fields["page"].queryset = flaggable_pages().only("id")


class MultilineTextField(forms.CharField):
    """Line breaks arrive as CRLF; normalised to LF before the length check, so the limit
    counts a line break once, as the textarea's maxlength does."""

    def to_python(self, value):
        value = super().to_python(value)
        return value.replace("\r\n", "\n").replace("\r", "\n")


class NewScamForm(HoneypotForm):
    fraud_type = forms.ModelChoiceField(
        queryset=FraudType.objects.order_by("sort_order", "slug"),
        required=False,
        label=_("What kind of scam is it?"),
        empty_label=_("Not sure"),
    )
    channel = _channel_field(_("How did it reach you? (optional)"))
    region = _region_field()
    description = MultilineTextField(
        label=_("What happened?"),
        max_length=DESCRIPTION_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 6, "maxlength": DESCRIPTION_MAX_LENGTH}),
        help_text=_(
            "Up to 500 characters. Do not include your name, address, or any bank, "
            "card or account details. We remove card and phone numbers before "
            "storing what you write."
        ),
    )

    field_order = ["fraud_type", "channel", "region", "description", "website"]

    def clean_description(self):
        text = plain_text(self.cleaned_data["description"])
        if not text:
            raise forms.ValidationError(_("Tell us briefly what happened."))
        return scrub(text)
