"""Demo advice text, one module per language: HEADINGS and PAGES keyed by English slug.

Each page is a dict: title, summary, what, how (paragraphs), signs and steps (lists),
callout (heading, text), optional report (extra "report it" advice) and optional headings
that replace the language's standard ones for that page. English, Polish, Welsh, Arabic
and Urdu have every page; the other modules have a few, so the English fallback shows.
"""

from . import ar, bn, cy, en, pa, pl, ro, so, ur, zh_hans

TEXTS = {
    "en": en,
    "pl": pl,
    "ar": ar,
    "ur": ur,
    "cy": cy,
    "bn": bn,
    "pa": pa,
    "zh-hans": zh_hans,
    "ro": ro,
    "so": so,
}
