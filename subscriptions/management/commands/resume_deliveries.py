"""Re-queue mailings left unfinished by a worker that died (run it from cron, e.g. every
10 minutes). Rows already marked sent are never sent again."""

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db.models import Q

from subscriptions.delivery import claimable
from subscriptions.models import Delivery, Mailing
from subscriptions.tasks import deliver_mailing


class Command(BaseCommand):
    help = "Queue again every mailing with deliveries that are pending or stuck."

    def add_arguments(self, parser):
        parser.add_argument("--stale-after", type=int,
                            default=settings.SUBSCRIPTIONS_CLAIM_TIMEOUT,
                            help="Seconds after which a claimed, unsent delivery is retried.")
        parser.add_argument("--dry-run", action="store_true")

    def handle(self, *args, stale_after, dry_run, **options):
        unsent = Delivery.objects.filter(claimable(stale_after)).values("mailing_id")
        mailings = list(Mailing.objects.filter(Q(pk__in=unsent) | Q(planned_at__isnull=True))
                        .order_by("pk").values_list("pk", flat=True))
        for pk in mailings:
            if not dry_run:
                deliver_mailing.enqueue(pk, stale_after)
        verb = "would queue" if dry_run else "queued"
        self.stdout.write(self.style.SUCCESS(f"{verb} {len(mailings)} mailing(s)."))
