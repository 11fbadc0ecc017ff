"""Counts of flags by week and by one dimension (answer, fraud type, region, language,
channel), for the dashboard, its charts and the partners' CSV. Counting is done by the
database per day and category; weeks are summed here, so it works the same on any database.

A flag counts under each fraud type its page is filed under, so the fraud-type totals can
exceed the number of flags.
"""

from dataclasses import dataclass, field
from datetime import timedelta

from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _

from alerts.models import FraudType, Region

from .models import Answer, Channel, Flag

NOT_GIVEN = ""
DIMENSIONS = {
    "answer": _("Answer"),
    "fraud_type": _("Fraud type"),
    "region": _("Area"),
    "language": _("Language"),
    "channel": _("Channel"),
}
WEEK_CHOICES = (4, 12, 26, 52)
DEFAULT_WEEKS = 12


def week_start(day):
    return day - timedelta(days=day.weekday())


def period(weeks, today=None):
    """The Mondays of the last `weeks` weeks, oldest first, ending with this week."""
    this_week = week_start(today or timezone.localdate())
    return [this_week - timedelta(weeks=n) for n in range(weeks - 1, -1, -1)]


@dataclass
class Breakdown:
    """Flags per week and category of one dimension."""

    dimension: str
    weeks: list
    counts: dict = field(default_factory=dict)  # (week, category key) -> flags
    labels: dict = field(default_factory=dict)  # category key -> label

    @property
    def title(self):
        return DIMENSIONS[self.dimension]

    def categories(self):
        """Category keys, most flagged first (ties by label)."""
        totals = self.totals()
        return sorted(totals, key=lambda key: (-totals[key], str(self.labels[key])))

    def category_labels(self):
        return [self.labels[key] for key in self.categories()]

    def totals(self):
        totals = {}
        for (_week, key), n in self.counts.items():
            totals[key] = totals.get(key, 0) + n
        return totals

    def week_totals(self):
        return [sum(self.counts.get((week, key), 0) for key in self.labels) for week in self.weeks]

    def rows(self):
        """[(week, [count per category in categories() order], total)] for tables."""
        keys = self.categories()
        return [
            (week, [self.counts.get((week, key), 0) for key in keys], total)
            for week, total in zip(self.weeks, self.week_totals(), strict=True)
        ]


def _add(breakdown, day, key, n):
    week = week_start(day)
    breakdown.counts[(week, key)] = breakdown.counts.get((week, key), 0) + n


def _per_day(flags, column):
    return flags.values_list("created_on", column).annotate(n=Count("id")).order_by()


def _labels(dimension, keys):
    if dimension == "answer":
        return {key: Answer(key).label for key in keys}
    if dimension == "channel":
        return {key: Channel(key).label if key else _("Not given") for key in keys}
    if dimension == "language":
        return {key: get_language_info(key)["name_translated"] for key in keys}
    model = FraudType if dimension == "fraud_type" else Region
    names = {obj.pk: obj.name for obj in model.objects.filter(pk__in=[k for k in keys if k])}
    return {key: names.get(key, _("Not given")) for key in keys}


def breakdown(dimension, weeks, flags=None):
    """Flags in `weeks` (a list of Mondays) counted by week and `dimension`."""
    flags = flags if flags is not None else Flag.objects.all()
    flags = flags.filter(created_on__gte=weeks[0], created_on__lt=weeks[-1] + timedelta(days=7))
    result = Breakdown(dimension, weeks)
    if dimension == "fraud_type":
        for column, has_page in (
            ("page__alertpage__fraud_types", Q(page__alertpage__isnull=False)),
            ("page__advicepage__fraud_types", Q(page__advicepage__isnull=False)),
        ):
            for day, key, n in _per_day(flags.filter(has_page), column):
                _add(result, day, key or NOT_GIVEN, n)
        others = flags.filter(page__alertpage__isnull=True, page__advicepage__isnull=True)
        for day, n in others.values_list("created_on").annotate(n=Count("id")).order_by():
            _add(result, day, NOT_GIVEN, n)
    else:
        column = {"region": "region_id"}.get(dimension, dimension)
        for day, key, n in _per_day(flags, column):
            _add(result, day, key if key is not None else NOT_GIVEN, n)
    result.labels = _labels(dimension, {key for _week, key in result.counts})
    return result


def all_breakdowns(weeks):
    return [breakdown(dimension, weeks) for dimension in DIMENSIONS]


def most_flagged(days=7, limit=10, today=None):
    """[(page, flags, lost money)] for the pages most flagged in the last `days` days."""
    from wagtail.models import Page

    since = (today or timezone.localdate()) - timedelta(days=days - 1)
    rows = list(
        Flag.objects.filter(created_on__gte=since, page__isnull=False)
        .values_list("page_id")
        .annotate(n=Count("id"), lost=Count("id", filter=Q(answer=Answer.LOST_MONEY)))
        .order_by("-n", "page_id")[:limit]
    )
    pages = Page.objects.in_bulk([page_id for page_id, _n, _lost in rows])
    return [(pages[page_id], n, lost) for page_id, n, lost in rows if page_id in pages]


def page_counts(page, today=None):
    """Flags on one page: in all, in the last 7 days, and by answer (for the edit view)."""
    since = (today or timezone.localdate()) - timedelta(days=6)
    return Flag.objects.filter(page=page).aggregate(
        total=Count("id"),
        week=Count("id", filter=Q(created_on__gte=since)),
        contacted=Count("id", filter=Q(answer=Answer.CONTACTED)),
        lost_money=Count("id", filter=Q(answer=Answer.LOST_MONEY)),
        someone_i_know=Count("id", filter=Q(answer=Answer.SOMEONE_I_KNOW)),
    )
