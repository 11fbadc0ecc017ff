"""Counts of confirmed subscribers for editors: per language, frequency and fraud type.
Numbers only: no addresses are ever shown."""

from django.db.models import Count

from alerts.models import FraudType
from languages import supported

from .models import Frequency, Subscriber


def subscriber_counts():
    confirmed = Subscriber.objects.confirmed()
    by_language = dict(confirmed.values_list("language").annotate(n=Count("id")))
    by_frequency = dict(confirmed.values_list("frequency").annotate(n=Count("id")))
    through = Subscriber.fraud_types.through
    by_type = dict(through.objects.filter(subscriber__confirmed_at__isnull=False)
                   .values_list("fraudtype_id").annotate(n=Count("subscriber_id")))
    return {
        "total": confirmed.count(),
        "all_alerts": confirmed.filter(all_alerts=True).count(),
        "languages": [(language, by_language.get(language.code, 0))
                      for language in supported.LANGUAGES],
        "frequencies": [(label, by_frequency.get(value, 0))
                        for value, label in Frequency.choices],
        "fraud_types": [(fraud_type, by_type.get(fraud_type.pk, 0)) for fraud_type in
                        FraudType.objects.only("id", "name", "slug", "sort_order")],
    }
