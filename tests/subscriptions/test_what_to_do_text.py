""""What to do" is rich text: the plain-text part of every email reads it as lines (a dash per
list item, blank lines between paragraphs, entities decoded) and the HTML part carries it as
HTML, escaped once, with absolute links."""

from django.core.management import call_command

from alerts.models import AlertPage, AlertUpdate
from tests import factories
from tests.subscriptions.conftest import parts
from tests.subscriptions.test_lifecycle import confirm, subscribe

WHAT_TO_DO = ("<p>Do this now:</p>"
              "<ul><li>Hang up &amp; wait 5 minutes.</li><li>Call 101.</li></ul>"
              "<p>Then tell your bank.</p>")
WHAT_TO_DO_AR = "<ul><li>أغلق الخط وانتظر 5 دقائق.</li><li>اتصل بالرقم 101.</li></ul>"


def text_and_html(message):
    text, html = parts(message)
    return text.replace("\r\n", "\n"), html


def assert_readable_in_english(message):
    text, html = text_and_html(message)
    assert ("Do this now:\n\n- Hang up & wait 5 minutes.\n- Call 101.\n\n"
            "Then tell your bank.") in text
    assert "&amp;" not in text and "<li>" not in text
    assert "<li>Hang up &amp; wait 5 minutes.</li><li>Call 101.</li>" in html
    assert "&amp;amp;" not in html and "&lt;li&gt;" not in html


def test_alert_email_reads_lists_and_entities_in_both_parts(site, client, smtp):
    subscribe(client, "now@example.org")
    confirm(client, smtp, "now@example.org")
    factories.alert("Fake police call", what_to_do=WHAT_TO_DO)
    assert_readable_in_english(smtp.to("now@example.org")[-1])


def test_digest_and_update_notice_read_it_the_same_way(site, client, smtp):
    subscribe(client, "daily@example.org", frequency="daily")
    confirm(client, smtp, "daily@example.org")
    alert = factories.alert("Fake police call", what_to_do=WHAT_TO_DO)
    call_command("send_digests", "--frequency", "daily")
    assert_readable_in_english(smtp.to("daily@example.org")[-1])

    page = AlertPage.objects.get(pk=alert.pk)
    page.updates.add(AlertUpdate(text="Calls now come from a local number."))
    page.save_revision().publish()
    notice = smtp.to("daily@example.org")[-1]
    assert "updated" in notice["Subject"]
    assert_readable_in_english(notice)


def test_arabic_list_is_kept_and_internal_links_are_absolute(site, client, smtp):
    advice = factories.advice("Phone safety")
    subscribe(client, "qari@example.org", language="ar", page_language="ar")
    confirm(client, smtp, "qari@example.org")
    link = f'<p>اقرأ <a linktype="page" id="{advice.pk}">النصيحة</a>.</p>'
    factories.alert("Fake police call", title_ar="مكالمة شرطة مزيفة", summary_ar="ملخص.",
                    what_to_do=WHAT_TO_DO, what_to_do_ar=WHAT_TO_DO_AR + link)
    text, html = text_and_html(smtp.to("qari@example.org")[-1])
    advice_url = f"http://127.0.0.1:8000/ar/advice/{advice.slug}/"
    assert ("- أغلق الخط وانتظر 5 دقائق.\n- اتصل بالرقم 101.\n\n"
            f"اقرأ النصيحة ({advice_url}).") in text
    assert "<li>أغلق الخط وانتظر 5 دقائق.</li><li>اتصل بالرقم 101.</li>" in html
    assert f'<a href="{advice_url}">النصيحة</a>' in html
    assert '<div lang="ar" dir="rtl"><ul>' in html
