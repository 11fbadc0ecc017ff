"""Demo fraud alerts: thirteen alerts across the fraud types, severities and lifecycle.

Keyed by reference code and idempotent: an alert that exists is left alone, so a second
`load_demo` adds no page, revision or row. Dates count back from a fixed BASE_DATE, never
from now, so every load builds the same site. The text lives in demo/alert_texts/.

Lifecycle shown: FA-2026-0001, -0002 and -0003 have expired; -0004 is withdrawn; -0012 has
two dated updates; -0013 supersedes -0006 (which expired when it was replaced); and -0009's
English summary was edited after it was translated, with Polish, Arabic and Urdu brought up
to date but not Welsh, so its Welsh page says the English has changed since.
"""

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from alerts.models import AlertPage, AlertUpdate, Audience, FraudType, Partner, Region
from languages import supported

from .alert_texts import BY_LANGUAGE

BASE_DATE = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)
REVISED_AFTER = timedelta(days=3)
TEXT_FIELDS = ("title", "summary", "body", "what_to_do", "withdrawn_reason")


def days_before(days, hour=9):
    return BASE_DATE - timedelta(days=days) + timedelta(hours=hour - 9)


@dataclass(frozen=True)
class DemoAlert:
    reference: str
    slug: str
    severity: str
    issued: datetime
    fraud_types: tuple
    audiences: tuple
    regions: tuple
    partner: str = ""
    expires: datetime | None = None
    withdrawn: bool = False
    supersedes: str = ""
    update_dates: tuple = ()


ALERTS = (
    DemoAlert("FA-2026-0001", "fake-concert-tickets-social-media", "moderate", days_before(153),
              ("ticket-fraud", "online-shopping-fraud"), ("everyone", "students"),
              ("greater-manchester",), expires=datetime(2026, 8, 31, 23, 0, tzinfo=UTC)),
    DemoAlert("FA-2026-0002", "hmrc-tax-refund-messages", "moderate", days_before(109),
              ("phishing", "text-message-scams"), ("everyone", "small-businesses"),
              ("all-of-the-uk",), partner="uk-finance",
              expires=datetime(2026, 9, 30, 23, 0, tzinfo=UTC)),
    DemoAlert("FA-2026-0003", "student-rental-deposit-scams", "severe", days_before(73),
              ("rental-fraud", "online-shopping-fraud"), ("students",), ("west-midlands",),
              expires=datetime(2026, 10, 15, 23, 0, tzinfo=UTC)),
    DemoAlert("FA-2026-0004", "council-energy-rebate-letters", "minor", days_before(61),
              ("phishing",), ("everyone", "community-groups"), ("england",), withdrawn=True),
    DemoAlert("FA-2026-0005", "romance-fraud-dating-apps", "severe", days_before(52),
              ("romance-fraud", "investment-fraud"), ("everyone", "older-people"),
              ("all-of-the-uk",), partner="action-against-scams"),
    DemoAlert("FA-2026-0006", "northgate-bank-fraud-team-calls", "severe", days_before(47),
              ("police-bank-impersonation",), ("everyone",), ("all-of-the-uk",),
              partner="northgate-bank", expires=days_before(2)),
    DemoAlert("FA-2026-0007", "pension-unlocking-cold-calls", "severe", days_before(37),
              ("pension-fraud", "investment-fraud"), ("older-people",), ("scotland",)),
    DemoAlert("FA-2026-0008", "crypto-ads-fake-celebrity-endorsements", "extreme",
              days_before(27), ("investment-fraud", "identity-theft"), ("everyone",),
              ("all-of-the-uk",), partner="uk-finance"),
    DemoAlert("FA-2026-0009", "rogue-roofers-after-storms", "moderate", days_before(20),
              ("doorstep-fraud",), ("older-people", "community-groups", "faith-groups"),
              ("wales", "south-wales")),
    DemoAlert("FA-2026-0010", "hi-mum-whatsapp-messages", "moderate", days_before(14),
              ("text-message-scams",), ("everyone",), ("all-of-the-uk",)),
    DemoAlert("FA-2026-0011", "fake-parcel-delivery-texts", "minor", days_before(12),
              ("text-message-scams", "phishing"), ("everyone", "small-businesses"),
              ("all-of-the-uk",)),
    DemoAlert("FA-2026-0012", "fake-police-courier-cash-collections", "severe", days_before(5),
              ("courier-fraud", "police-bank-impersonation"), ("older-people",), ("london",),
              partner="city-of-london-police",
              update_dates=(datetime(2026, 11, 3, 16, 30, tzinfo=UTC),
                            datetime(2026, 11, 12, 11, 0, tzinfo=UTC))),
    DemoAlert("FA-2026-0013", "safe-account-bank-impersonation", "extreme", days_before(2),
              ("police-bank-impersonation", "text-message-scams"), ("everyone",),
              ("all-of-the-uk",), partner="northgate-bank", supersedes="FA-2026-0006"),
)


def load(alert_index):
    """Create the demo alerts missing under `alert_index`; returns every demo AlertPage."""
    pages = []
    for demo in ALERTS:
        page = AlertPage.objects.filter(reference_code=demo.reference).first()
        if page is None:
            page = create_alert(alert_index, demo)
        pages.append(page)
    return pages


def texts_for(reference):
    """{language code: {field: text}} for the languages that translate this alert."""
    return {code: texts[reference] for code, texts in BY_LANGUAGE.items() if reference in texts}


def translated_fields(texts, summary_key="summary"):
    """Model field values (title_pl, body_ar, ...) from {language: {field: text}}."""
    fields = {}
    for code, text in texts.items():
        suffix = supported.get(code).field_suffix
        for name in TEXT_FIELDS:
            key = summary_key if name == "summary" and summary_key in text else name
            if key in text:
                fields[f"{name}_{suffix}"] = text[key]
    return fields


def create_alert(alert_index, demo):
    texts = texts_for(demo.reference)
    english = texts[supported.DEFAULT]
    page = AlertPage(
        title=english["title"], slug=demo.slug, reference_code=demo.reference,
        severity=demo.severity, issued_at=demo.issued, expires_at=demo.expires,
        status=AlertPage.Status.WITHDRAWN if demo.withdrawn else AlertPage.Status.ACTIVE,
        source_partner=Partner.objects.filter(slug=demo.partner).first(),
        supersedes=AlertPage.objects.filter(reference_code=demo.supersedes).first()
        if demo.supersedes else None,
        first_published_at=demo.issued,
        **translated_fields(texts),
    )
    alert_index.add_child(instance=page)
    page.fraud_types.set(FraudType.objects.filter(slug__in=demo.fraud_types))
    page.audiences.set(Audience.objects.filter(slug__in=demo.audiences))
    page.regions.set(Region.objects.filter(slug__in=demo.regions))
    page.updates = [
        AlertUpdate(date=date, sort_order=number, **{
            f"text_{supported.get(code).field_suffix}": text["updates"][number]
            for code, text in texts.items() if "updates" in text
        })
        for number, date in enumerate(demo.update_dates)
    ]
    page.save_revision(log_action=True).publish()
    revised = [code for code, text in texts.items() if "summary_revised" in text]
    if revised:
        revise_summary(page, texts)
    date_tracking(page, demo, revised)
    return AlertPage.objects.get(pk=page.pk)


def date_tracking(page, demo, revised):
    """Date the publication and translation tracking by the content, not by the load time.

    Every translation follows the English of the issue date; an edited alert's English (and
    the languages that were re-translated) changed REVISED_AFTER later. A plain update: no
    new revision, so a page's history still shows one publication per load step.
    """
    page = AlertPage.objects.get(pk=page.pk)
    english_changed = demo.issued + (REVISED_AFTER if revised else timedelta(0))
    translated_from = {
        code: (english_changed if code in revised else demo.issued).isoformat()
        for code in page.translated_from
    }
    AlertPage.objects.filter(pk=page.pk).update(
        english_changed_at=english_changed, translated_from=translated_from,
        last_published_at=max((english_changed, *demo.update_dates)),
    )


def revise_summary(page, texts):
    """A later English edit, translated into some languages but not all (so one goes stale)."""
    page = AlertPage.objects.get(pk=page.pk)
    for code, text in texts.items():
        if "summary_revised" in text:
            setattr(page, f"summary_{supported.get(code).field_suffix}", text["summary_revised"])
    page.save_revision(log_action=True).publish()
