"""The subscribe, preferences and "send me my link" forms. Labels and errors are translated;
the honeypot field `website` is hidden by CSS and must stay empty."""

from django import forms
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from alerts.models import Audience, FraudType, Region

from .language_select import LanguageSelect
from .models import LANGUAGE_CHOICES, Frequency

SCOPE_CHOICES = [("all", _("All alerts")),
                 ("chosen", _("Only alerts about the topics I choose below"))]


class TermChoiceField(forms.ModelMultipleChoiceField):
    """Checkboxes of taxonomy terms. A value that is not a term id the database can hold
    (e.g. 99999999999999999999999) is "not one of the available choices", like any other
    unknown value: Django's own check passed it to the query, where it overflowed (a 500)."""

    def _check_values(self, value):
        for item in value:
            text = str(item)
            if not (text.isascii() and text.isdecimal() and int(text) < 2**63):
                raise forms.ValidationError(
                    self.error_messages["invalid_choice"], code="invalid_choice",
                    params={"value": item})
        return super()._check_values(value)


def _terms(model, label):
    return TermChoiceField(queryset=model.objects.all(), required=False, label=label,
                           widget=forms.CheckboxSelectMultiple)


class HoneypotMixin(forms.Form):
    website = forms.CharField(
        required=False, label=_("Leave this field empty"),
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}))

    def is_bot(self):
        return bool(self.data.get("website"))


class PreferencesForm(forms.Form):
    language = forms.ChoiceField(label=_("Language of the emails"), choices=LANGUAGE_CHOICES,
                                 widget=LanguageSelect)
    scope = forms.ChoiceField(label=_("What to hear about"), choices=SCOPE_CHOICES,
                              widget=forms.RadioSelect, initial="all")
    fraud_types = _terms(FraudType, _("Fraud types"))
    regions = _terms(Region, _("Regions"))
    audiences = _terms(Audience, _("Who the alert is for"))
    frequency = forms.ChoiceField(label=_("How often"), choices=Frequency.choices,
                                  widget=forms.RadioSelect, initial=Frequency.IMMEDIATE)
    organisation = forms.CharField(
        label=_("Organisation (optional)"), required=False, max_length=200,
        help_text=_("For community groups who pass alerts on to their members."))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].initial = get_language()

    def clean(self):
        data = super().clean()
        chosen = any(data.get(name) for name in ("fraud_types", "regions", "audiences"))
        if data.get("scope") == "chosen" and not chosen:
            raise forms.ValidationError(_(
                "Choose at least one fraud type, region or group, or choose all alerts."))
        return data

    def apply(self, subscriber):
        """Save the choices onto a (saved) subscriber."""
        data = self.cleaned_data
        subscriber.language = data["language"]
        subscriber.frequency = data["frequency"]
        subscriber.organisation = data["organisation"]
        subscriber.all_alerts = data["scope"] == "all"
        subscriber.save()
        for name in ("fraud_types", "regions", "audiences"):
            getattr(subscriber, name).set([] if subscriber.all_alerts else data[name])

    @classmethod
    def initial_for(cls, subscriber):
        return {
            "language": subscriber.language, "frequency": subscriber.frequency,
            "organisation": subscriber.organisation,
            "scope": "all" if subscriber.all_alerts else "chosen",
            "fraud_types": list(subscriber.fraud_types.values_list("id", flat=True)),
            "regions": list(subscriber.regions.values_list("id", flat=True)),
            "audiences": list(subscriber.audiences.values_list("id", flat=True)),
        }


class SubscribeForm(HoneypotMixin, PreferencesForm):
    email = forms.EmailField(label=_("Your email address"), max_length=254)

    field_order = ["email", "language", "scope", "fraud_types", "regions", "audiences",
                   "frequency", "organisation", "website"]

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()


class SendLinkForm(HoneypotMixin, forms.Form):
    email = forms.EmailField(label=_("Your email address"), max_length=254)

    field_order = ["email", "website"]

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()
