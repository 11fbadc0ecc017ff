"""Demo alert text, one module per language: TEXTS = {reference code: {field: text}}.

English (en) has every alert. Welsh, Polish, Arabic and Urdu translate every alert;
Romanian, Bengali, Punjabi and Chinese translate three (in `more.py`), so the English
fallback shows elsewhere. Fields: title, summary, body, what_to_do (rich text HTML),
optionally withdrawn_reason, updates (one text per dated update) and summary_revised
(the summary after a later edit; a language without it keeps its first translation).
"""

from . import ar, cy, en, more, pl, ur

BY_LANGUAGE = {"en": en.TEXTS, "cy": cy.TEXTS, "pl": pl.TEXTS, "ar": ar.TEXTS, "ur": ur.TEXTS,
               **more.TEXTS}
