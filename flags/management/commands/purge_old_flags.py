"""Delete flags and new-scam reports older than 24 months. Run daily from cron."""

from django.core.management.base import BaseCommand

from flags.retention import purge


class Command(BaseCommand):
    help = "Delete flags and new-scam reports older than FLAGS_RETENTION_MONTHS (24)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Count what would be deleted; delete nothing."
        )

    def handle(self, *args, dry_run=False, **options):
        before, flags, reports = purge(dry_run=dry_run)
        verb = "Would delete" if dry_run else "Deleted"
        self.stdout.write(
            self.style.SUCCESS(
                f"{verb} {flags} flags and {reports} new-scam reports dated before {before}."
            )
        )
