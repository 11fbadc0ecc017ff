"""Background work on Django's tasks framework (the django_tasks_db queue in production:
`manage.py db_worker`)."""

from django.tasks import task

from . import delivery, emails
from .models import Mailing, Subscriber


@task()
def deliver_mailing(mailing_id, stale_after=None):
    """Plan then send one mailing. Safe to run again, or in several workers at once.
    `stale_after`: seconds after which another worker's claimed rows count as abandoned."""
    mailing = Mailing.objects.select_related("alert").filter(pk=mailing_id).first()
    if mailing is None:
        return 0
    delivery.plan(mailing)
    return delivery.send(mailing, stale_after=stale_after)


@task()
def send_signup_email(subscriber_id, kind):
    """"confirm" for a new sign-up, "manage" for an address already subscribed."""
    subscriber = Subscriber.objects.filter(pk=subscriber_id).first()
    if subscriber is None:
        return False
    message = emails.confirmation(subscriber) if kind == "confirm" else \
        emails.manage_link(subscriber)
    message.send()
    return True
