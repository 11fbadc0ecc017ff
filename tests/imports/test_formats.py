"""Each format is read from its content and its good items become draft alerts."""

import shutil

from django.utils import timezone

from alerts.models import AlertPage
from imports.models import ImportedAlert
from tests import factories


def _by_original_id(original_id):
    record = ImportedAlert.objects.select_related("page").get(original_id=original_id)
    return AlertPage.objects.get(pk=record.page_id)


def test_rss_good_items_become_drafts_and_bad_ones_are_listed(import_alerts, samples):
    run = import_alerts(samples / "rss.xml")

    assert "RSS 2.0: 3 created, 0 updated, 0 unchanged, 0 conflicts, 3 errors" in run.output
    assert "error item 3: duplicate id 'oldbank-2025-001'; skipped" in run.output
    assert "error item 4: missing title" in run.output
    assert "error item 5: unreadable date 'sometime last week'" in run.output
    assert run.failed
    courier = _by_original_id("oldbank-2025-001")
    assert courier.title == "Courier fraud: callers pretending to be police"
    assert courier.issued_at.isoformat() == "2025-03-03T09:30:00+00:00"
    assert not courier.live and courier.latest_revision_id is not None
    parcel = _by_original_id("oldbank-2025-002")
    assert timezone.localtime(parcel.issued_at).date().isoformat() == "2025-03-03"
    assert parcel.body == "<p>Texts say a parcel could not be delivered and ask for a " \
        "<b>small fee</b>.</p>"
    assert AlertPage.objects.count() == 3


def test_atom_text_html_and_xhtml_content(import_alerts, samples):
    run = import_alerts(samples / "atom.xml")

    assert "Atom: 3 created, 0 updated, 0 unchanged, 0 conflicts, 1 errors" in run.output
    assert "error entry 4: impossible date '31/02/2025'" in run.output
    tickets = _by_original_id("tag:metropolice.example,2025:alert-17")
    assert tickets.title == "Ticket scams for summer festivals"
    assert tickets.summary == "Fake resellers advertise sold-out festival tickets."
    traders = _by_original_id("tag:metropolice.example,2025:alert-18")
    assert "<b>roof repairs</b>" in traders.body
    assert '<a href="https://metropolice.example/advice/doorstep">' in traders.body
    assert timezone.localtime(traders.issued_at).date().isoformat() == "2025-04-02"
    # No <id>: the link identifies the entry. 02/04/2025 is 2 April (day first).
    pension = _by_original_id("https://metropolice.example/fraud/alert-19")
    assert timezone.localtime(pension.issued_at).strftime("%Y-%m-%d %H:%M") == "2025-04-02 14:30"
    assert pension.body == (
        "<p>Nobody legitimate cold-calls about your pension.</p>"
        "<p>Hang up and check the FCA register.</p>"
    )


def test_json_feed_in_arabic_fills_the_arabic_fields(import_alerts, samples):
    run = import_alerts(samples / "json_feed_ar.json", "--language", "ar")

    assert "JSON Feed: 2 created, 0 updated, 0 unchanged, 0 conflicts, 3 errors" in run.output
    assert "error item 3: duplicate id 'ar-101'; skipped" in run.output
    assert "error item 4: missing title" in run.output
    assert "error item 5: unreadable date '٣ مارس'" in run.output
    page = _by_original_id("ar-101")
    assert page.title_ar == "رسائل مزيفة تنتحل صفة البنك"
    assert page.summary_ar == "تصلك رسالة نصية تطلب منك تأكيد بيانات حسابك عبر رابط."
    assert "<a href=\"https://ar.alerts.example/advice\">اقرأ نصائحنا</a>" in page.body_ar
    # Wagtail needs an English title: the Arabic text stands in until translated.
    assert page.title_en == page.title_ar
    assert page.translation_state("ar") == "complete"
    text_only = _by_original_id("ar-102")
    assert text_only.body_ar == "<p>يتصل بك شخص يعدك بأرباح مضمونة.</p><p>لا ترسل أي مال.</p>"
    assert text_only.issued_at.isoformat() == "2025-05-06T11:00:00+00:00"


def test_csv_in_polish_with_fraud_types_partner_and_broken_rows(import_alerts, samples):
    factories.fraud_type("Impersonation", slug="impersonation")
    factories.fraud_type("Courier fraud", slug="courier-fraud")
    phishing = factories.fraud_type("Phishing texts", slug="phishing-texts")
    bank = factories.partner("Stary Bank", slug="stary-bank")

    run = import_alerts(samples / "csv_export_pl.csv", "--language", "pl",
                        "--source-partner", "stary-bank",
                        "--fraud-type-map", samples / "fraud_type_map.json")

    assert run.error is not None and "3 item(s)" in str(run.error)
    assert "CSV: 3 created, 0 updated, 0 unchanged, 0 conflicts, 3 errors" in run.output
    assert "error line 5: 3 cells where the header has 7" in run.output
    assert "error line 4: missing title" in run.output
    assert "error line 6: impossible date '99/99/2025'" in run.output
    assert "warning line 3: category 'Unknown category' matches no fraud type" in run.output
    grandson = _by_original_id("PL-1")
    assert grandson.title_pl == "Oszustwo „na wnuczka”"
    assert timezone.localtime(grandson.issued_at).date().isoformat() == "2025-02-14"
    assert grandson.source_partner == bank
    assert grandson.slug == "oszustwo-na-wnuczka"
    assert [t.slug for t in grandson.get_latest_revision_as_object().fraud_types.all()] == [
        "impersonation"
    ]
    parcel = _by_original_id("PL-2").get_latest_revision_as_object()
    assert list(parcel.fraud_types.all()) == [phishing]
    assert ImportedAlert.objects.filter(source="stary-bank").count() == 3


def test_format_is_read_from_content_not_the_file_name(import_alerts, samples, tmp_path):
    misnamed = tmp_path / "export.csv"
    shutil.copy(samples / "atom.xml", misnamed)

    run = import_alerts(misnamed)

    assert run.output.startswith("Atom: 3 created")


def test_publish_makes_the_alerts_live(import_alerts, samples):
    import_alerts(samples / "atom.xml", "--publish")

    assert AlertPage.objects.live().count() == 3


def test_rss_1_0_in_polish_with_dates_written_out_in_polish(import_alerts, samples):
    run = import_alerts(samples / "rss1_pl.xml", "--language", "pl")

    assert "RSS 1.0: 2 created, 0 updated, 0 unchanged, 0 conflicts, 1 errors" in run.output
    assert "error item 3: unreadable date 'w zeszłym tygodniu'" in run.output
    couriers = _by_original_id("https://ostrzezenia.example/2025/kurier")
    assert couriers.title_pl == "Fałszywi kurierzy dzwonią do seniorów"
    assert couriers.body_pl == "<p>Policja <strong>nigdy</strong> nie odbiera kart.</p>"
    assert timezone.localtime(couriers.issued_at).date().isoformat() == "2025-03-03"
    blik = _by_original_id("https://ostrzezenia.example/2025/blik")
    assert timezone.localtime(blik.issued_at).strftime("%Y-%m-%d %H:%M") == "2025-08-12 10:15"
