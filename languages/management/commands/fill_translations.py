from django.core.management.base import BaseCommand, CommandError

from languages import catalogs, supported


class Command(BaseCommand):
    help = (
        "Write translations into the catalogs from a JSON file "
        '{"msgid": {"cy": "...", "pl": "...", ...}}, then report what is still missing.'
    )

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="*", help="JSON files of translations")
        parser.add_argument("--missing", action="store_true",
                            help="list untranslated msgids per language and exit")

    def handle(self, *args, files, missing, **options):
        for path in files:
            try:
                data = catalogs.load_translation_file(path)
            except (OSError, ValueError) as error:
                raise CommandError(f"Cannot read {path}: {error}") from error
            changed = catalogs.fill(data)
            self.stdout.write(self.style.SUCCESS(f"{path}: {changed} entries written."))
        catalogs.fill_english()
        total = 0
        for language in supported.LANGUAGES:
            if language.code == supported.DEFAULT:
                continue
            gaps = catalogs.gaps(language.code)
            total += len(gaps)
            if gaps and (missing or files):
                self.stdout.write(f"{language.code}: {len(gaps)} missing")
                if missing:
                    for msgid in gaps:
                        self.stdout.write(f"    {msgid!r}")
        if total == 0:
            self.stdout.write(self.style.SUCCESS("Every catalog is complete."))
        catalogs.compile_all()
