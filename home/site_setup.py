"""Make sure the site has a Fraud Alert home page at its root (idempotent)."""

from django.db import transaction
from wagtail.models import Page, Site

from .models import HomePage


@transaction.atomic
def ensure_home_page(title="Fraud Alert", intro=""):
    """Return the HomePage, creating it (and pointing the default Site at it) if missing.

    Wagtail's own migration leaves a "Welcome to your new Wagtail site!" page at depth 2;
    it is replaced, since a page made in a migration has empty translation columns.
    """
    home = HomePage.objects.first()
    if home is None:
        root = Page.get_first_root_node()
        home = HomePage(title=title, slug="home", intro=intro)
        root.add_child(instance=home)
        home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost", port=80, root_page=home, is_default_site=True,
            site_name="Fraud Alert",
        )
    elif site.root_page_id != home.id:
        site.root_page = home
        site.site_name = "Fraud Alert"
        site.save()
    for stale in Page.objects.filter(depth=2).exclude(id=home.id).type(Page).exact_type(Page):
        stale.delete()
    return HomePage.objects.get(id=home.id)
