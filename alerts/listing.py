"""Querysets for lists of alerts: the alert index, the home page, related alerts.

Listings select only the columns they show (a page row has ~110 columns with sixteen
languages) and prefetch what they label, so the query count does not grow with the list.
"""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import Exists, F, OuterRef
from django.db.models.lookups import StartsWith
from django.http import Http404
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from languages import supported

from .filters import TAXONOMY_FILTERS, active_q, filter_alerts, is_filtered, query_string
from .models import AlertPage
from .taxonomy import attach_terms, terms

__all__ = [
    "active_q", "alert_list_queryset", "alert_listing_context", "filter_alerts",
    "labelled", "latest_alerts", "listing_columns", "public_q", "related_alerts",
]

PER_PAGE = 20


class PageOutOfRange(Exception):  # noqa: N818 (not an error: the reader is sent on)
    """?page= beyond the last page: the index page redirects to `url` (the last page, same
    filters)."""

    def __init__(self, url):
        super().__init__(url)
        self.url = url


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


def public_q():
    """Pages no view restriction covers: Wagtail's `.public()` as a subquery.

    `.public()` runs a query of its own for the restrictions each time a queryset uses it;
    this asks the same question inside the page query (the same rule: a restriction covers
    its page and every page below it). Use it where few rows match (one alert's links): over
    a whole listing the per-row subquery costs more than the query it saves (10 ms at 10,000).
    """
    from wagtail.models import PageViewRestriction

    covering = PageViewRestriction.objects.filter(StartsWith(OuterRef("path"), F("page__path")))
    return ~Exists(covering)


def alert_list_queryset(language_code=None):
    """Live public alerts, newest first, with the columns a list shows. Pass what it gives
    through `labelled()` to fill each alert's fraud types."""
    return (
        AlertPage.objects.live().public()
        .only(*listing_columns(language_code))
        .order_by("-issued_at", "-id")
    )


def labelled(alerts):
    """The alerts as a list, each with its fraud types (one query for them all)."""
    return attach_terms(list(alerts), "fraud_types")


def latest_alerts(limit=5):
    return labelled(alert_list_queryset().filter(active_q())[:limit])


def related_alerts(advice_page, limit=5, fraud_types=None):
    """Current alerts of the page's fraud types (pass them if already loaded: no query)."""
    if fraud_types is not None:
        type_ids = [fraud_type.pk for fraud_type in fraud_types]
    else:
        type_ids = list(advice_page.fraud_types.values_list("id", flat=True))
    if not type_ids:
        return []
    return labelled(
        alert_list_queryset().filter(active_q(), fraud_types__in=type_ids).distinct()[:limit]
    )


def paginate(queryset, request, per_page=PER_PAGE, count_key=None):
    """The requested page of `queryset`. A number past the last page raises PageOutOfRange
    (redirect to the last page, keeping the rest of the query); anything else that is not a
    page (0, "abc") is a 404.

    With `count_key` (naming what the queryset selects), its count is remembered until the
    content changes or the next alert expires (pagecache.memo): a COUNT over every active
    alert took 18 ms at 10,000 alerts on SQLite."""
    paginator = Paginator(queryset, per_page)
    if count_key is not None:
        from pagecache import expiry, memo

        paginator.count = memo.per_generation(count_key, queryset.count,
                                              seconds=expiry.time_to_live)
    number = request.GET.get("page", "1")
    try:
        return paginator.page(number)
    except EmptyPage as error:
        if number.isdecimal() and int(number) > paginator.num_pages:
            query = request.GET.copy()
            if paginator.num_pages > 1:
                query["page"] = str(paginator.num_pages)
            else:
                query.pop("page", None)
            url = f"{request.path}?{query.urlencode()}" if query else request.path
            raise PageOutOfRange(url) from error
        raise Http404("No such page of alerts") from error
    except PageNotAnInteger as error:
        raise Http404("No such page of alerts") from error


def taxonomy_terms():
    """Every term of each taxonomy filter, for the form (remembered: alerts.taxonomy)."""
    return {name: terms(model) for name, (model, _relation) in TAXONOMY_FILTERS.items()}


def filter_options(cleaned, terms_by_filter=None):
    """The form's choices, each marked if chosen (`terms_by_filter` from taxonomy_terms()).

    [{"name", "label", "kind": "checkbox" | "select", "options": [(value, label, chosen)]}]
    """
    labels = {"fraud_type": _("Fraud type"), "audience": _("Who it affects"), "region": _("Region")}
    terms_by_filter = terms_by_filter or taxonomy_terms()
    groups = []
    for name in TAXONOMY_FILTERS:
        chosen = set(cleaned.get(name, []))
        terms = terms_by_filter[name]
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
    # the form's choices also validate the filters and label the cards: no extra query
    by_filter = taxonomy_terms()
    known = {name: {term.slug: term.id for term in items} for name, items in by_filter.items()}
    alerts, filters, errors = filter_alerts(alert_list_queryset(), request.GET, known_terms=known)
    page_obj = paginate(alerts, request,
                        count_key=("alert-list-count", index_page.pk, query_string(filters)))
    page_obj.object_list = attach_terms(list(page_obj.object_list), "fraud_types",
                                        known={"fraud_types": by_filter["fraud_type"]})
    return {
        "alerts_page": page_obj,
        "alerts": page_obj.object_list,
        "filters": filters,
        "filter_errors": errors,
        "filter_groups": filter_options(filters, terms_by_filter=by_filter),
        "status_choices": status_choices(filters),
        "is_filtered": is_filtered(filters),
        "filter_query": query_string(filters),
    }
