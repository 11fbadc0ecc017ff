"""Delete sign-ups not confirmed within SUBSCRIPTIONS_CONFIRM_MAX_AGE (7 days). For cron."""

from django.core.management.base import BaseCommand

from subscriptions.subscribers import purge_unconfirmed


class Command(BaseCommand):
    help = "Delete sign-ups that were not confirmed within 7 days."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true")

    def handle(self, *args, dry_run, **options):
        count = purge_unconfirmed(dry_run=dry_run)
        verb = "Would delete" if dry_run else "Deleted"
        self.stdout.write(self.style.SUCCESS(f"{verb} {count} unconfirmed sign-up(s)."))
