"""Old addresses of replaced alert sites answering 301 to the new pages.

A redirect is a Wagtail `Redirect` (wagtail.contrib.redirects; its middleware answers any
404 whose path has one). With a legacy host the redirect belongs to a Wagtail Site for that
host (created on first use, sharing the main site's root page and never the default), so
`/alerts/123` on the old host redirects while the same path on Fraud Alert's own host does
not; without one the redirect applies on every host.
"""

import csv
import io
from dataclasses import dataclass, field

from django.db import transaction
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page, Site

from languages import supported

from .report import Report


def legacy_site(host):
    """The Site answering for an old site's host name ("alerts.bank.example[:port]")."""
    hostname, _, port = host.strip().lower().partition(":")
    port = int(port) if port.isdecimal() else 80
    site = Site.objects.filter(hostname=hostname).first()
    if site is None:
        default = Site.objects.get(is_default_site=True)
        site = Site.objects.create(
            hostname=hostname, port=port, root_page=default.root_page,
            site_name=hostname, is_default_site=False,
        )
    return site


def old_path(url):
    """The path (and query) of an old address, normalised as Wagtail stores it."""
    return Redirect.normalise_path(url) if url and url.strip() else ""


def point_redirect(path, *, site=None, page=None, link=""):
    """Create or re-point the redirect for `path`: "created", "updated" or "unchanged"."""
    redirect = Redirect.objects.filter(site=site, old_path=path).first()
    if redirect is None:
        Redirect.objects.create(
            old_path=path, site=site, redirect_page=page, redirect_link=link,
            is_permanent=True,
        )
        return "created"
    target = (redirect.redirect_page_id, redirect.redirect_link)
    if target == ((page.pk if page else None), link) and redirect.is_permanent:
        return "unchanged"
    redirect.redirect_page = page
    redirect.redirect_link = link
    redirect.redirect_page_route_path = ""
    redirect.is_permanent = True
    redirect.save()
    return "updated"


def page_at(path):
    """The page a public path such as /en/alerts/phone-scam/ shows, or None."""
    parts = [part for part in path.split("?")[0].split("/") if part]
    if parts and parts[0] in supported.CODES:
        parts = parts[1:]
    site = Site.objects.get(is_default_site=True)
    url_path = site.root_page.url_path + "".join(f"{part}/" for part in parts)
    return Page.objects.filter(url_path=url_path).first()


@dataclass
class RedirectRow:
    position: str
    old: str
    new: str
    problems: list = field(default_factory=list)


def read_redirect_rows(text):
    """Rows of "old path,new path" (a header row naming old_path/new_path is skipped)."""
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff"), newline=""))
    rows = []
    for row in reader:
        cells = [cell.strip() for cell in row]
        if not any(cells):
            continue
        position = f"line {reader.line_num}"
        if reader.line_num == 1 and cells[0].lower() in {"old_path", "old", "from"}:
            continue
        if len(cells) != 2:
            rows.append(RedirectRow(position, "", "", [f"{len(cells)} cells, expected 2"]))
            continue
        rows.append(RedirectRow(position, cells[0], cells[1]))
    return rows


def import_redirects(text, *, legacy_host=None, dry_run=False):
    """Redirects from a CSV of old path -> new path (a page path, any path, or a URL)."""
    report = Report(format="redirects CSV", dry_run=dry_run)
    site = None
    seen = set()
    for row in read_redirect_rows(text):
        path = old_path(row.old) if row.old else ""
        if not row.problems:
            if not path or path == "/":
                row.problems.append("missing or root old path")
            if not row.new:
                row.problems.append("missing new path")
            elif not row.new.startswith(("/", "http://", "https://")):
                row.problems.append(f"new path {row.new!r} is neither /a/path nor a URL")
            if path and path in seen:
                row.problems.append(f"{path} already appears earlier in the file")
        if row.problems:
            report.error(row.position, "; ".join(row.problems))
            continue
        seen.add(path)
        try:
            with transaction.atomic():
                if legacy_host and site is None:
                    site = legacy_site(legacy_host)
                page = None if row.new.startswith("http") else page_at(row.new)
                if page is None and not row.new.startswith("http"):
                    report.warn(row.position, f"no page at {row.new}; redirecting to it as a path")
                outcome = point_redirect(
                    path, site=site, page=page, link="" if page else row.new
                )
                if dry_run:
                    transaction.set_rollback(True)
                    site = None
        except Exception as error:  # one bad row never stops the others
            report.error(row.position, f"{type(error).__name__}: {error}")
            continue
        report.add(outcome)
    return report
