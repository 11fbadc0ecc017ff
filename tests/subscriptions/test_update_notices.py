"""Update and withdrawal notices: one "updated" email per publish that adds updates, telling
of all of them, newest first; nothing on a later unrelated publish; and any text shown in a
language other than the email's (English where there is no translation) says so with lang
and dir."""

from datetime import timedelta

from django.utils import timezone

from alerts.models import AlertPage, AlertUpdate
from subscriptions.models import Mailing
from tests import factories
from tests.subscriptions.conftest import parts
from tests.subscriptions.test_lifecycle import confirm, subscribe
from tests.subscriptions.test_notices_admin_data import republish


def test_two_updates_in_one_publish_make_one_notice_newest_first_and_no_stray_one(
        site, client, smtp):
    subscribe(client, "reader@example.org")
    confirm(client, smtp, "reader@example.org")
    alert = factories.alert("Courier scam")
    now = timezone.now()
    page = AlertPage.objects.get(pk=alert.pk)
    # Saved first, so the lower id, but the later date: it is the newest update.
    page.updates.add(AlertUpdate(text="Newest: now by WhatsApp too.", date=now))
    page.updates.add(AlertUpdate(text="Older: seen in Leeds since Monday.",
                                 date=now - timedelta(hours=5)))
    page.save_revision().publish()
    republish(alert, summary="A summary with its typo fixed.")
    republish(alert)

    [notice] = smtp.to("reader@example.org")[2:]
    assert "updated" in notice["Subject"]
    text, html = parts(notice)
    for part in (text, html):
        assert part.index("Newest: now by WhatsApp too.") < part.index("Older: seen in Leeds")
    [mailing] = Mailing.objects.filter(alert=alert, kind=Mailing.Kind.UPDATED)
    newest, older = AlertPage.objects.get(pk=alert.pk).updates.order_by("-date")
    assert mailing.update_ids == [newest.pk, older.pk]
    assert mailing.key == str(newest.pk)

    # A later publish that adds another update tells of that one alone.
    page = AlertPage.objects.get(pk=alert.pk)
    page.updates.add(AlertUpdate(text="Latest: arrests made.", date=now + timedelta(hours=1)))
    page.save_revision().publish()
    [second] = smtp.to("reader@example.org")[3:]
    text, _ = parts(second)
    assert "Latest: arrests made." in text
    assert "Newest: now by WhatsApp" not in text and "Older: seen in Leeds" not in text


def test_urdu_notice_marks_english_fallback_texts_with_lang_and_dir(site, client, smtp):
    subscribe(client, "urdu@example.org", language="ur", page_language="ur")
    confirm(client, smtp, "urdu@example.org")
    alert = factories.alert("Pension scam", title_ur="پنشن فراڈ", summary_ur="خلاصہ۔")
    page = AlertPage.objects.get(pk=alert.pk)
    # Columns named: a request in Urdu leaves Urdu active, and `text=` would write text_ur.
    page.updates.add(AlertUpdate(text_en="Only in English.", date=timezone.now()))
    page.updates.add(AlertUpdate(text_en="Also translated.", text_ur="اردو میں بھی۔",
                                 date=timezone.now() - timedelta(minutes=1)))
    page.save_revision().publish()
    republish(alert, status=AlertPage.Status.WITHDRAWN, withdrawn_reason_en="Resolved.")

    updated, withdrawn = smtp.to("urdu@example.org")[2:]
    _, html = parts(updated)
    assert '<html lang="ur" dir="rtl">' in html
    assert '<span lang="en" dir="ltr">Only in English.</span>' in html
    assert '<span lang="ur" dir="rtl">اردو میں بھی۔</span>' in html
    _, html = parts(withdrawn)
    assert '<p lang="en" dir="ltr">Resolved.</p>' in html
