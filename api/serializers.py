"""Alerts and taxonomy terms as JSON-ready dicts, read in one language.

Called inside `translation.override(language)`: modeltranslation then returns that
language's text (falling back to English where a field has no translation).
"""

from django.db.models import Prefetch
from django.urls import reverse
from wagtail.rich_text import expand_db_html

from alerts.listing import alert_list_queryset, listing_columns
from alerts.models import AlertPage, AlertUpdate, Audience, FraudType, Region
from alerts.taxonomy import attach_terms
from feeds.items import updated_at
from languages import supported


def _iso(moment):
    return moment.isoformat() if moment else None


def _columns(language_code, *names):
    codes = {supported.DEFAULT, language_code}
    return [f"{name}_{supported.get(code).field_suffix}" for name in names for code in codes]


def alert_queryset(language_code):
    """Live public alerts with every column the API shows, updates prefetched (and the terms
    filled by `with_terms`): the number of queries is fixed whatever the number of alerts."""
    updates = AlertUpdate.objects.only("id", "page_id", "date", "sort_order",
                                       *_columns(language_code, "text"))
    return (
        alert_list_queryset(language_code)
        .select_related("source_partner", "supersedes")
        .only(
            *listing_columns(language_code),
            *_columns(language_code, "body", "what_to_do", "withdrawn_reason"),
            "english_changed_at", "translated_from",
            "source_partner__id", "source_partner__slug", "source_partner__website",
            *[f"source_partner__{column}" for column in _columns(language_code, "name")],
            "source_partner__name", "supersedes__id", "supersedes__reference_code",
        )
        .prefetch_related(Prefetch("updates", queryset=updates))
    )


def with_terms(alerts):
    """The alerts as a list, each with its fraud types, audiences and regions."""
    return attach_terms(list(alerts), "fraud_types", "audiences", "regions")


def taxon_json(taxon):
    return {"slug": taxon.slug, "name": taxon.name}


def alert_json(alert, request, language_code, *, full=False):
    updates = list(alert.updates.all())
    data = {
        "reference_code": alert.reference_code,
        "language": language_code,
        "translation_state": alert.translation_state(language_code),
        "title": alert.title,
        "summary": alert.summary,
        "url": alert.get_full_url(request),
        "severity": alert.severity,
        "status": alert.status,
        "lifecycle": _lifecycle(alert, updates),
        "issued_at": _iso(alert.issued_at),
        "updated_at": _iso(updated_at(alert)),
        "expires_at": _iso(alert.expires_at),
        "withdrawn_reason": alert.withdrawn_reason or None,
        "fraud_types": [taxon_json(taxon) for taxon in alert.fraud_types.all()],
        "audiences": [taxon_json(taxon) for taxon in alert.audiences.all()],
        "regions": [{**taxon_json(taxon), "kind": taxon.kind} for taxon in alert.regions.all()],
        "source_partner": (
            {**taxon_json(alert.source_partner), "website": alert.source_partner.website or None}
            if alert.source_partner else None
        ),
        "supersedes": alert.supersedes.reference_code if alert.supersedes else None,
        "updates": [{"date": _iso(update.date), "text": update.text} for update in updates],
        "cap_url": request.build_absolute_uri(
            reverse("cap:message", args=[alert.reference_code])),
        "api_url": request.build_absolute_uri(
            reverse("api:alert", args=[alert.reference_code])) + f"?lang={language_code}",
    }
    if full:
        data["body_html"] = expand_db_html(alert.body or "")
        data["what_to_do_html"] = expand_db_html(alert.what_to_do or "")
    return data


def _lifecycle(alert, updates):
    if alert.status == AlertPage.Status.WITHDRAWN:
        return "withdrawn"
    if alert.is_expired:
        return "expired"
    return "updated" if updates else "active"


def taxonomy_json(model):
    def row(taxon):
        data = {**taxon_json(taxon), "description": taxon.description}
        if model is Region:
            data["kind"] = taxon.kind
        return data

    return [row(taxon) for taxon in model.objects.all()]


TAXONOMIES = {"fraud-types": FraudType, "audiences": Audience, "regions": Region}
