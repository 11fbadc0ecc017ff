"""Which languages of which pages need translating, from `TranslationTracked.translation_state`.

Pages are loaded with only the columns the states are computed from (the tracked fields of
the languages asked about), one query per translatable page type.
"""

from dataclasses import dataclass

from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.models import get_page_models

from languages import supported
from languages.models import TranslationTracked

STATE_LABELS = {
    "complete": _("Complete"),
    "missing": _("Missing"),
    "stale": _("Out of date"),
    "partial": _("Partly translated"),
}
NEEDS_WORK = ("missing", "partial", "stale")


def translatable_languages():
    """Every language but English, in the site's order."""
    return [language for language in supported.LANGUAGES if language.code != supported.DEFAULT]


def tracked_page_models():
    return [model for model in get_page_models()
            if issubclass(model, TranslationTracked) and not model._meta.abstract]


@dataclass
class LanguageStatus:
    code: str
    name: str
    local_name: str
    state: str
    translated_from: object = None  # the English it was translated from, when known

    @property
    def label(self):
        return STATE_LABELS[self.state]


def page_statuses(page):
    """[LanguageStatus] for every language but English, for one TranslationTracked page."""
    return [
        LanguageStatus(language.code, language.english_name, language.local_name,
                       page.translation_state(language.code),
                       page.translated_from_date(language.code))
        for language in translatable_languages()
    ]


@dataclass
class NeededTranslation:
    """One row of the "Translations needed" report: one page in one language."""

    page: object
    language: LanguageStatus

    @property
    def title(self):
        return self.page.title

    @property
    def page_type(self):
        return self.page._meta.verbose_name

    @property
    def language_name(self):
        return self.language.name

    @property
    def state_label(self):
        return self.language.label


def _columns(model, codes):
    # English too: a language is partial where English has text it lacks
    suffixes = [supported.get(code).field_suffix for code in (supported.DEFAULT, *codes)]
    names = {"id", "title", "path", "depth", "live", "has_unpublished_changes",
             "english_changed_at", "translated_from", "content_type_id"}
    for field_name in model.tracked_translation_fields:
        names.update(f"{field_name}_{suffix}" for suffix in suffixes)
    # The title is shown in the admin's language, falling back to English.
    for code in (supported.DEFAULT, get_language()):
        names.add(f"title_{supported.get(code).field_suffix}")
    return sorted(names)


def needed_translations(page_ids, codes, states=NEEDS_WORK):
    """[NeededTranslation] for pages whose pk is in `page_ids` (a Page queryset of ids),
    languages `codes` and `states`, ordered by language then page title."""
    rows = []
    codes = [code for code in codes if code != supported.DEFAULT]
    for model in tracked_page_models():
        pages = (model.objects.filter(pk__in=page_ids).only(*_columns(model, codes))
                 .prefetch_related(*(relation for relation, _field
                                     in model.tracked_translation_children))
                 .order_by("title"))
        for page in pages:
            for code in codes:
                state = page.translation_state(code)
                if state in states:
                    language = supported.get(code)
                    rows.append(NeededTranslation(page, LanguageStatus(
                        code, language.english_name, language.local_name, state,
                        page.translated_from_date(code))))
    order = {code: index for index, code in enumerate(supported.CODES)}
    rows.sort(key=lambda row: (order[row.language.code], str(row.page.title).lower()))
    return rows
