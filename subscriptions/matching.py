"""Which subscribers want an alert: in SQL (planning a mailing) and in Python (a digest).

A subscriber either takes all alerts, or chose fraud types, regions and audiences. In each
of the three a choice is met when the subscriber chose nothing there, when the alert is not
filed under anything there, or when they share a term. A national region meets any region.
"""

from django.db.models import Exists, OuterRef, Q

from alerts.models import Region

from .models import Subscriber

DIMENSIONS = ("fraud_types", "regions", "audiences")
TERM_COLUMN = {"fraud_types": "fraudtype_id", "regions": "region_id",
               "audiences": "audience_id"}


def alert_terms(alert):
    """{dimension: set of ids} for an alert; an empty set means "not filed under any"."""
    terms = {name: set(getattr(alert, name).values_list("id", flat=True))
             for name in DIMENSIONS}
    national = Region.objects.filter(id__in=terms["regions"],
                                     kind=Region.Kind.NATIONAL).exists()
    if national:
        terms["regions"] = set()
    return terms


def matching_q(terms):
    """Q over Subscriber for subscribers who want an alert with these terms."""
    condition = Q()
    for name in DIMENSIONS:
        if not terms[name]:
            continue
        through = getattr(Subscriber, name).through
        chose_any = through.objects.filter(subscriber_id=OuterRef("pk"))
        chose_match = chose_any.filter(**{f"{TERM_COLUMN[name]}__in": terms[name]})
        condition &= ~Exists(chose_any) | Exists(chose_match)
    return Q(all_alerts=True) | condition


def subscriber_choices(subscribers):
    """{subscriber id: {dimension: set of ids}} for a batch, in three queries."""
    ids = [subscriber.pk for subscriber in subscribers]
    choices = {pk: {name: set() for name in DIMENSIONS} for pk in ids}
    for name in DIMENSIONS:
        through = getattr(Subscriber, name).through
        rows = through.objects.filter(subscriber_id__in=ids).values_list(
            "subscriber_id", TERM_COLUMN[name])
        for subscriber_id, term_id in rows:
            choices[subscriber_id][name].add(term_id)
    return choices


def wants(subscriber, choices, terms):
    if subscriber.all_alerts:
        return True
    return all(not choices[name] or not terms[name] or choices[name] & terms[name]
               for name in DIMENSIONS)
