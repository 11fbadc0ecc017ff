"""Querysets for lists of alerts: the alert index, the home page, related alerts.

Listings select only the columns they show (a page row has ~110 columns with sixteen
languages) and prefetch what they label, so the query count does not grow with the list.
"""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import Prefetch, Q
from django.utils import timezone
from django.utils.translation import get_language

from languages import supported

from .models import AlertPage, FraudType

PER_PAGE = 20


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


def active_q(now=None):
    now = now or timezone.now()
    return Q(status=AlertPage.Status.ACTIVE) & (Q(expires_at__isnull=True) | Q(expires_at__gt=now))


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
    paginator = Paginator(queryset, per_page)
    number = request.GET.get("page", "1")
    try:
        return paginator.page(number)
    except (PageNotAnInteger, EmptyPage):
        return None


def alert_listing_context(index_page, request):
    alerts = alert_list_queryset().filter(active_q())
    page_obj = paginate(alerts, request)
    return {"alerts_page": page_obj, "alerts": page_obj.object_list if page_obj else []}
