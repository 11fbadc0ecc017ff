"""A second import creates nothing; a changed item updates through a new revision, unless an
editor changed the alert since the last import (a conflict, left alone); --dry-run saves
nothing."""

from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Revision

from alerts.models import AlertPage
from imports.models import ImportedAlert


def _page(original_id):
    return AlertPage.objects.get(import_record__original_id=original_id)


def test_second_run_of_the_same_feed_creates_nothing(import_alerts, samples):
    import_alerts(samples / "atom.xml")
    revisions = Revision.objects.count()

    run = import_alerts(samples / "atom.xml")

    assert "Atom: 0 created, 0 updated, 3 unchanged, 0 conflicts, 1 errors" in run.output
    assert AlertPage.objects.count() == 3
    assert Revision.objects.count() == revisions
    assert Redirect.objects.count() == 3


def test_changed_source_item_updates_the_alert_through_a_new_revision(
    import_alerts, samples, tmp_path
):
    import_alerts(samples / "atom.xml", "--publish")
    page = _page("tag:metropolice.example,2025:alert-18")
    first_revision = page.latest_revision_id
    changed = tmp_path / "feed.xml"
    changed.write_text((samples / "atom.xml").read_text().replace(
        "Rogue traders after storms", "Rogue traders after floods"))

    run = import_alerts(changed, "--publish")

    assert "Atom: 0 created, 1 updated, 2 unchanged, 0 conflicts, 1 errors" in run.output
    page.refresh_from_db()
    assert page.title == "Rogue traders after floods"
    assert page.latest_revision_id != first_revision
    assert page.live_revision_id == page.latest_revision_id
    record = ImportedAlert.objects.get(page=page)
    assert record.revision_id == page.latest_revision_id


def test_changed_item_without_publish_waits_as_a_draft(import_alerts, samples, tmp_path):
    import_alerts(samples / "atom.xml", "--publish")
    changed = tmp_path / "feed.xml"
    changed.write_text((samples / "atom.xml").read_text().replace(
        "Rogue traders after storms", "Rogue traders after floods"))

    import_alerts(changed)

    page = _page("tag:metropolice.example,2025:alert-18")
    assert page.title == "Rogue traders after storms"  # live version untouched
    assert page.has_unpublished_changes
    assert page.get_latest_revision_as_object().title == "Rogue traders after floods"


def test_alert_edited_since_the_import_is_a_conflict_and_left_alone(
    import_alerts, samples, tmp_path
):
    import_alerts(samples / "atom.xml", "--publish")
    page = _page("tag:metropolice.example,2025:alert-18")
    page.title = "Rogue traders: edited by our team"
    page.save_revision().publish()
    changed = tmp_path / "feed.xml"
    changed.write_text((samples / "atom.xml").read_text().replace(
        "Rogue traders after storms", "Rogue traders after floods"))

    run = import_alerts(changed, "--publish")

    assert "Atom: 0 created, 0 updated, 2 unchanged, 1 conflicts, 1 errors" in run.output
    assert (f"conflict entry 2: 'tag:metropolice.example,2025:alert-18' changed at the "
            f"source, but alert {page.reference_code} was edited here") in run.output
    page.refresh_from_db()
    assert page.title == "Rogue traders: edited by our team"
    assert page.get_latest_revision_as_object().title == "Rogue traders: edited by our team"


def test_editor_edit_with_an_unchanged_source_is_simply_unchanged(import_alerts, samples):
    import_alerts(samples / "atom.xml")
    page = _page("tag:metropolice.example,2025:alert-18")
    page.title = "Edited"
    page.save_revision()

    run = import_alerts(samples / "atom.xml")

    assert "0 updated, 3 unchanged, 0 conflicts" in run.output
    assert _page("tag:metropolice.example,2025:alert-18").get_latest_revision_as_object(
    ).title == "Edited"


def test_dry_run_reports_but_saves_nothing(import_alerts, samples):
    revisions = Revision.objects.count()

    run = import_alerts(samples / "rss.xml", "--dry-run", "--legacy-host",
                        "alerts.oldbank.example")

    assert "RSS 2.0: 3 created" in run.output
    assert "dry run: nothing was saved" in run.output
    assert AlertPage.objects.count() == 0
    assert ImportedAlert.objects.count() == 0
    assert Redirect.objects.count() == 0
    assert Revision.objects.count() == revisions
    from wagtail.models import Site

    assert not Site.objects.filter(hostname="alerts.oldbank.example").exists()


def test_dry_run_after_an_import_reports_the_update_without_making_it(
    import_alerts, samples, tmp_path
):
    import_alerts(samples / "atom.xml")
    changed = tmp_path / "feed.xml"
    changed.write_text((samples / "atom.xml").read_text().replace(
        "Rogue traders after storms", "Rogue traders after floods"))

    run = import_alerts(changed, "--dry-run")

    assert "1 updated, 2 unchanged" in run.output
    page = _page("tag:metropolice.example,2025:alert-18")
    assert page.get_latest_revision_as_object().title == "Rogue traders after storms"
