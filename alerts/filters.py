"""Filtering alerts by fraud type, audience, region, severity and status.

`filter_alerts(queryset, params)` is shared by the alert index and the feeds: it reads a
QueryDict (or a plain dict of lists/strings), keeps what it recognises, and reports what
it ignored, so bad input never raises. Taxonomy filters take slugs; several values of one
filter are alternatives (OR), different filters combine (AND).
"""

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import AlertPage, Audience, FraudType, Region

STATUSES = ("active", "expired", "withdrawn", "all")
DEFAULT_STATUS = "active"
MAX_VALUES = 30  # per filter: more than every term we publish, few enough to stay cheap
MAX_VALUE_LENGTH = 100

# filter name in the URL -> (taxonomy model, AlertPage many-to-many field)
TAXONOMY_FILTERS = {
    "fraud_type": (FraudType, "fraud_types"),
    "audience": (Audience, "audiences"),
    "region": (Region, "regions"),
}
FILTER_NAMES = (*TAXONOMY_FILTERS, "severity", "status")


def active_q(now=None):
    now = now or timezone.now()
    return Q(status=AlertPage.Status.ACTIVE) & (
        Q(expires_at__isnull=True) | Q(expires_at__gt=now)
    )


def status_q(status, now=None):
    """The condition for one status; "all" is no condition at all."""
    now = now or timezone.now()
    if status == "active":
        return active_q(now)
    if status == "expired":
        return Q(status=AlertPage.Status.ACTIVE, expires_at__lte=now)
    if status == "withdrawn":
        return Q(status=AlertPage.Status.WITHDRAWN)
    return Q()


def _values(params, name):
    if hasattr(params, "getlist"):
        raw = params.getlist(name)
    else:
        raw = params.get(name) or []
        raw = [raw] if isinstance(raw, str) else list(raw)
    values = []
    for item in raw:
        for value in str(item).split(","):  # "a,b" is the same as a=..&a=..
            value = value.strip()[:MAX_VALUE_LENGTH]
            if value and value not in values:
                values.append(value)
    return values[:MAX_VALUES]


def filter_alerts(queryset, params, now=None, known_terms=None):
    """Apply the filters in `params` to an AlertPage queryset.

    Returns (queryset, cleaned, errors):
    - cleaned: {"fraud_type": [slug, ...], "audience": [...], "region": [...],
      "severity": [...], "status": "active" | "expired" | "withdrawn" | "all"}, only the
      values that were recognised (status defaults to "active");
    - errors: translated messages naming what was ignored (empty when all was well).
    One query per taxonomy filter that is used; none for severity and status, and none at all
    when the caller already holds every term: known_terms = {"fraud_type": {slug: id}, ...}.
    """
    cleaned = {}
    ignored = []
    for name, (model, relation) in TAXONOMY_FILTERS.items():
        wanted = _values(params, name)
        if not wanted:
            cleaned[name] = []
            continue
        if known_terms is not None:
            found = {slug: known_terms[name][slug] for slug in wanted if slug in known_terms[name]}
        else:
            found = dict(model.objects.filter(slug__in=wanted).values_list("slug", "id"))
        cleaned[name] = [slug for slug in wanted if slug in found]
        ignored += [slug for slug in wanted if slug not in found]
        if found:
            through = getattr(AlertPage, relation).through
            owner = through._meta.get_field("alertpage").attname
            target = f"{model._meta.model_name}_id"
            queryset = queryset.filter(
                pk__in=through.objects.filter(**{f"{target}__in": found.values()})
                .values(owner)
            )

    severities = set(AlertPage.Severity.values)
    wanted = _values(params, "severity")
    cleaned["severity"] = [value for value in wanted if value in severities]
    ignored += [value for value in wanted if value not in severities]
    if cleaned["severity"]:
        queryset = queryset.filter(severity__in=cleaned["severity"])

    statuses = _values(params, "status")
    status = statuses[0] if statuses else DEFAULT_STATUS
    if status not in STATUSES:
        ignored.append(status)
        status = DEFAULT_STATUS
    cleaned["status"] = status
    queryset = queryset.filter(status_q(status, now))

    errors = []
    if ignored:
        errors.append(
            _("Some filter values were not recognised and have been ignored: %(values)s")
            % {"values": ", ".join(ignored)}
        )
    return queryset, cleaned, errors


def is_filtered(cleaned):
    """True when the reader chose anything beyond the default (active alerts)."""
    return any(cleaned.get(name) for name in TAXONOMY_FILTERS) or bool(
        cleaned.get("severity")
    ) or cleaned.get("status", DEFAULT_STATUS) != DEFAULT_STATUS


def query_string(cleaned):
    """The URL query for `cleaned` (without the page number), in a stable order."""
    from urllib.parse import urlencode

    pairs = []
    for name in (*TAXONOMY_FILTERS, "severity"):
        pairs += [(name, value) for value in cleaned.get(name, [])]
    if cleaned.get("status", DEFAULT_STATUS) != DEFAULT_STATUS:
        pairs.append(("status", cleaned["status"]))
    return urlencode(pairs)
