"""manage.py import_redirects CSV: old path -> new path redirects from a spreadsheet."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from imports.redirects import import_redirects


class Command(BaseCommand):
    help = (
        "Create permanent redirects from a CSV of old path,new path (new path: a page's "
        "public path such as /en/alerts/phone-scam/, any path, or a URL)."
    )

    def add_arguments(self, parser):
        parser.add_argument("csv", help="CSV file: old_path,new_path")
        parser.add_argument("--legacy-host", metavar="HOST",
                            help="host name of the old site: redirects answer on it only")
        parser.add_argument("--dry-run", action="store_true",
                            help="report what would happen and save nothing")

    def handle(self, *args, **options):
        try:
            text = Path(options["csv"]).read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as error:
            raise CommandError(f"cannot read {options['csv']}: {error}") from error
        report = import_redirects(
            text, legacy_host=options["legacy_host"], dry_run=options["dry_run"]
        )
        for line in report.lines():
            self.stdout.write(line)
        if report.failed:
            raise CommandError(f"{report.counts['errors']} row(s) could not be imported")
        self.stdout.write(self.style.SUCCESS("redirects imported"))
