from django.core.management.base import BaseCommand

from editorial.setup import setup_editorial


class Command(BaseCommand):
    help = ("Create or update the editorial groups, their permissions and the review "
            "workflows (idempotent: a second run changes nothing).")

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true",
                            help="Report what would change without keeping it.")

    def handle(self, *args, dry_run=False, **options):
        changes, missing = setup_editorial(dry_run=dry_run)
        for place in missing:
            self.stdout.write(self.style.WARNING(
                f"No {place.replace('_', ' ')} page yet: its permissions and workflow are "
                "attached on the next run (load_demo runs it again)."))
        verb = "Would change" if dry_run else "Changed"
        self.stdout.write(self.style.SUCCESS(
            f"Editorial groups and workflows are set up. {verb} {changes} row(s)."))
