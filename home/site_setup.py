"""Make sure the site has a Fraud Alert home page at its root (idempotent)."""

from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction
from wagtail.models import Locale, Page, Site

from .models import HomePage


@transaction.atomic
def ensure_home_page(title="Fraud Alert", intro=""):
    """Return the HomePage, creating it (and pointing the default Site at it) if missing.

    Wagtail's own migration leaves a "Welcome to your new Wagtail site!" page at depth 2;
    it is replaced, since a page made in a migration has empty translation columns.
    """
    home = HomePage.objects.first()
    if home is None:
        # Wagtail's welcome page has the slug "home" too (once update_translation_fields has
        # filled slug_en): remove it first, or the new home page's slug clashes.
        Page.objects.filter(depth=2).exact_type(Page).delete()
        root = ensure_root_page()
        home = HomePage(title=title, slug="home", intro=intro)
        root.add_child(instance=home)
        home.save_revision().publish()
    hostname, port = site_address()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname=hostname, port=port, root_page=home, is_default_site=True,
            site_name="Fraud Alert",
        )
    elif (site.root_page_id, site.hostname, site.port) != (home.id, hostname, port):
        site.root_page = home
        site.hostname, site.port = hostname, port
        site.site_name = "Fraud Alert"
        site.save()
    for stale in Page.objects.filter(depth=2).exclude(id=home.id).type(Page).exact_type(Page):
        stale.delete()
    return HomePage.objects.get(id=home.id)


def site_address():
    """(hostname, port) of the public site, from SITE_URL: absolute links in feeds and emails."""
    parts = urlsplit(settings.SITE_URL)
    default_port = 443 if parts.scheme == "https" else 80
    return parts.hostname or "localhost", parts.port or default_port


def ensure_root_page():
    """Wagtail's tree root (made by its migrations), re-made if a database flush removed it."""
    root = Page.get_first_root_node()
    if root is None:
        Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
        root = Page.add_root(instance=Page(title="Root", slug="root"))
    return root
