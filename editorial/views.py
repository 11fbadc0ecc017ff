"""The "Translations needed" admin report: pages per language whose translation is missing
or out of date, with links to edit them. Translators see their working languages first."""

import datetime

import django_filters
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page

from alerts.permissions import editable_pages
from editorial.models import EditorProfile
from editorial.translation_status import (
    NEEDS_WORK,
    STATE_LABELS,
    needed_translations,
    translatable_languages,
)
from security.spreadsheet_cells import BYTE_ORDER_MARK, neutralise

ALL = "all"
MINE = "mine"


class TranslationsNeededFilterSet(WagtailFilterSet):
    """Language and state choices. They select report rows (page × language), which are
    built in Python, so the filters leave the page queryset alone."""

    language = django_filters.ChoiceFilter(label=_("Language"), empty_label=None,
                                           method="keep")
    state = django_filters.ChoiceFilter(
        label=_("Translation"), empty_label=_("Missing, partly translated or out of date"),
        method="keep",
        choices=[(state, STATE_LABELS[state]) for state in NEEDS_WORK],
    )

    class Meta:
        model = Page
        fields = []

    def __init__(self, *args, working_languages=(), **kwargs):
        super().__init__(*args, **kwargs)
        choices = [(ALL, _("All languages"))]
        if working_languages:
            choices.append((MINE, _("My working languages")))
        choices += [(language.code, language.english_name)
                    for language in translatable_languages()]
        self.filters["language"].extra["choices"] = choices

    def keep(self, queryset, name, value):
        return queryset


class TranslationsNeededView(ReportView):
    page_title = _("Translations needed")
    header_icon = "globe"
    results_template_name = "editorial/translations_needed_results.html"
    index_url_name = "editorial:translations_needed"
    index_results_url_name = "editorial:translations_needed_results"
    filterset_class = TranslationsNeededFilterSet
    model = Page
    any_permission_required = ["add", "change", "publish"]
    paginate_by = 50
    list_export = ["title", "page_type", "language_name", "state_label",
                   "language.translated_from"]
    export_headings = {
        "title": _("Title"),
        "page_type": _("Type"),
        "language_name": _("Language"),
        "state_label": _("Translation"),
        "language.translated_from": _("Translated from the English of"),
    }

    custom_field_preprocess = {
        # ISO 8601 to the minute, in the site's time zone: 2026-05-04T09:30+01:00
        "language.translated_from": {
            "csv": lambda moment: (timezone.localtime(moment).isoformat(timespec="minutes")
                                   if moment else ""),
        },
    }

    def stream_csv(self, queryset):
        """Wagtail streams the CSV after the view has returned, when the admin user's language
        is no longer active: each line is written in that language again."""
        language = translation.get_language()  # now, while the view runs
        lines = super().stream_csv(queryset)

        def in_language():
            yield BYTE_ORDER_MARK  # for the spreadsheet: titles in sixteen scripts
            while True:
                with translation.override(language):
                    line = next(lines, None)
                if line is None:
                    return
                yield line

        return in_language()

    def write_csv_row(self, writer, row_dict):
        # titles are editors' words: one starting "=" or "+" must stay text in a spreadsheet
        return super().write_csv_row(
            writer, {field: neutralise(value) if isinstance(value, str) else value
                     for field, value in row_dict.items()})

    def get_filename(self):
        return "translations-needed-" + datetime.date.today().isoformat()

    @property
    def working_languages(self):
        if not hasattr(self, "_working_languages"):
            self._working_languages = EditorProfile.languages_for(self.request.user)
        return self._working_languages

    def get_filterset_kwargs(self):
        kwargs = super().get_filterset_kwargs()
        kwargs["working_languages"] = self.working_languages
        if "language" not in self.request.GET:
            data = self.request.GET.copy()
            data["language"] = MINE if self.working_languages else ALL
            kwargs["data"] = data
        return kwargs

    def chosen(self, name, default):
        if self.filters is not None and self.filters.is_valid():
            return self.filters.form.cleaned_data.get(name) or default
        return default

    def chosen_codes(self):
        language = self.chosen("language", ALL)
        if language == MINE:
            return self.working_languages
        if language == ALL:
            return [language.code for language in translatable_languages()]
        return [language]

    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        if self.filters is not None and not self.filters.is_valid():
            response.status_code = 400  # an unknown language or state: the form says which
        return response

    def get_filtered_queryset(self):
        editable = editable_pages(self.request.user, self.permission_policy).values("pk")
        state = self.chosen("state", "")
        states = (state,) if state else NEEDS_WORK
        return needed_translations(editable, self.chosen_codes(), states)
