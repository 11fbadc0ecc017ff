"""What an alert or advice page shows besides its own fields, in a fixed number of queries."""

from django.db.models import Q, prefetch_related_objects

from .fallback import translation_context
from .listing import language_columns, listing_columns, public_q, related_alerts
from .sharing import share_context
from .taxonomy import attach_terms


def alert_page_context(page, request):
    from .models import AlertPage

    attach_terms([page], "fraud_types", "audiences", "regions")
    # kept on the page: the translation state reads them again (languages.models)
    prefetch_related_objects([page], "updates")
    updates = list(page.updates.all())
    # what this alert replaces and what replaced it, in one query
    linked = Q(supersedes=page) | (Q(pk=page.supersedes_id) if page.supersedes_id else Q(pk__in=[]))
    related = list(
        AlertPage.objects.live().filter(public_q(), linked)
        .only(*listing_columns(), "supersedes_id").order_by("-issued_at")
    )
    supersedes = next((alert for alert in related if alert.pk == page.supersedes_id), None)
    superseded_by = [alert for alert in related if alert.supersedes_id == page.pk]
    if page.status == AlertPage.Status.WITHDRAWN:
        lifecycle = "withdrawn"
    elif page.is_expired:
        lifecycle = "expired"
    elif updates:
        lifecycle = "updated"
    else:
        lifecycle = "active"
    return {
        "lifecycle": lifecycle,
        "updates": updates,
        "supersedes_alert": supersedes,
        "superseded_by": superseded_by,
        "fraud_types": list(page.fraud_types.all()),
        "audiences": list(page.audiences.all()),
        "regions": list(page.regions.all()),
        "partner": page.source_partner,
        **translation_context(page, request),
        **share_context(page, request),
    }


def advice_page_context(page, request):
    attach_terms([page], "fraud_types", "audiences")
    fraud_types = list(page.fraud_types.all())
    return {
        "related_alerts": related_alerts(page, fraud_types=fraud_types),
        "fraud_types": fraud_types,
        "audiences": list(page.audiences.all()),
        **translation_context(page, request),
    }


def advice_index_context(index_page, request):
    from .models import AdvicePage

    columns = ["id", "path", "depth", "url_path", *language_columns(
        ("title", "summary", "url_path", "slug"))]
    advice_pages = (
        AdvicePage.objects.child_of(index_page).live().filter(public_q()).only(*columns)
        .order_by("path")
    )
    return {"advice_pages": attach_terms(list(advice_pages), "fraud_types")}
