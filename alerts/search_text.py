"""Plain, case-folded text per language, stored so search can match any script.

SQLite's and PostgreSQL's full-text tokenisers do not split Chinese, Gujarati or Tamil
words, so search matches case-folded substrings of this text in the reader's language.
"""

import html
import re

from languages import supported

TAG = re.compile(r"<[^>]+>")
SPACE = re.compile(r"\s+")


def plain_text(value):
    if value is None:
        return ""
    raw = getattr(value, "raw_data", None)
    if raw is not None:  # a StreamField: collect every string in its JSON
        return " ".join(_strings(list(raw)))
    return str(value)


def _strings(data):
    if isinstance(data, str):
        yield data
    elif isinstance(data, dict):
        for key, value in data.items():
            if key not in {"id", "type"}:
                yield from _strings(value)
    elif isinstance(data, list):
        for item in data:
            yield from _strings(item)


def normalise(text):
    text = html.unescape(TAG.sub(" ", text))
    return SPACE.sub(" ", text).strip().casefold()


def fill_search_text(page, fields=None):
    """Set search_text_<lang> for every language from the text a reader of it sees: each
    field in that language, or in English where that field is not translated (a partly
    translated alert shows its English body under an Arabic title, so its English words
    find it too).

    A language with no text of its own stays empty: search falls back to English for it.
    """
    fields = fields or page.tracked_translation_fields
    english_suffix = supported.get(supported.DEFAULT).field_suffix
    english = [plain_text(getattr(page, f"{name}_{english_suffix}", None)) for name in fields]
    for language in supported.LANGUAGES:
        suffix = language.field_suffix
        own = [plain_text(getattr(page, f"{name}_{suffix}", None)) for name in fields]
        parts = [text or fallback for text, fallback in zip(own, english, strict=True)]
        parts = [part for part in parts if part] if any(own) else []
        if parts and getattr(page, "reference_code", ""):
            parts.append(page.reference_code)  # readers search for the code they were given
        setattr(page, f"search_text_{suffix}", normalise(" ".join(parts)))
