"""The alert filters shared by the feeds, the widget and the API, read from query parameters.

`fraud_type`, `audience` and `region` take slugs; `severity` takes minor/moderate/severe/
extreme; `status` takes active (the default: live, not withdrawn, not expired), withdrawn or
all. Each may repeat or hold a comma-separated list: values of one parameter are OR-ed, the
parameters are AND-ed. An unknown value raises FilterError with a message naming it, which
views answer with 400.
"""

from dataclasses import dataclass, field

from django.db.models import Q
from django.utils.translation import gettext as _

from alerts.listing import active_q
from alerts.models import AlertPage, Audience, FraudType, Region

TAXONOMIES = {"fraud_type": FraudType, "audience": Audience, "region": Region}
TAXONOMY_RELATIONS = {"fraud_type": "fraud_types", "audience": "audiences", "region": "regions"}
STATUSES = ("active", "withdrawn", "all")
FILTER_PARAMS = (*TAXONOMIES, "severity", "status")


class FilterError(ValueError):
    """A query parameter names something that does not exist."""


@dataclass
class AlertFilters:
    taxonomy_ids: dict = field(default_factory=dict)  # {"region": [3, 7]}
    severities: list = field(default_factory=list)
    status: str = "active"
    query: dict = field(default_factory=dict)  # the cleaned parameters, for feed links

    def apply(self, queryset):
        if self.status == "active":
            queryset = queryset.filter(active_q())
        elif self.status == "withdrawn":
            queryset = queryset.filter(status=AlertPage.Status.WITHDRAWN)
        for name, ids in self.taxonomy_ids.items():
            relation = TAXONOMY_RELATIONS[name]
            queryset = queryset.filter(
                id__in=AlertPage.objects.filter(**{f"{relation}__in": ids}).values("id")
            )
        if self.severities:
            queryset = queryset.filter(Q(severity__in=self.severities))
        return queryset


def _values(params, name):
    values = []
    for raw in params.getlist(name):
        values += [part.strip() for part in raw.split(",") if part.strip()]
    return list(dict.fromkeys(values))


def parse_filters(params):
    """AlertFilters from a QueryDict; FilterError for a value that names nothing."""
    filters = AlertFilters()
    for name, model in TAXONOMIES.items():
        slugs = _values(params, name)
        if not slugs:
            continue
        found = dict(model.objects.filter(slug__in=slugs).values_list("slug", "id"))
        unknown = [slug for slug in slugs if slug not in found]
        if unknown:
            raise FilterError(
                _("Unknown %(parameter)s: %(values)s.")
                % {"parameter": name, "values": ", ".join(unknown)}
            )
        filters.taxonomy_ids[name] = list(found.values())
        filters.query[name] = ",".join(slugs)
    severities = _values(params, "severity")
    allowed = list(AlertPage.Severity.values)
    unknown = [value for value in severities if value not in allowed]
    if unknown:
        raise FilterError(
            _("Unknown severity: %(values)s. Use one of: %(allowed)s.")
            % {"values": ", ".join(unknown), "allowed": ", ".join(allowed)}
        )
    if severities:
        filters.severities = severities
        filters.query["severity"] = ",".join(severities)
    statuses = _values(params, "status")
    if len(statuses) > 1 or (statuses and statuses[0] not in STATUSES):
        raise FilterError(
            _("Unknown status: %(values)s. Use one of: %(allowed)s.")
            % {"values": ", ".join(statuses), "allowed": ", ".join(STATUSES)}
        )
    if statuses:
        filters.status = statuses[0]
        if filters.status != "active":
            filters.query["status"] = filters.status
    return filters


def filter_query(params):
    """Only the filter parameters of a QueryDict, for links that keep the reader's filters."""
    query = params.copy()
    for key in list(query):
        if key not in FILTER_PARAMS:
            del query[key]
    return query
