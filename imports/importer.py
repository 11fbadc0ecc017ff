"""Importing alerts from an old site's feed: create, update, or leave alone, item by item.

Each item is imported in its own transaction (a dry run rolls every one back), so one bad
item never stops or half-writes the others. Pages are saved through revisions, as drafts
unless `publish` is set. The text goes into the fields of `language`; a page created from a
non-English source also gets the same text in its English fields, which Wagtail requires,
for editors to translate.
"""

from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone, translation
from django.utils.text import slugify
from wagtail.log_actions import log

from alerts.models import AlertIndexPage, AlertPage, FraudType
from languages import supported

from .items import ItemError, prepare
from .models import ImportedAlert
from .parsers import parse
from .redirects import legacy_site, old_path, point_redirect
from .report import Report

SLUG_MAX_LENGTH = 80


@dataclass
class ImportOptions:
    source_name: str  # the SOURCE file name or URL: the source key when nothing better
    source_key: str = ""  # the partner's slug, if given; else the feed's own link or id
    language: str = supported.DEFAULT
    partner: object = None
    fraud_type_map: dict = field(default_factory=dict)  # casefolded old category -> FraudType
    legacy_host: str | None = None
    publish: bool = False
    dry_run: bool = False


def import_alerts(data, options):
    """Import every item of `data` (bytes of any supported format). FeedError if unreadable."""
    feed = parse(data)
    report = Report(format=feed.format, dry_run=options.dry_run)
    options.source_key = (options.source_key or feed.identity or options.source_name)[:255]
    for position, message in feed.problems:
        report.error(position, message)
    seen = set()
    with translation.override(supported.DEFAULT):
        for raw in feed.items:
            try:
                item = prepare(raw)
            except ItemError as error:
                report.error(raw.position, str(error))
                continue
            if item.original_id in seen:
                report.error(item.position, f"duplicate id {item.original_id!r}; skipped")
                continue
            seen.add(item.original_id)
            _import_one(item, options, report)
    return report


def _import_one(item, options, report):
    try:
        with transaction.atomic():
            outcome, page = _apply(item, options, report)
            if page is not None and outcome != "conflicts":
                _record_redirect(item, page, options, report)
            if options.dry_run:
                transaction.set_rollback(True)
    except Exception as error:  # reported, and the next item goes ahead
        report.error(item.position, f"{type(error).__name__}: {error}")
        return
    report.add(outcome)


def _apply(item, options, report):
    record = (
        ImportedAlert.objects.select_related("page")
        .filter(source=options.source_key, original_id=item.original_id).first()
    )
    fraud_types = _fraud_types(item, options, report)
    content_hash = item.content_hash()
    if record is None:
        page = _create(item, options, fraud_types, content_hash)
        return "created", page
    if record.content_hashes.get(options.language) == content_hash:
        return "unchanged", record.page
    if record.edited_since_import():
        report.conflict(
            item.position,
            f"{item.original_id!r} changed at the source, but alert "
            f"{record.page.reference_code} was edited here since the last import; left alone",
        )
        return "conflicts", record.page
    _update(record, item, options, fraud_types, content_hash)
    return "updated", record.page


def _create(item, options, fraud_types, content_hash):
    parent = AlertIndexPage.objects.first()  # fresh each time: a rollback leaves no stale tree
    if parent is None:
        raise LookupError("there is no alert index page to import under")
    page = AlertPage(
        slug=_free_slug(parent, item.title),
        issued_at=item.issued_at or timezone.now(),
        source_partner=options.partner,
        live=False,
        has_unpublished_changes=True,
    )
    languages = {options.language, supported.DEFAULT}
    for code in languages:
        _write_text(page, item, code)
    parent.add_child(instance=page)
    log(instance=page, action="wagtail.create", user=None)
    page.fraud_types.set(fraud_types)
    revision = page.save_revision(user=None, log_action=True)
    if options.publish and not options.dry_run:
        revision.publish(user=None, log_action=True)
    ImportedAlert.objects.create(
        page=page, source=options.source_key, original_id=item.original_id,
        legacy_url=item.link, content_hashes={options.language: content_hash},
        revision=revision,
    )
    return page


def _update(record, item, options, fraud_types, content_hash):
    page = record.page.get_latest_revision_as_object()
    _write_text(page, item, options.language)
    if item.issued_at:
        page.issued_at = item.issued_at
    if fraud_types:
        page.fraud_types.set(fraud_types)
    revision = page.save_revision(user=None, log_action=True)
    if options.publish and not options.dry_run:
        revision.publish(user=None, log_action=True)
    record.content_hashes = {**record.content_hashes, options.language: content_hash}
    record.revision = revision
    record.legacy_url = item.link
    record.save()


def _write_text(page, item, language_code):
    suffix = supported.get(language_code).field_suffix
    setattr(page, f"title_{suffix}", item.title)
    setattr(page, f"summary_{suffix}", item.summary)
    setattr(page, f"body_{suffix}", item.body)


def _free_slug(parent, title):
    base = slugify(title, allow_unicode=True)[:SLUG_MAX_LENGTH].strip("-") or "alert"
    taken = set(
        parent.get_children().filter(slug__startswith=base).values_list("slug", flat=True)
    )
    slug, n = base, 1
    while slug in taken:
        n += 1
        slug = f"{base[: SLUG_MAX_LENGTH - len(str(n)) - 1]}-{n}"
    return slug


def _fraud_types(item, options, report):
    found = []
    for category in item.categories:
        fraud_type = options.fraud_type_map.get(category.casefold()) or _fraud_type_named(
            category
        )
        if fraud_type is None:
            report.warn(item.position, f"category {category!r} matches no fraud type")
        elif fraud_type not in found:
            found.append(fraud_type)
    return found


def _fraud_type_named(name):
    return (
        FraudType.objects.filter(slug=slugify(name)).first()
        or FraudType.objects.filter(name_en__iexact=name).first()
    )


def _record_redirect(item, page, options, report):
    path = old_path(item.link)
    if not path or path == "/":
        return
    site = legacy_site(options.legacy_host) if options.legacy_host else None
    outcome = point_redirect(path, site=site, page=page)
    if outcome in report.redirects:
        report.redirects[outcome] += 1
