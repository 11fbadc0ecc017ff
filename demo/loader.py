"""Build the demo site by code (idempotent): home page, index pages, taxonomy, content."""

from django.db import transaction

from home.site_setup import ensure_home_page

HOME_INTRO = (
    "Fraud Alert is where the police publish warnings about scams happening now, and "
    "plain advice on how to protect yourself, in sixteen languages."
)


@transaction.atomic
def load_demo(stdout=None):
    home = ensure_home_page(title="Fraud Alert", intro=HOME_INTRO)
    from alerts.models import AdviceIndexPage, AlertIndexPage

    alert_index = ensure_child(home, AlertIndexPage, slug="alerts", title="Fraud alerts",
                 intro="Warnings about scams happening now. Check a message you received "
                       "against these alerts.")
    advice_index = ensure_child(home, AdviceIndexPage, slug="advice", title="Prevention advice",
                 intro="How common scams work, the warning signs, and what to do.")
    from demo import advice_content, alerts_content, index_texts, taxonomy

    translate(home, index_texts.HOME)
    translate(alert_index, index_texts.ALERT_INDEX)
    translate(advice_index, index_texts.ADVICE_INDEX)
    taxonomy.load()
    advice_content.load(advice_index)
    alerts_content.load(alert_index)
    return home


def ensure_child(parent, page_class, slug, **fields):
    existing = page_class.objects.child_of(parent).filter(slug=slug).first()
    if existing:
        return existing
    page = page_class(slug=slug, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def translate(page, texts):
    """Fill each language's empty `<field>_<suffix>` from `texts` ({field: {code: text}})
    and publish, once: an editor's own wording is never replaced."""
    from languages import supported

    page = page.specific
    changed = False
    for field, by_code in texts.items():
        for code, text in by_code.items():
            name = f"{field}_{supported.get(code).field_suffix}"
            if not getattr(page, name, None):
                setattr(page, name, text)
                changed = True
    if changed:
        page.save_revision().publish()
