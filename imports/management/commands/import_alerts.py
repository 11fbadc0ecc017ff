"""manage.py import_alerts SOURCE: bring an old alert site's feed or CSV export across."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from alerts.models import Partner
from imports.fetch import SourceError, is_url, read_source
from imports.fraud_type_map import MapError, load_fraud_type_map
from imports.importer import ImportOptions, import_alerts
from imports.parsers import FeedError
from languages import supported


class Command(BaseCommand):
    help = (
        "Import alerts from an RSS 2.0 or 1.0, Atom, JSON Feed or CSV source (a file path or an "
        "http(s) URL; the format is read from the content). Drafts unless --publish. "
        "See docs/importing.md."
    )

    def add_arguments(self, parser):
        parser.add_argument("source", help="file path or http(s) URL")
        parser.add_argument("--source-partner", metavar="NAME",
                            help="slug or English name of the Partner the alerts come from")
        parser.add_argument("--language", default=supported.DEFAULT, metavar="xx",
                            help="language of the imported text (default en)")
        parser.add_argument("--fraud-type-map", metavar="FILE",
                            help="JSON or CSV file mapping old category names to fraud types")
        parser.add_argument("--legacy-host", metavar="HOST",
                            help="host name of the old site: redirects answer on it only")
        parser.add_argument("--publish", action="store_true",
                            help="publish what is created or updated (default: drafts)")
        parser.add_argument("--dry-run", action="store_true",
                            help="report what would happen and save nothing")

    def handle(self, *args, **options):
        language = options["language"]
        if language not in supported.CODES:
            raise CommandError(
                f"unknown language {language!r}; one of: {', '.join(supported.CODES)}"
            )
        partner = self._partner(options["source_partner"])
        fraud_type_map = self._fraud_type_map(options["fraud_type_map"])
        source = options["source"]
        try:
            data = read_source(source)
        except SourceError as error:
            raise CommandError(str(error)) from error
        import_options = ImportOptions(
            source_name=source if is_url(source) else Path(source).name,
            source_key=partner.slug if partner else "",
            language=language, partner=partner, fraud_type_map=fraud_type_map,
            legacy_host=options["legacy_host"], publish=options["publish"],
            dry_run=options["dry_run"],
        )
        try:
            report = import_alerts(data, import_options)
        except FeedError as error:
            raise CommandError(f"{source}: {error}") from error
        for line in report.lines():
            style = self.style.ERROR if line.lstrip().startswith("error") else None
            self.stdout.write(style(line) if style else line)
        if report.failed:
            raise CommandError(f"{report.counts['errors']} item(s) could not be imported")
        self.stdout.write(self.style.SUCCESS("import finished"))

    def _partner(self, name):
        if not name:
            return None
        partner = (
            Partner.objects.filter(slug=name).first()
            or Partner.objects.filter(name_en__iexact=name).first()
        )
        if partner is None:
            known = ", ".join(Partner.objects.values_list("slug", flat=True)) or "none yet"
            raise CommandError(f"no partner {name!r} (known: {known}); add it as a snippet")
        return partner

    def _fraud_type_map(self, path):
        if not path:
            return {}
        try:
            return load_fraud_type_map(Path(path).read_text(encoding="utf-8"))
        except OSError as error:
            raise CommandError(f"cannot read {path}: {error}") from error
        except MapError as error:
            raise CommandError(f"{path}: {error}") from error
