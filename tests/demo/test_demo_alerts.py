"""The demo alerts and taxonomy: loaded by code, translated, rendered, and loaded only once."""

from io import StringIO

from django.core.management import call_command
from django.test import TestCase
from django.utils import timezone
from django.utils.html import escape
from wagtail.models import Page, PageLogEntry, Revision

from alerts.models import AlertPage, AlertUpdate, Audience, FraudType, Partner, Region
from demo import alerts_content
from demo.alert_texts import BY_LANGUAGE
from languages import supported

FULL_LANGUAGES = ("pl", "ar", "ur", "cy")
TAXONOMY = (FraudType, Audience, Region, Partner)


def load_demo():
    call_command("load_demo", stdout=StringIO())


def alerts():
    return list(AlertPage.objects.order_by("reference_code"))


def snapshot():
    """Row counts and the alert rows' tracked state, to compare two loads."""
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "page log entries": PageLogEntry.objects.count(),
        "alert updates": AlertUpdate.objects.count(),
        **{model.__name__: list(model.objects.order_by("slug").values()) for model in TAXONOMY},
        "alerts": list(
            AlertPage.objects.order_by("reference_code").values(
                "id", "reference_code", "latest_revision_id", "last_published_at",
                "english_changed_at", "translated_from", "status", "expires_at",
            )
        ),
    }


class DemoAlertTests(TestCase):
    """The whole demo site, loaded once for the class (each test rolls back its changes)."""

    @classmethod
    def setUpTestData(cls):
        load_demo()

    def test_load_demo_builds_every_alert_with_its_reference_code_and_taxonomy(self):
        pages = alerts()
        assert len(pages) >= 12
        assert [page.reference_code for page in pages] == [
            demo.reference for demo in alerts_content.ALERTS
        ]
        for page in pages:
            assert page.live, page.reference_code
            assert page.fraud_types.exists(), page.reference_code
            assert page.audiences.exists(), page.reference_code
            assert page.regions.exists(), page.reference_code
            assert "<p>" in page.body_en and "<li>" in page.what_to_do_en, page.reference_code
        fraud_types_used = FraudType.objects.filter(alerts__isnull=False).distinct().count()
        assert fraud_types_used >= 10
        assert AlertPage.objects.filter(source_partner__isnull=False).count() >= 4

    def test_alerts_cover_all_four_severities_and_every_lifecycle_state(self):
        pages = alerts()
        assert {page.severity for page in pages} == set(AlertPage.Severity.values)
        lifecycles = [page.lifecycle for page in pages]
        assert lifecycles.count("expired") >= 2
        assert lifecycles.count("withdrawn") == 1
        assert lifecycles.count("updated") >= 1
        assert lifecycles.count("active") >= 1
        assert all(page.issued_at < timezone.now() for page in pages)

    def test_withdrawn_alert_gives_its_reason_in_every_full_language(self):
        withdrawn = AlertPage.objects.get(status=AlertPage.Status.WITHDRAWN)
        for code in ("en", *FULL_LANGUAGES):
            reason = getattr(withdrawn, f"withdrawn_reason_{supported.get(code).field_suffix}")
            assert reason, code
        assert withdrawn.withdrawn_reason_pl != withdrawn.withdrawn_reason_en

    def test_updated_alert_has_dated_updates_translated_into_every_full_language(self):
        updated = next(page for page in alerts() if page.lifecycle == "updated")
        updates = list(updated.updates.all())
        assert len(updates) >= 2
        assert [u.date for u in updates] == sorted((u.date for u in updates), reverse=True)
        for update in updates:
            assert update.date > updated.issued_at
            for code in FULL_LANGUAGES:
                text = getattr(update, f"text_{code}")
                assert text and text != update.text_en, code

    def test_one_alert_supersedes_an_earlier_one(self):
        newer = AlertPage.objects.get(supersedes__isnull=False)
        older = newer.supersedes
        assert older.issued_at < newer.issued_at
        assert list(older.superseded_by.all()) == [newer]
        assert older.reference_code in newer.summary_en

    def test_every_alert_is_fully_translated_into_polish_arabic_urdu_and_welsh(self):
        for page in alerts():
            for code in FULL_LANGUAGES:
                for field in AlertPage.tracked_translation_fields:
                    text = getattr(page, f"{field}_{code}")
                    english = getattr(page, f"{field}_en")
                    if english:  # e.g. a withdrawal reason only where withdrawn
                        assert text and text != english, (page.reference_code, code, field)
                assert page.translation_state(code) in {"complete", "stale"}

    def test_exactly_one_welsh_translation_is_stale_and_its_other_languages_are_current(self):
        stale = [
            (page.reference_code, code)
            for page in alerts()
            for code in supported.CODES
            if page.translation_state(code) == "stale"
        ]
        assert len(stale) == 1
        reference, code = stale[0]
        assert code == "cy"
        page = AlertPage.objects.get(reference_code=reference)
        assert page.revisions.count() == 2
        for other in ("pl", "ar", "ur"):
            assert page.translation_state(other) == "complete"
        assert page.translated_from_date("cy") < page.english_changed_at

    def test_some_alerts_are_translated_into_other_languages_and_the_rest_fall_back(self):
        pages = alerts()
        partial = [code for code in supported.CODES if code not in ("en", *FULL_LANGUAGES)]
        states = {code: {page.translation_state(code) for page in pages} for code in partial}
        assert all("missing" in found for found in states.values())
        translated = [code for code, found in states.items() if "complete" in found]
        assert {"ro", "bn", "pa", "zh-hans"} <= set(translated)

    def test_taxonomy_names_and_descriptions_are_given_in_all_sixteen_languages(self):
        assert FraudType.objects.count() >= 12
        assert Audience.objects.count() >= 6
        assert Region.objects.filter(kind=Region.Kind.NATIONAL).count() == 1
        assert Region.objects.filter(kind=Region.Kind.NATION).count() == 4
        assert Region.objects.filter(kind=Region.Kind.FORCE_AREA).count() >= 4
        assert Partner.objects.count() >= 4
        for model in TAXONOMY:
            for term in model.objects.all():
                for language in supported.LANGUAGES:
                    suffix = language.field_suffix
                    assert getattr(term, f"name_{suffix}"), (term.slug, language.code)
                    assert getattr(term, f"description_{suffix}"), (term.slug, language.code)
                if model is not FraudType:
                    continue
                assert term.name_cy != term.name_en or term.slug == "phishing"

    def test_fictional_partners_use_reserved_example_domains(self):
        for slug in ("northgate-bank", "action-against-scams"):
            partner = Partner.objects.get(slug=slug)
            assert partner.website.rstrip("/").endswith(".example")
            assert "fictional" in partner.name_en

    def test_alert_page_shows_the_welsh_text_to_a_welsh_reader(self):
        page = AlertPage.objects.get(reference_code="FA-2026-0012")
        response = self.client.get(f"/cy/alerts/{page.slug_en}/")
        assert response.status_code == 200
        html = response.content.decode()
        assert escape(page.title_cy) in html
        assert page.reference_code in html
        assert escape(page.title_en) not in html

    def test_alert_page_in_an_untranslated_language_shows_the_english_text(self):
        page = AlertPage.objects.get(reference_code="FA-2026-0012")
        assert page.translation_state("fr") == "missing"
        response = self.client.get(f"/fr/alerts/{page.slug_en}/")
        assert response.status_code == 200
        assert escape(page.title_en) in response.content.decode()

    def test_alert_text_modules_translate_only_alerts_that_exist_in_english(self):
        english = set(BY_LANGUAGE["en"])
        for code, texts in BY_LANGUAGE.items():
            assert code in supported.CODES
            assert set(texts) <= english, code

    def test_loading_the_demo_again_adds_no_page_revision_or_row(self):
        before = snapshot()
        load_demo()
        assert snapshot() == before


class DemoFrontPagesTests(TestCase):
    """The home and index pages speak every language: no English fallback notice there."""

    @classmethod
    def setUpTestData(cls):
        load_demo()

    def test_home_and_index_pages_are_translated_in_every_language(self):
        from alerts.models import AdviceIndexPage, AlertIndexPage
        from home.models import HomePage

        for language in supported.LANGUAGES:
            suffix = language.field_suffix
            for model in (HomePage, AlertIndexPage, AdviceIndexPage):
                page = model.objects.get()
                assert getattr(page, f"title_{suffix}"), (model, language.code)
                assert getattr(page, f"intro_{suffix}"), (model, language.code)
        self.assertEqual(AlertIndexPage.objects.get().title_gu, "છેતરપિંડીની ચેતવણીઓ")

    def test_no_front_page_shows_the_fallback_notice(self):
        for code in ("gu", "ar", "so", "zh-hans"):
            for path in ("", "alerts/", "advice/"):
                response = self.client.get(f"/{code}/{path}")
                self.assertEqual(response.status_code, 200)
                self.assertNotIn("translation-notice", response.text, f"/{code}/{path}")
