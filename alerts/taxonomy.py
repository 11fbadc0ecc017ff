"""The taxonomy terms pages are labelled with, remembered per worker process.

Fraud types, audiences and regions are a few dozen rows that nearly every public page shows.
`terms(model)` loads all of one taxonomy once per content generation (saving or deleting a
term moves it: pagecache.invalidation), names in every language, so one copy serves every
reader. `attach_terms(pages, relation, ...)` then fills `page.<relation>.all()` for many
pages from one query over the link table, where a prefetch would build fresh term objects
for every page (a third of the alert list's render time at 20 alerts). The pages are for
reading: saving one writes the relation as it was read, as saving a revision does.
"""

from django.db.models import CharField, Value

from pagecache import memo

from .models import Audience, FraudType, Region

MODELS = {"fraud_types": FraudType, "audiences": Audience, "regions": Region}


def terms(model):
    """Every term of `model` in its order (sort order, then slug). Shared: do not change."""
    return memo.per_generation(("taxonomy", model._meta.label), lambda: list(model.objects.all()))


def terms_by_slug(model):
    return {term.slug: term for term in terms(model)}


def attach_terms(pages, *relations, known=None):
    """Fill each page's `relation.all()` (e.g. "fraud_types") with its terms, in the taxonomy's
    order: one query over the link tables of all the relations, whatever the number of pages.
    `known` ({relation: terms(model)} already in hand) saves asking for them again."""
    pages = [page for page in pages if page.pk is not None]
    if not pages or not relations:
        return pages
    ids = [page.pk for page in pages]
    links = {}  # (relation, page id) -> {term id}
    for relation, page_id, term_id in _links(type(pages[0]), relations, ids):
        links.setdefault((relation, page_id), set()).add(term_id)
    for relation in relations:
        ordered = (known or {}).get(relation) or terms(MODELS[relation])
        for page in pages:
            chosen = links.get((relation, page.pk), ())
            _remember(page, relation, [term for term in ordered if term.pk in chosen])
    return pages


def _links(model, relations, page_ids):
    """(relation, page id, term id) rows from the relations' link tables, in one query."""
    queries = []
    for relation in relations:
        field = model._meta.get_field(relation)
        source, target = field.m2m_field_name(), field.m2m_reverse_field_name()
        queries.append(
            field.remote_field.through.objects.filter(**{f"{source}__in": page_ids})
            .values_list(Value(relation, output_field=CharField()), f"{source}_id", f"{target}_id")
        )
    return queries[0].union(*queries[1:], all=True) if len(queries) > 1 else queries[0]


def _remember(page, relation, results):
    """`page.<relation>.all()` gives `results` from now on, as for a page built from a revision:
    modelcluster keeps the relation in memory (and filters or orders it in Python)."""
    page.__dict__.setdefault("_cluster_related_objects", {})[relation] = results
