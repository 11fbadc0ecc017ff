"""Honest fallback: which language each text on a page is in, and what to tell the reader.

modeltranslation already shows the English text where a language has none; this module
says so. `translation_context(page, request)` gives the template:
- `translation`: {"state": "complete" | "missing" | "stale" | "partial", "language",
  "english_url", "translated_from"} for the reader's language ("partial": some texts are
  shown in English);
- `text_language`: {field name: Language} for each tracked field, so each text element
  carries the lang/dir of the text it actually shows (English where it fell back).
"""

from django.utils import translation

from languages import supported
from languages.alternates import url_in_language
from languages.text import has_text, shown_language


def translation_context(page, request):
    reader = supported.get(translation.get_language())
    english = supported.get(supported.DEFAULT)
    state = page.translation_state(reader.code)
    text_language = {name: shown_language(page, name, reader)
                     for name in page.tracked_translation_fields}
    info = {"state": state, "language": reader, "english_url": None, "translated_from": None}
    if state != "complete":
        info["english_url"] = url_in_language(request, english.code, page)
    if state == "stale":
        info["translated_from"] = page.translated_from_date(reader.code)
    return {
        "translation": info,
        "text_language": text_language,
        "page_language": english if state == "missing" else reader,
    }



def untracked_translation_context(page, request, fields=("title", "intro")):
    """The same `translation` notice for pages whose texts are not revision-tracked (the
    home and index pages): "partial" when any of `fields` that has English text has none of
    its own in the reader's language (the page's interface and lists are still in their
    language, so never "missing"); never "stale" (not tracked)."""
    reader = supported.get(translation.get_language())
    english = supported.get(supported.DEFAULT)
    shown = [name for name in fields
             if has_text(getattr(page, f"{name}_{english.field_suffix}", None))]
    own = [name for name in shown if shown_language(page, name, reader) == reader]
    state = "complete" if reader == english or len(own) == len(shown) else "partial"
    info = {"state": state, "language": reader, "english_url": None, "translated_from": None}
    if state != "complete":
        info["english_url"] = url_in_language(request, english.code, page)
    return {"translation": info}
