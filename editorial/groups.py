"""The editorial groups and what each may do, declared once and applied idempotently.

`apply_groups()` makes the database match the declaration below for the four groups (their
model permissions, page permissions and image/document collection permissions) and returns
how many rows it created or deleted, so a second run reports 0.
"""

from dataclasses import dataclass, field

from django.contrib.auth.models import Group, Permission
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

PREVENTION = "Prevention Unit"
PARTNERSHIP = "Partnership Development Unit"
TRANSLATORS = "Translators"
ADMINISTRATORS = "Site administrators"
GROUP_NAMES = (PREVENTION, PARTNERSHIP, TRANSLATORS, ADMINISTRATORS)

ACCESS_ADMIN = "wagtailadmin.access_admin"
TAXONOMY_MODELS = ("alerts.fraudtype", "alerts.audience", "alerts.region")
PARTNER_MODELS = ("alerts.partner",)
ALL_PAGE_PERMISSIONS = ("add", "change", "publish", "lock", "unlock", "bulk_delete")


def _model_permissions(models, actions=("add", "change", "delete", "view")):
    perms = []
    for label in models:
        app_label, model_name = label.split(".")
        perms += [f"{app_label}.{action}_{model_name}" for action in actions]
    return perms


@dataclass(frozen=True)
class GroupPlan:
    """What one group may do. Page permissions are keyed by a place in the page tree:
    "root", "home", "alert_index" or "advice_index" (see `page_places`)."""

    name: str
    permissions: tuple = ()  # "app_label.codename"
    pages: dict = field(default_factory=dict)  # place -> page permission types
    collections: tuple = ()  # codenames on the root collection (images, documents)
    every_permission: bool = False


PLANS = (
    GroupPlan(
        PREVENTION,
        permissions=(ACCESS_ADMIN, *_model_permissions(TAXONOMY_MODELS),
                     *_model_permissions(PARTNER_MODELS, ("view",)),
                     # the readers' flags dashboard and the subscriber counts (no addresses)
                     "flags.view_flag_dashboard", "subscriptions.view_subscriber_counts"),
        pages={"advice_index": ("add", "change", "lock"),
               "alert_index": ("add", "change", "lock")},
        collections=("add_image", "choose_image", "add_document", "choose_document"),
    ),
    GroupPlan(
        PARTNERSHIP,
        permissions=(ACCESS_ADMIN, *_model_permissions(PARTNER_MODELS),
                     *_model_permissions(TAXONOMY_MODELS, ("view",))),
        # Partner-sourced alerts: they add alerts and edit (and lock) every alert with a
        # source partner, whoever wrote it (alerts/permissions.py). No "lock" permission:
        # Wagtail's lock covers every alert, and they could lock ones they cannot edit (and
        # Prevention could not unlock them). During their sign-off the task lets them lock.
        pages={"alert_index": ("add",)},
        collections=("add_image", "choose_image", "add_document", "choose_document"),
    ),
    GroupPlan(
        TRANSLATORS,
        permissions=(ACCESS_ADMIN, *_model_permissions(TAXONOMY_MODELS + PARTNER_MODELS,
                                                       ("view",))),
        # Edit any existing page (to add translations); never add or publish.
        pages={"home": ("change",)},
        collections=("choose_image", "choose_document"),
    ),
    GroupPlan(
        ADMINISTRATORS,
        every_permission=True,
        pages={"root": ALL_PAGE_PERMISSIONS},
        collections=("add_image", "change_image", "delete_image", "choose_image",
                     "add_document", "change_document", "delete_document", "choose_document"),
    ),
)


def page_places():
    """The pages permissions hang from; a place is None until its page exists."""
    from alerts.models import AdviceIndexPage, AlertIndexPage
    from home.models import HomePage

    def first(model):
        return model.objects.order_by("path").only("id", "path").first()

    return {
        "root": Page.get_first_root_node(),
        "home": first(HomePage),
        "alert_index": first(AlertIndexPage),
        "advice_index": first(AdviceIndexPage),
    }


def _permission(dotted):
    app_label, codename = dotted.split(".")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _sync(existing, wanted, create, delete):
    """Create what is wanted and missing, delete what exists and is not wanted."""
    missing = wanted - existing
    extra = existing - wanted
    for key in missing:
        create(key)
    if extra:
        delete(extra)
    return len(missing) + len(extra)


def apply_plan(plan, places):
    """Make one group match its plan; returns (group, number of rows changed)."""
    group, created = Group.objects.get_or_create(name=plan.name)
    changes = int(created)

    if plan.every_permission:
        wanted = set(Permission.objects.values_list("pk", flat=True))
    else:
        wanted = {_permission(dotted).pk for dotted in plan.permissions}
    existing = set(group.permissions.values_list("pk", flat=True))
    changes += _sync(existing, wanted,
                     lambda pk: group.permissions.add(pk),
                     lambda pks: group.permissions.remove(*pks))

    page_model_name = Page._meta.model_name
    wanted = set()
    for place, types in plan.pages.items():
        page = places.get(place)
        if page is None:
            continue
        for kind in types:
            wanted.add((page.pk, _permission(f"wagtailcore.{kind}_{page_model_name}").pk))
    existing = set(GroupPagePermission.objects.filter(group=group)
                   .values_list("page_id", "permission_id"))
    changes += _sync(
        existing, wanted,
        lambda key: GroupPagePermission.objects.create(
            group=group, page_id=key[0], permission_id=key[1]),
        lambda keys: [GroupPagePermission.objects.filter(
            group=group, page_id=p, permission_id=perm).delete() for p, perm in keys],
    )

    root_collection = Collection.get_first_root_node()
    wanted = set()
    if root_collection is not None:
        for codename in plan.collections:
            app_label = "wagtailimages" if codename.endswith("_image") else "wagtaildocs"
            wanted.add((root_collection.pk, _permission(f"{app_label}.{codename}").pk))
    existing = set(GroupCollectionPermission.objects.filter(group=group)
                   .values_list("collection_id", "permission_id"))
    changes += _sync(
        existing, wanted,
        lambda key: GroupCollectionPermission.objects.create(
            group=group, collection_id=key[0], permission_id=key[1]),
        lambda keys: [GroupCollectionPermission.objects.filter(
            group=group, collection_id=c, permission_id=perm).delete() for c, perm in keys],
    )
    return group, changes


def apply_groups(places=None):
    """Every editorial group made to match PLANS; returns ({name: group}, rows changed)."""
    places = places if places is not None else page_places()
    groups, changes = {}, 0
    for plan in PLANS:
        group, changed = apply_plan(plan, places)
        groups[plan.name] = group
        changes += changed
    return groups, changes
