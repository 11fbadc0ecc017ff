from django import forms
from django.utils.translation import gettext_lazy as _

from editorial.models import EditorProfile
from editorial.translation_status import translatable_languages


class WorkingLanguagesForm(forms.ModelForm):
    working_languages = forms.MultipleChoiceField(
        label=_("Working languages"), required=False, widget=forms.CheckboxSelectMultiple,
        help_text=_("The languages you translate or review. The \"Translations needed\" "
                    "report shows these first."),
    )

    class Meta:
        model = EditorProfile
        fields = ["working_languages"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["working_languages"].choices = [
            (language.code, f"{language.local_name} ({language.english_name})")
            for language in translatable_languages()
        ]
