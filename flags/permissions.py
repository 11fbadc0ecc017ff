"""Who may see the flags dashboard: `flags.view_flag_dashboard`, given to the
"Intelligence Unit" group (created here) and to the editorial "Prevention Unit" if it exists.

Idempotent; call it after `setup_editorial` has synced the editorial groups (that sync removes
permissions it does not declare), e.g. at the end of editorial.setup.setup_editorial.
"""

from django.contrib.auth.models import Group, Permission

INTELLIGENCE = "Intelligence Unit"
PREVENTION = "Prevention Unit"


def _permission(app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def grant_dashboard_permissions():
    """Returns the number of rows created (0 on a second run)."""
    dashboard = _permission("flags", "view_flag_dashboard")
    access_admin = _permission("wagtailadmin", "access_admin")
    intelligence, created = Group.objects.get_or_create(name=INTELLIGENCE)
    changes = int(created)
    wanted = [(intelligence, dashboard), (intelligence, access_admin)]
    prevention = Group.objects.filter(name=PREVENTION).first()
    if prevention is not None:
        wanted.append((prevention, dashboard))
    for group, permission in wanted:
        if not group.permissions.filter(pk=permission.pk).exists():
            group.permissions.add(permission)
            changes += 1
    return changes
