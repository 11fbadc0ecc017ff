"""The editor's form for an alert.

Django gives a field with a callable default (an alert's issue date, an update's date) a
hidden copy of its initial value and judges "changed" against that copy; Wagtail's panels do
not render the copy, so every alert looked edited when nothing was. Approving one from its
edit page then saved a new revision, and the review started again. Here those fields are
judged against the stored value, as every other field is (dates are stored to the minute,
as the date fields show them: AlertPage.save).

An editor who withdraws an alert must say why (in English, the source language): readers
and subscribers are told the reason.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm


class AlertPageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        forms = [self, *(form for formset in self.formsets.values() for form in formset.forms)]
        for form in forms:
            for field in form.fields.values():
                field.show_hidden_initial = False

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("status") == "withdrawn" and "withdrawn_reason_en" in self.fields and \
                not (cleaned.get("withdrawn_reason_en") or "").strip():
            self.add_error("withdrawn_reason_en", _(
                "Say why the alert is withdrawn: readers and subscribers are told the reason."))
        return cleaned
