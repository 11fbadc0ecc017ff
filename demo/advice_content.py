"""Demo prevention advice: twelve plain-language advice pages, built by code (idempotent).

Every page is in English, Polish, Arabic, Urdu and Welsh; a few are also in Bengali,
Punjabi, Simplified Chinese, Romanian and Somali, so the English fallback shows elsewhere.
The text lives in demo/advice_text/<language>.py. A page is keyed by its slug: one that
already exists is left alone, so a second load creates no page, revision or row.
"""

import html

from django.utils import translation

from alerts.models import AdvicePage, Audience, FraudType
from demo.advice_text import TEXTS, en
from languages import supported

# English slug -> (fraud type slugs, audience slugs). Terms the taxonomy has not created
# are skipped, so this works whether or not the taxonomy is loaded.
FILED_UNDER = {
    "phishing-emails-and-texts": (("phishing", "text-message-scams"), ("everyone",)),
    "courier-fraud": (("courier-fraud", "impersonation"), ("older-people",)),
    "romance-fraud": (("romance-fraud",), ("everyone", "older-people")),
    "investment-fraud": (("investment-fraud",), ("everyone",)),
    "safe-account-scams": (("impersonation",), ("everyone", "older-people")),
    "online-shopping-fraud": (("online-shopping",), ("everyone", "students", "small-businesses")),
    "ticket-fraud": (("ticket-fraud",), ("everyone", "students")),
    "rental-fraud": (("rental-fraud",), ("students",)),
    "identity-theft": (("identity-theft", "phishing"), ("everyone", "small-businesses")),
    "pension-fraud": (("pension-fraud", "investment-fraud"), ("older-people",)),
    "doorstep-crime": (("doorstep-fraud",), ("older-people", "community-groups")),
    "if-you-have-been-scammed": ((), ("everyone",)),
}


def load(advice_index):
    """Create the advice pages missing under `advice_index`; return the ones created."""
    created = []
    with translation.override(supported.DEFAULT):
        existing = set(AdvicePage.objects.child_of(advice_index).values_list("slug_en", flat=True))
        for slug in en.PAGES:
            if slug not in existing:
                created.append(create_advice_page(advice_index, slug))
    return created


def create_advice_page(parent, slug):
    """Publish one advice page in every language that has its text.

    A page with a revised English summary (en.REVISED_SUMMARIES) gets a second revision
    that changes it, together with the summaries of the languages that kept up; the
    languages that did not (Polish) are left stale, as happens when editors change the
    English after a translation.
    """
    page = AdvicePage(slug=slug, title=en.PAGES[slug]["title"])
    for code, module in TEXTS.items():
        text = module.PAGES.get(slug)
        if text:
            fill_language(page, code, text, module.HEADINGS)
    parent.add_child(instance=page)
    fraud_types, audiences = FILED_UNDER[slug]
    page.fraud_types.set(FraudType.objects.filter(slug__in=fraud_types))
    page.audiences.set(Audience.objects.filter(slug__in=audiences))
    page.save_revision(log_action=True).publish()

    if slug in en.REVISED_SUMMARIES:
        page = AdvicePage.objects.get(pk=page.pk)
        for code, module in TEXTS.items():
            revised = getattr(module, "REVISED_SUMMARIES", {}).get(slug)
            if revised:
                setattr(page, f"summary_{supported.get(code).field_suffix}", revised)
        page.save_revision(log_action=True).publish()
    return AdvicePage.objects.get(pk=page.pk)


def fill_language(page, code, text, headings):
    suffix = supported.get(code).field_suffix
    setattr(page, f"title_{suffix}", text["title"])
    setattr(page, f"summary_{suffix}", text["summary"])
    setattr(page, f"body_{suffix}", advice_body(text, headings))


def advice_body(text, headings):
    """The StreamField value: what it is, how it works, warning signs, steps, call-out,
    report it."""
    headings = {**headings, **text.get("headings", {})}
    callout_heading, callout_text = text["callout"]
    return [
        ("heading", headings["what"]),
        ("paragraph", paragraph(text["what"])),
        ("heading", headings["how"]),
        ("paragraph", paragraph(text["how"])),
        ("warning_signs", {"heading": headings["signs"], "signs": text["signs"]}),
        ("steps", {"heading": headings["steps"], "steps": text["steps"]}),
        ("callout", {"heading": callout_heading, "text": callout_text}),
        ("report_it", {"extra": text.get("report", "")}),
    ]


def paragraph(text):
    return f"<p>{html.escape(text, quote=False)}</p>"
