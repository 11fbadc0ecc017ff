"""One demo editor per editorial group, so a newcomer can walk an alert through review.

The password comes from DEMO_EDITOR_PASSWORD (settings.EDITORIAL_DEMO_PASSWORD) or a fixed
demo default, and is printed. Existing users keep their password. Never run on production
data: load_demo is for local and review sites only.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from editorial.groups import ADMINISTRATORS, PARTNERSHIP, PREVENTION, TRANSLATORS
from editorial.models import EditorProfile
from editorial.setup import setup_editorial

DEFAULT_PASSWORD = "fraud-alert-demo-editor"

# username, first name, last name, group, working languages
DEMO_EDITORS = (
    ("prevention", "Priya", "Shah", PREVENTION, []),
    ("partnership", "Owen", "Jones", PARTNERSHIP, []),
    ("translator", "Magda", "Nowak", TRANSLATORS, ["pl", "cy"]),
    ("siteadmin", "Sam", "Okafor", ADMINISTRATORS, []),
)


def ensure_demo_users(stdout=None):
    """Set up groups and workflows (now the index pages exist), then the demo editors.
    Returns [(username, group name, created)]."""
    setup_editorial()
    password = settings.EDITORIAL_DEMO_PASSWORD or DEFAULT_PASSWORD
    User = get_user_model()
    results = []
    for username, first, last, group_name, languages in DEMO_EDITORS:
        user, created = User.objects.get_or_create(
            username=username,
            defaults={"first_name": first, "last_name": last, "is_staff": False,
                      "email": f"{username}@fraudalert.example"},
        )
        if created:
            user.set_password(password)
            user.save(update_fields=["password"])
        user.groups.add(Group.objects.get(name=group_name))
        if languages:
            EditorProfile.objects.get_or_create(user=user,
                                                defaults={"working_languages": languages})
        results.append((username, group_name, created))
    if stdout is not None:
        for username, group_name, created in results:
            note = "" if created else " (unless you changed it)"
            stdout.write(f"Editor: user '{username}' ({group_name}), "
                         f"password '{password}'{note}")
    return results
