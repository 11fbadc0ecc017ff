"""The demo advice pages: loaded by code, translated, rendered, and loaded only once."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.test import TestCase
from django.utils.html import escape
from wagtail.models import Page, PageLogEntry, Revision

from alerts.models import AdvicePage, FraudType
from demo import advice_content
from demo.advice_text import en
from tests import factories

FULL_LANGUAGES = ("pl", "ar", "ur", "cy")
BODY_BLOCKS = {"heading", "paragraph", "warning_signs", "steps", "callout", "report_it"}


def load_demo():
    call_command("load_demo", stdout=StringIO())


def advice_pages():
    return list(AdvicePage.objects.order_by("slug_en"))


class DemoAdviceTests(TestCase):
    """The whole demo site, loaded once for the class (each test rolls back its changes)."""

    @classmethod
    def setUpTestData(cls):
        load_demo()

    def test_load_demo_loads_ten_advice_pages_each_translated_into_polish_arabic_urdu_welsh(
        self,
    ):
        pages = advice_pages()
        assert len(pages) >= 10
        for page in pages:
            assert {block.block_type for block in page.body_en} >= BODY_BLOCKS, page.slug
            for code in FULL_LANGUAGES:
                stale = (page.slug_en, code) == ("romance-fraud", "pl")
                expected = "stale" if stale else "complete"
                assert page.translation_state(code) == expected, (page.slug_en, code)
                title = getattr(page, f"title_{code}")
                body = getattr(page, f"body_{code}")
                assert title and title != page.title_en, (page.slug_en, code)
                assert [b.block_type for b in body] == [b.block_type for b in page.body_en]
                assert page.summary_en not in getattr(page, f"summary_{code}")

    def test_romance_fraud_polish_is_stale_because_the_english_summary_changed_after_it(self):
        page = AdvicePage.objects.get(slug_en="romance-fraud")
        assert page.summary_en == en.REVISED_SUMMARIES["romance-fraud"]
        assert page.summary_pl == "Oszust udaje, że Cię kocha, żebyś wysłał mu pieniądze."
        assert page.translated_from_date("pl") < page.english_changed_at
        assert page.translated_from_date("ar") >= page.english_changed_at
        assert Revision.page_revisions.filter(object_id=str(page.pk)).count() == 2

    def test_some_pages_are_in_other_languages_and_the_rest_fall_back_to_english(self):
        phishing = AdvicePage.objects.get(slug_en="phishing-emails-and-texts")
        investment = AdvicePage.objects.get(slug_en="investment-fraud")
        for code in ("bn", "pa", "zh-hans", "ro", "so"):
            assert phishing.translation_state(code) == "complete", code
            assert investment.translation_state(code) == "missing", code

        response = self.client.get("/bn/advice/investment-fraud/")
        assert response.status_code == 200
        assert escape(investment.title_en) in response.text
        response = self.client.get("/bn/advice/phishing-emails-and-texts/")
        assert escape(phishing.title_bn) in response.text

    def test_every_advice_page_renders_in_polish_and_arabic(self):
        for code in ("pl", "ar"):
            for page in advice_pages():
                response = self.client.get(f"/{code}/advice/{page.slug_en}/")
                assert response.status_code == 200, (code, page.slug_en)
                assert escape(getattr(page, f"title_{code}")) in response.text
                first_sign = getattr(page, f"body_{code}")[4].value["signs"][0]
                assert escape(first_sign) in response.text
                direction = 'dir="rtl"' if code == "ar" else 'dir="ltr"'
                assert direction in response.text

    def test_a_second_load_demo_creates_no_page_revision_or_log_entry(self):
        def snapshot():
            return (
                Page.objects.count(),
                Revision.objects.count(),
                PageLogEntry.objects.count(),
                [(p.pk, p.latest_revision_id, p.summary_en) for p in advice_pages()],
            )

        before = snapshot()
        load_demo()
        assert snapshot() == before


@pytest.mark.django_db
def test_advice_pages_are_filed_under_the_fraud_types_that_exist(site):
    _, _, advice_index = site
    factories.fraud_type(name="Courier fraud", slug="courier-fraud")
    factories.audience(name="Older people", slug="older-people")
    advice_content.load(advice_index)
    courier = AdvicePage.objects.get(slug_en="courier-fraud")
    assert list(courier.fraud_types.values_list("slug", flat=True)) == ["courier-fraud"]
    assert list(courier.audiences.values_list("slug", flat=True)) == ["older-people"]
    phishing = AdvicePage.objects.get(slug_en="phishing-emails-and-texts")
    assert not phishing.fraud_types.exists()  # "phishing" was never created
    assert FraudType.objects.count() == 1


@pytest.mark.django_db
def test_loading_advice_without_a_taxonomy_still_creates_every_page(site):
    _, _, advice_index = site
    created = advice_content.load(advice_index)
    assert len(created) == len(en.PAGES)
    assert advice_content.load(advice_index) == []
