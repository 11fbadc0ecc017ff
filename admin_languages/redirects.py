"""301 redirects for every language whose URL a publish changed (issue 11, point 7).

Wagtail creates redirects when a page's slug changes, but only for the language active in
the admin: a new Polish slug (or a new English one, which every untranslated language falls
back to) left the old /pl/... or /cy/... URLs at 404, and those of every page below too.

Before a live page is saved with new slugs or URL paths, the URL path in each language of
the page and of its live descendants is read from the database; when the page is published
the paths are read again, and each (page, language) whose public URL changed gets a
permanent redirect from the old URL to the page. A redirect whose old URL is a live URL
again (a slug changed back) is removed, so no redirect shadows a page or loops.
"""

from django.db.models.signals import pre_save
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page
from wagtail.signals import page_published

from languages import supported

SNAPSHOT = "_admin_languages_url_paths_before"
URL_PATH_FIELDS = {lang.code: f"url_path_{lang.field_suffix}" for lang in supported.LANGUAGES}
SLUG_AND_PATH_FIELDS = {f"slug_{lang.field_suffix}" for lang in supported.LANGUAGES} | set(
    URL_PATH_FIELDS.values()) | {"slug", "url_path"}


def connect():
    pre_save.connect(remember_url_paths, dispatch_uid="admin_languages_remember_url_paths")
    page_published.connect(redirect_changed_urls,
                           dispatch_uid="admin_languages_redirect_changed_urls")


def url_paths(page):
    """{page id: {language code: URL path}} for `page` and its descendants, live ones only,
    each language falling back to English as the public site does."""
    default_field = URL_PATH_FIELDS[supported.DEFAULT]
    rows = (Page.objects.filter(path__startswith=page.path, live=True)
            .values("id", *URL_PATH_FIELDS.values()))
    return {row["id"]: {code: row[field] or row[default_field]
                        for code, field in URL_PATH_FIELDS.items()}
            for row in rows}


def remember_url_paths(sender, instance, update_fields=None, **kwargs):
    if not isinstance(instance, Page) or instance.pk is None or SNAPSHOT in instance.__dict__:
        return
    if update_fields is not None and not SLUG_AND_PATH_FIELDS & set(update_fields):
        return
    instance.__dict__[SNAPSHOT] = url_paths(instance)


def public_url(code, url_path, root_path):
    """"/pl/alerts/old-slug/" from the URL path "/home/alerts/old-slug/" under "/home/"."""
    if not url_path.startswith(root_path):
        return None
    return f"/{code}/{url_path[len(root_path):]}"


def redirect_changed_urls(sender, instance, **kwargs):
    before = instance.__dict__.pop(SNAPSHOT, None)
    if not before:
        return
    site = instance.get_site()
    if site is None:
        return
    after = url_paths(instance)
    if all(after.get(page_id) == paths for page_id, paths in before.items()):
        return
    root_after = after.get(site.root_page_id) or url_paths(site.root_page).get(site.root_page_id)
    root_before = before.get(site.root_page_id, root_after)
    if root_after is None:
        return
    changed, now_live = [], set()
    for page_id, paths in after.items():
        for code, new_path in paths.items():
            new_url = public_url(code, new_path, root_after[code])
            if new_url:
                now_live.add(Redirect.normalise_path(new_url))
            old_path = before.get(page_id, {}).get(code)
            old_url = old_path and public_url(code, old_path, root_before[code])
            if old_url and new_url and old_url != new_url:
                changed.append((Redirect.normalise_path(old_url), page_id))
    for old_path, page_id in changed:
        if old_path in now_live:
            continue
        Redirect.objects.update_or_create(
            site=site, old_path=old_path,
            defaults={"redirect_page_id": page_id, "redirect_link": "",
                      "redirect_page_route_path": "", "is_permanent": True,
                      "automatically_created": True},
        )
    # URLs that are live again must reach their page, not a redirect made earlier.
    now_live = sorted(now_live)
    for start in range(0, len(now_live), 500):
        Redirect.objects.filter(site=site, old_path__in=now_live[start:start + 500]).delete()
