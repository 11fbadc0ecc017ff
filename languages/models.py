"""Per-language translation tracking shared by every translatable page type."""

import json

from django.db import models
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from . import supported


class TranslationTracked(models.Model):
    """Remembers when the English last changed and, per language, which English it follows.

    `english_changed_at`: when any English text field last changed.
    `translated_from`: {language code: ISO timestamp of the English version that language's
    text was last written against}. A translation is stale when that timestamp is older than
    `english_changed_at`, and partial when some text that has English lacks that language.
    Subclasses list their text fields in `tracked_translation_fields`, and the text fields of
    child rows (e.g. an alert's updates) as (relation, field) in `tracked_translation_children`.
    """

    english_changed_at = models.DateTimeField(null=True, blank=True, editable=False)
    translated_from = models.JSONField(default=dict, blank=True, editable=False)

    tracked_translation_fields: tuple[str, ...] = ("title",)
    tracked_translation_children: tuple[tuple[str, str], ...] = ()

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        update_fields = kwargs.get("update_fields")
        if update_fields is None or self._touches_tracked_text(update_fields):
            previous = None
            if self.pk:
                previous = type(self).objects.filter(pk=self.pk).first()
            self.update_translation_tracking(previous)
            if update_fields is not None:
                kwargs["update_fields"] = {
                    *update_fields, "english_changed_at", "translated_from"
                }
        super().save(*args, **kwargs)

    def _touches_tracked_text(self, update_fields):
        """A partial save (Wagtail saves revisions with update_fields) that writes text."""
        names = set(update_fields)
        return any(
            field == name or field.startswith(f"{name}_")
            for field in names
            for name in self.tracked_translation_fields
        )

    def _tracked_values(self, language_code):
        """The tracked texts in one language, in an order that is the same for every language:
        the page's fields, then each child row's (children ordered by their English text)."""
        suffix = supported.get(language_code).field_suffix
        english = supported.get(supported.DEFAULT).field_suffix
        values = [
            _comparable(getattr(self, f"{name}_{suffix}", None))
            for name in self.tracked_translation_fields
        ]
        for relation, name in self.tracked_translation_children:
            children = sorted(getattr(self, relation).all(),
                              key=lambda child: _comparable(getattr(child, f"{name}_{english}")))
            values += [_comparable(getattr(child, f"{name}_{suffix}", None))
                       for child in children]
        return values

    def update_translation_tracking(self, previous=None, now=None):
        """Compare with the stored row (`previous`) and move the dates that changed."""
        now = now or timezone.now()
        english = supported.DEFAULT
        english_changed = previous is None or (
            self._tracked_values(english) != previous._tracked_values(english)
        )
        if english_changed or self.english_changed_at is None:
            self.english_changed_at = now
        stamp = self.english_changed_at.isoformat()
        translated_from = dict(self.translated_from or {})
        for language in supported.LANGUAGES:
            if language.code == english:
                continue
            values = self._tracked_values(language.code)
            if not any(values):
                translated_from.pop(language.code, None)
                continue
            if previous is None or values != previous._tracked_values(language.code):
                translated_from[language.code] = stamp
        self.translated_from = translated_from

    def translation_state(self, language_code):
        """"complete", "missing", "stale" or "partial" for one language ("complete" for
        English). "partial": some text that has English has none in this language (the reader
        sees English there); a translation both out of date and partial counts as "stale"."""
        if language_code == supported.DEFAULT:
            return "complete"
        values = self._tracked_values(language_code)
        if not any(values):
            return "missing"
        written_against = self.translated_from_date(language_code)
        if written_against and self.english_changed_at and (
            written_against < self.english_changed_at
        ):
            return "stale"
        english = self._tracked_values(supported.DEFAULT)
        if any(source and not value for source, value in zip(english, values, strict=False)):
            return "partial"
        return "complete"

    def translated_from_date(self, language_code):
        """When the English this language's text follows was written (aware datetime)."""
        stamp = (self.translated_from or {}).get(language_code)
        return parse_datetime(stamp) if stamp else None


def _comparable(value):
    """StreamField values compare by their JSON without block ids (an empty stream is "",
    so a language with no body counts as missing); everything else by its text."""
    if value is None:
        return ""
    raw = getattr(value, "raw_data", None)
    if raw is not None:
        blocks = _without_ids(list(raw))
        return json.dumps(blocks, sort_keys=True, default=str) if blocks else ""
    return str(value)


def _without_ids(data):
    if isinstance(data, dict):
        return {key: _without_ids(value) for key, value in data.items() if key != "id"}
    if isinstance(data, list):
        return [_without_ids(item) for item in data]
    return data
