import pytest

from tests import factories


@pytest.fixture
def taxonomy(db):
    return {
        "courier": factories.fraud_type("Courier fraud", slug="courier-fraud",
                                        name_pl="Oszustwo na kuriera", name_ar="احتيال البريد",
                                        name_zh_hans="快递诈骗"),
        "investment": factories.fraud_type("Investment fraud", slug="investment-fraud",
                                           name_ar="احتيال الاستثمار"),
        "older": factories.audience("Older people", slug="older-people"),
        "wales": factories.region("Wales", slug="wales", name_cy="Cymru", name_ar="ويلز"),
    }


@pytest.fixture
def translated_alert(site, taxonomy):
    return factories.alert(
        "Fake bank calls", slug="fake-bank-calls",
        title_ar="مكالمات مصرفية مزيفة", summary_ar="محتالون يتصلون ويدّعون أنهم من البنك.",
        slug_ar="fake-bank-calls-ar",
        title_zh_hans="假冒银行来电", summary_zh_hans="骗子冒充银行打电话。",
        slug_zh_hans="fake-bank-calls-zh",
        title_pl="Fałszywe telefony z banku", summary_pl="Oszuści dzwonią jako bank.",
        slug_pl="falszywe-telefony",
        what_to_do="<p>Hang up.</p><ul><li>Call your bank on the number on your card.</li></ul>",
        what_to_do_ar="<p>أغلق الخط.</p>",
        severity="severe", fraud_types=[taxonomy["courier"]], audiences=[taxonomy["older"]],
        regions=[taxonomy["wales"]],
    )
