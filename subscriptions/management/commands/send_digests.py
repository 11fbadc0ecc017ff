"""Queue this period's digest for daily or weekly subscribers. Meant for cron; running it
twice in a period sends nothing twice."""

from django.core.management.base import BaseCommand

from subscriptions.mailings import digest_mailing
from subscriptions.models import Frequency
from subscriptions.tasks import deliver_mailing


class Command(BaseCommand):
    help = "Queue the daily or weekly digest email (one per subscriber per period)."

    def add_arguments(self, parser):
        parser.add_argument("--frequency", required=True,
                            choices=[Frequency.DAILY, Frequency.WEEKLY])

    def handle(self, *args, frequency, **options):
        mailing, created = digest_mailing(frequency)
        deliver_mailing.enqueue(mailing.pk)
        state = "queued" if created else "already created for this period; re-queued"
        self.stdout.write(self.style.SUCCESS(
            f"{frequency} digest {mailing.key}: {mailing.alerts.count()} alert(s), {state}."))
