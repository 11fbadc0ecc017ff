"""A small site for the browser tests, built through tests/factories.py."""

from dataclasses import dataclass

from tests import factories

URDU_WORD = "پارسل"  # "parcel", in the Urdu title and summary of the parcel alert


@dataclass
class Site:
    alert: object
    other_alert: object
    advice: object
    fraud_type: object
    region: object


def build_site():
    factories.site_pages()
    courier = factories.fraud_type("Courier scams", slug="courier-scams",
                                   name_ar="عمليات احتيال التوصيل", name_bn="কুরিয়ার প্রতারণা")
    investment = factories.fraud_type("Investment scams", slug="investment-scams")
    wales = factories.region("Wales", slug="wales", name_ar="ويلز", name_bn="ওয়েলস")
    london = factories.region("London", slug="london")
    alert = factories.alert(
        "Fake parcel delivery texts",
        slug="fake-parcel-texts",
        fraud_types=[courier], regions=[wales],
        summary="Texts say a parcel is waiting and ask for a small redelivery fee.",
        title_ar="رسائل نصية مزيفة عن توصيل الطرود",
        summary_ar="تقول الرسائل إن طردًا ينتظرك وتطلب رسومًا صغيرة لإعادة التوصيل.",
        title_bn="পার্সেল ডেলিভারির ভুয়া বার্তা",
        summary_bn="বার্তায় বলা হয় একটি পার্সেল অপেক্ষা করছে এবং ছোট একটি ফি চাওয়া হয়।",
        title_pl="Fałszywe SMS-y o dostawie paczki",
        title_ur="پارسل کی ترسیل کے جعلی پیغامات",
        summary_ur=("پیغامات میں کہا جاتا ہے کہ ایک پارسل آپ کا منتظر ہے"
                    " اور چھوٹی سی فیس مانگی جاتی ہے۔"),
        severity="severe",
    )
    other = factories.alert(
        "Crypto investment adverts", slug="crypto-adverts",
        fraud_types=[investment], regions=[london],
        summary="Adverts with fake celebrity endorsements promise high returns.",
    )
    advice = factories.advice(
        "Check before you pay", slug="check-before-you-pay", fraud_types=[courier],
        summary="Stop and check who is asking before you send money.",
        title_ar="تحقق قبل أن تدفع", summary_ar="توقف وتحقق ممن يطلب المال قبل أن ترسله.",
        title_bn="টাকা দেওয়ার আগে যাচাই করুন",
        summary_bn="টাকা পাঠানোর আগে থামুন এবং কে চাইছে তা যাচাই করুন।",
    )
    return Site(alert, other, advice, courier, wales)
