"""Publishing an alert queues its email: first publish -> the alert; a later publish with a
new update or a withdrawal -> a notice to those who were sent it."""

from wagtail.signals import page_published

from alerts.models import AlertPage

from .mailings import mailings_for_publish
from .tasks import deliver_mailing


def alert_published(sender, instance, **kwargs):
    # Wagtail also signals "published" when a new alert is approved with a go-live date in
    # the future; it is not live yet, so nothing is mailed until publish_scheduled makes it
    # live (which signals again).
    if not instance.live:
        return
    # The queue row is written in the publishing transaction (database backend): it exists
    # exactly when the publish committed.
    for mailing in mailings_for_publish(instance):
        deliver_mailing.enqueue(mailing.pk)


def connect():
    page_published.connect(alert_published, sender=AlertPage,
                           dispatch_uid="subscriptions.alert_published")
