"""Demo accounts: a superuser (and, once editorial groups exist, one user per group)."""

import os

from django.contrib.auth import get_user_model

DEFAULT_ADMIN_PASSWORD = "fraud-alert-demo-admin"


def ensure_superuser():
    """Create the demo superuser once; returns (username, password or None if unchanged)."""
    User = get_user_model()
    username = os.environ.get("DEMO_ADMIN_USERNAME", "admin")
    password = os.environ.get("DEMO_ADMIN_PASSWORD", DEFAULT_ADMIN_PASSWORD)
    user, created = User.objects.get_or_create(
        username=username,
        defaults={"email": "admin@fraudalert.example", "is_staff": True, "is_superuser": True},
    )
    if created:
        user.set_password(password)
        user.save()
    return username, password, created
