"""Demo accounts: a superuser (and, once editorial groups exist, one user per group)."""

from django.contrib.auth import get_user_model

from fraudalert import environment

DEFAULT_ADMIN_PASSWORD = "fraud-alert-demo-admin"


def ensure_superuser():
    """Create the demo superuser once; returns (username, password or None if unchanged)."""
    User = get_user_model()
    username = environment.DEMO_ADMIN_USERNAME
    password = environment.DEMO_ADMIN_PASSWORD or DEFAULT_ADMIN_PASSWORD
    user, created = User.objects.get_or_create(
        username=username,
        defaults={"email": "admin@fraudalert.example", "is_staff": True, "is_superuser": True},
    )
    if created:
        user.set_password(password)
        user.save()
    return username, password, created
