from django.conf import settings
from django.core.management.base import BaseCommand

from demo.accounts import ensure_superuser
from demo.loader import load_demo


class Command(BaseCommand):
    help = "Load the demo site (idempotent: a second run changes nothing)."

    def handle(self, *args, **options):
        load_demo(stdout=self.stdout)
        username, password, created = ensure_superuser()
        self.stdout.write(self.style.SUCCESS("Demo content is loaded."))
        self.stdout.write(
            f"Admin: {settings.SITE_URL}/{settings.ADMIN_PATH}/  "
            f"user '{username}', password '{password}'"
            + ("" if created else " (unless you changed it)")
        )
        from editorial.demo_users import ensure_demo_users

        ensure_demo_users(stdout=self.stdout)
