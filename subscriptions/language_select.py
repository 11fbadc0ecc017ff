"""The "Language of the emails" select: each option names its language in that language's
own script (subscriptions.models.LANGUAGE_CHOICES) and carries its `lang` and `dir`, so a
screen reader reads "العربية" with an Arabic voice, not the page's."""

from django import forms

from languages import supported


class LanguageSelect(forms.Select):
    def create_option(self, name, value, label, selected, index, subindex=None, attrs=None):
        option = super().create_option(name, value, label, selected, index, subindex, attrs)
        language = supported.BY_CODE.get(str(value))
        if language is not None:
            option["attrs"] = {**option["attrs"], "lang": language.code,
                               "dir": language.direction}
        return option
