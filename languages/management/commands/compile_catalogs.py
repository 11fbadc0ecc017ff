from django.core.management.base import BaseCommand

from languages.catalogs import compile_all


class Command(BaseCommand):
    help = "Compile locales/*/LC_MESSAGES/django.po into .mo files with Babel."
    requires_system_checks = []  # runs before the database exists (make run, make test)

    def handle(self, *args, **options):
        written = compile_all()
        self.stdout.write(self.style.SUCCESS(f"Compiled {len(written)} catalogs."))
