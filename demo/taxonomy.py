"""Demo taxonomy: fraud types, audiences, regions and partners, named in all sixteen languages.

Keyed by slug and idempotent: a term is created once, and on later runs only rewritten if
its text here differs from the row (so a second `load_demo` writes nothing).
"""

from alerts.models import Audience, FraudType, Partner, Region
from languages import supported

from .taxonomy_texts import AUDIENCES, FRAUD_TYPES, PARTNERS, REGIONS


def load():
    """Create or refresh every demo term; returns {model name: {slug: instance}}."""
    terms = {"fraud_types": {}, "audiences": {}, "regions": {}, "partners": {}}
    for order, (slug, texts) in enumerate(FRAUD_TYPES, start=1):
        terms["fraud_types"][slug] = ensure_term(FraudType, slug, texts, sort_order=order * 10)
    for order, (slug, texts) in enumerate(AUDIENCES, start=1):
        terms["audiences"][slug] = ensure_term(Audience, slug, texts, sort_order=order * 10)
    for order, (slug, kind, texts) in enumerate(REGIONS, start=1):
        terms["regions"][slug] = ensure_term(Region, slug, texts, sort_order=order * 10,
                                             kind=kind)
    for order, (slug, website, texts) in enumerate(PARTNERS, start=1):
        terms["partners"][slug] = ensure_term(Partner, slug, texts, sort_order=order * 10,
                                              website=website)
    return terms


def translated_fields(texts):
    """{code: (name, description)} -> {"name_en": ..., "name_cy": ..., "description_cy": ...}.

    Only the per-language columns: modeltranslation keeps `name` itself in step with `name_en`.
    """
    fields = {}
    for language in supported.LANGUAGES:
        name, description = texts[language.code]
        fields[f"name_{language.field_suffix}"] = name
        fields[f"description_{language.field_suffix}"] = description
    return fields


def ensure_term(model, slug, texts, **extra):
    """The term with this slug, created or brought up to date; saved only when it differs."""
    wanted = {**translated_fields(texts), **extra}
    term = model.objects.filter(slug=slug).first()
    if term is None:
        return model.objects.create(slug=slug, **wanted)
    changed = [name for name, value in wanted.items() if getattr(term, name) != value]
    if changed:
        for name in changed:
            setattr(term, name, wanted[name])
        term.save()
    return term
