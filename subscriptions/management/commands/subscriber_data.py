"""Export (as JSON) or erase everything stored about one subscriber: subject access and
erasure requests."""

import json

from django.core.management.base import BaseCommand, CommandError

from subscriptions.models import Subscriber
from subscriptions.subscribers import export, unsubscribe


class Command(BaseCommand):
    help = "Export or erase one subscriber's data: subscriber_data export|erase ADDRESS"

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["export", "erase"])
        parser.add_argument("email")
        parser.add_argument("--dry-run", action="store_true")

    def handle(self, *args, action, email, dry_run, **options):
        subscriber = Subscriber.objects.filter(email=email.strip().lower()).first()
        if subscriber is None:
            raise CommandError("No subscriber has that address.")
        if action == "export":
            self.stdout.write(json.dumps(export(subscriber), indent=2, ensure_ascii=False))
            return
        if dry_run:
            self.stdout.write(f"Would erase subscriber {subscriber.pk} and their deliveries.")
            return
        unsubscribe(subscriber)
        self.stdout.write(self.style.SUCCESS(
            "Erased. Only a keyed hash remains, so imports cannot add the address again."))
