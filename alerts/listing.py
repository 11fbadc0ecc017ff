"""Querysets for lists of alerts: the alert index, the home page, related alerts.

Listings select only the columns they show (a page row has ~110 columns with sixteen
languages) and prefetch what they label, so the query count does not grow with the list.
"""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import Prefetch
from django.http import Http404
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from languages import supported

from .filters import TAXONOMY_FILTERS, active_q, filter_alerts, is_filtered, query_string
from .models import AlertPage, FraudType

__all__ = [
    "active_q", "alert_list_queryset", "alert_listing_context", "filter_alerts",
    "latest_alerts", "listing_columns", "related_alerts",
]

PER_PAGE = 20


def language_columns(names, language_code=None):
    """Each field in `names` in the reader's language and English: ["title_pl", "title_en"]."""
    codes = {supported.DEFAULT, language_code or get_language() or supported.DEFAULT}
    return [f"{name}_{supported.get(code).field_suffix}" for code in codes for name in names]


def listing_columns(language_code=None):
    """The AlertPage columns a list item shows, in the reader's language and English."""
    codes = {supported.DEFAULT, language_code or get_language() or supported.DEFAULT}
    fields = ["id", "path", "depth", "url_path", "reference_code", "severity", "status",
              "issued_at", "expires_at", "last_published_at", "latest_revision_created_at"]
    for code in codes:
        suffix = supported.get(code).field_suffix
        fields += [f"title_{suffix}", f"summary_{suffix}", f"url_path_{suffix}",
                   f"slug_{suffix}"]
    return fields


def alert_list_queryset(language_code=None):
    fraud_types = FraudType.objects.only("id", "slug", "name", *_name_columns(language_code))
    return (
        AlertPage.objects.live().public()
        .only(*listing_columns(language_code))
        .prefetch_related(Prefetch("fraud_types", queryset=fraud_types))
        .order_by("-issued_at", "-id")
    )


def _name_columns(language_code):
    codes = {supported.DEFAULT, language_code or get_language() or supported.DEFAULT}
    return [f"name_{supported.get(code).field_suffix}" for code in codes]


def latest_alerts(limit=5):
    return list(alert_list_queryset().filter(active_q())[:limit])


def related_alerts(advice_page, limit=5):
    type_ids = list(advice_page.fraud_types.values_list("id", flat=True))
    if not type_ids:
        return []
    return list(
        alert_list_queryset().filter(active_q(), fraud_types__in=type_ids).distinct()[:limit]
    )


def paginate(queryset, request, per_page=PER_PAGE):
    """The requested page of `queryset`; a page number that is not a page is a 404."""
    paginator = Paginator(queryset, per_page)
    number = request.GET.get("page", "1")
    try:
        return paginator.page(number)
    except (PageNotAnInteger, EmptyPage) as error:
        raise Http404("No such page of alerts") from error


def filter_options(cleaned, language_code=None):
    """The form's choices, each marked if chosen: one query per taxonomy, none otherwise.

    [{"name", "label", "kind": "checkbox" | "select", "options": [(value, label, chosen)]}]
    """
    labels = {"fraud_type": _("Fraud type"), "audience": _("Who it affects"), "region": _("Region")}
    groups = []
    for name, (model, _relation) in TAXONOMY_FILTERS.items():
        chosen = set(cleaned.get(name, []))
        terms = model.objects.only("id", "slug", *_name_columns(language_code))
        groups.append({
            "name": name, "label": labels[name],
            "kind": "select" if name == "region" else "checkbox",
            "options": [(term.slug, term.name, term.slug in chosen) for term in terms],
        })
    chosen = set(cleaned.get("severity", []))
    groups.append({
        "name": "severity", "label": _("Severity"), "kind": "checkbox",
        "options": [(value, label, value in chosen) for value, label in AlertPage.Severity.choices],
    })
    return groups


def status_choices(cleaned):
    chosen = cleaned.get("status")
    return [
        (value, label, value == chosen)
        for value, label in (
            ("active", _("Active alerts")),
            ("expired", _("Expired alerts")),
            ("withdrawn", _("Withdrawn alerts")),
            ("all", _("All alerts")),
        )
    ]


def alert_listing_context(index_page, request):
    alerts, filters, errors = filter_alerts(alert_list_queryset(), request.GET)
    page_obj = paginate(alerts, request)
    return {
        "alerts_page": page_obj,
        "alerts": page_obj.object_list,
        "filters": filters,
        "filter_errors": errors,
        "filter_groups": filter_options(filters),
        "status_choices": status_choices(filters),
        "is_filtered": is_filtered(filters),
        "filter_query": query_string(filters),
    }
