"""`setup_editorial` in one call: groups, permissions and workflows, idempotent."""

from django.db import transaction

from editorial.groups import apply_groups, page_places
from editorial.workflows import apply_workflows
from flags.permissions import grant_dashboard_permissions


class DryRunRollback(Exception):
    pass


def setup_editorial(dry_run=False):
    """Bring groups, permissions and workflows in line; returns the number of rows changed
    (0 on a second run). With dry_run, nothing is kept."""
    try:
        with transaction.atomic():
            places = page_places()
            groups, group_changes = apply_groups(places)
            _, workflow_changes = apply_workflows(groups, places)
            # the Intelligence Unit (flags dashboard); Prevention's share is declared above
            intelligence_changes = grant_dashboard_permissions()
            changes = group_changes + workflow_changes + intelligence_changes
            if dry_run:
                raise DryRunRollback
    except DryRunRollback:
        pass
    missing = [place for place, page in places.items() if page is None]
    return changes, missing
