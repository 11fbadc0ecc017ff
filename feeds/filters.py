"""The alert filters of the feeds, the widget and the API: the listing's filters, strictly.

The parameters and their meaning are the alert listing's (alerts.filters): `fraud_type`,
`audience`, `region` (slugs), `severity`, and `status` (active by default, expired, withdrawn
or all); values repeat or are comma-separated. The listing ignores what it does not know and
says so; machine clients get a 400 instead (FilterError), whose message names each value
not recognised and the values that parameter takes, so a typo in a partner's feed URL is
caught rather than silently widening the feed.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from alerts.filters import (
    FILTER_NAMES,
    MAX_VALUES,
    STATUSES,
    TAXONOMY_FILTERS,
    filter_alerts,
)

FILTER_PARAMS = FILTER_NAMES
__all__ = ["STATUSES", "AlertFilters", "FilterError", "filter_query", "parse_filters"]


class FilterError(ValueError):
    """A query parameter names something that does not exist."""


@dataclass
class AlertFilters:
    params: dict = field(default_factory=dict)  # {name: [values]}, as given
    cleaned: dict = field(default_factory=dict)

    @property
    def query(self):
        """{name: "a,b"}: the chosen filters, for links that keep them."""
        query = {
            name: ",".join(self.cleaned[name])
            for name in (*TAXONOMY_FILTERS, "severity") if self.cleaned.get(name)
        }
        if self.cleaned.get("status", "active") != "active":
            query["status"] = self.cleaned["status"]
        return query

    def apply(self, queryset):
        queryset, _, _ = filter_alerts(queryset, self.params)
        return queryset


def parse_filters(params):
    """AlertFilters from a QueryDict; FilterError for a value that names nothing."""
    wanted = {name: params.getlist(name) for name in FILTER_PARAMS if name in params}
    statuses = [value for raw in wanted.get("status", []) for value in raw.split(",") if value]
    if len(statuses) > 1:
        raise FilterError(_("Give one status only."))
    # one pass over an empty queryset validates everything (one query per taxonomy used)
    from alerts.models import AlertPage

    _queryset, cleaned, errors = filter_alerts(AlertPage.objects.none(), wanted)
    if errors:  # the listing's messages say "ignored": here the request is refused
        raise FilterError(" ".join(_unrecognised(wanted, cleaned)))
    return AlertFilters(params=wanted, cleaned=cleaned)


def _given(raw_values):
    """The values of one parameter as the listing reads them (comma-separated, repeated)."""
    values = []
    for raw in raw_values:
        for value in raw.split(","):
            value = value.strip()
            if value and value not in values:
                values.append(value)
    return values[:MAX_VALUES]


def _allowed(name):
    from alerts.models import AlertPage

    if name in TAXONOMY_FILTERS:
        model, _relation = TAXONOMY_FILTERS[name]
        return list(model.objects.values_list("slug", flat=True))
    if name == "severity":
        return list(AlertPage.Severity.values)
    return list(STATUSES)


def _unrecognised(wanted, cleaned):
    """One message per parameter with values that name nothing, and what it takes instead."""
    messages = []
    for name in FILTER_PARAMS:
        known = cleaned.get(name) or []
        known = [known] if isinstance(known, str) else known
        unknown = [value for value in _given(wanted.get(name, [])) if value not in known]
        if unknown:
            messages.append(
                _("Not recognised in %(parameter)s: %(values)s. Use one of: %(allowed)s.")
                % {"parameter": name, "values": ", ".join(unknown),
                   "allowed": ", ".join(_allowed(name))}
            )
    return messages


def filter_query(params):
    """Only the filter parameters of a QueryDict, for links that keep the reader's filters."""
    query = params.copy()
    for key in list(query):
        if key not in FILTER_PARAMS:
            del query[key]
    return query
