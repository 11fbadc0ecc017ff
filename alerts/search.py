"""Search alerts and advice in the reader's language.

Pages store case-folded plain text per language (`search_text_<suffix>`, see
search_text.py). A query is case-folded the same way and split into words; a page matches
when every word is a substring of the text a reader of that language sees (English for the
fields not translated), or of its English text: scam messages are mostly in English, and
readers paste their words. Substring matching works for every script on SQLite and
PostgreSQL alike (their tokenisers do not split Chinese, Gujarati or Tamil). An alert whose
reference code is searched for comes first.

Queries are bounded: at most MAX_CANDIDATES ids per page type are ranked, then one page of
results is loaded, so the query count does not grow with the content.
"""

import html
import re
import unicodedata

from django.core.paginator import Paginator
from django.db.models import Q
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from languages import supported

from .search_text import TAG, normalise, plain_text

MAX_QUERY_LENGTH = 200
MAX_TERMS = 8
MAX_CANDIDATES = 300
PER_PAGE = 10
# Unicode categories read as a space: controls, surrogates, private use, unassigned,
# separators. Format characters (Cf: ZWJ, ZWNJ) stay: Urdu and Indic words use them.
SPACE_LIKE = {"Cc", "Cs", "Co", "Cn", "Zs", "Zl", "Zp"}
SNIPPET_BEFORE = 60
SNIPPET_LENGTH = 220


def clean_query(raw):
    """(query shown back to the reader, [case-folded words], [notices])."""
    notices = []
    text = "".join(  # control characters and odd spaces become plain spaces
        " " if unicodedata.category(char) in SPACE_LIKE else char for char in raw or ""
    )
    text = " ".join(text.split())
    if len(text) > MAX_QUERY_LENGTH:
        text = text[:MAX_QUERY_LENGTH]
        notices.append(
            _("Your search was very long, so only its first %(count)s characters were used.")
            % {"count": MAX_QUERY_LENGTH}
        )
    terms = []
    for word in normalise(text).split():
        if any(unicodedata.category(char)[0] in "LN" for char in word) and word not in terms:
            terms.append(word)
    if len(terms) > MAX_TERMS:
        terms = terms[:MAX_TERMS]
        notices.append(
            _("Only the first %(count)s words of your search were used.") % {"count": MAX_TERMS}
        )
    return text, terms, notices


def _all_in(column, terms):
    condition = Q()
    for term in terms:
        condition &= Q(**{f"{column}__contains": term})
    return condition


def _matches(terms, suffix):
    """Every term in the text a reader of this language sees (`search_text_<suffix>`: their
    translation, English for fields not translated), or every term in the English text:
    readers often paste English words from the scam message they were sent."""
    own = _all_in(f"search_text_{suffix}", terms)
    if suffix == supported.get(supported.DEFAULT).field_suffix:
        return own
    return own | _all_in("search_text_en", terms)


def _models():
    from .models import AdvicePage, AlertPage

    return (("alert", AlertPage, "issued_at"), ("advice", AdvicePage, "last_published_at"))


def _rank(terms, suffix):
    """[(kind, id)] of every matching page, best first: the alert whose reference code was
    searched for, then pages with the words in their title, then newest."""
    candidates = []
    for kind, model, date_field in _models():
        extra = ["reference_code"] if kind == "alert" else []
        rows = (
            model.objects.live().public().filter(_matches(terms, suffix))
            .order_by(f"-{date_field}", "-id")
            .values("id", f"title_{suffix}", "title_en", date_field, *extra)[:MAX_CANDIDATES]
        )
        for row in rows:
            page_id, date = row["id"], row[date_field]
            title = (row[f"title_{suffix}"] or row["title_en"] or "").casefold()
            code = (row.get("reference_code") or "").casefold()
            score = sum(term in title for term in terms)
            if code and code in terms:
                score += 100  # the code a reader was given: that alert first
            candidates.append((score, date.timestamp() if date else 0, kind, page_id))
    candidates.sort(key=lambda row: (row[0], row[1]), reverse=True)
    return [(kind, page_id) for _score, _date, kind, page_id in candidates]


def _load(keys, language):
    """The pages for one page of results, with only the columns a result shows."""
    from .listing import language_columns

    columns = {
        "alert": ("title", "summary", "body", "url_path", "slug"),
        "advice": ("title", "summary", "body", "url_path", "slug"),
    }
    loaded = {}
    for kind, model, _date_field in _models():
        ids = [page_id for key_kind, page_id in keys if key_kind == kind]
        if not ids:
            continue
        extra = ["reference_code", "severity", "status", "expires_at"] if kind == "alert" else []
        pages = model.objects.filter(pk__in=ids).only(
            "id", "path", "depth", "url_path", *extra,
            *language_columns(columns[kind], language.code),
        )
        loaded.update({(kind, page.pk): page for page in pages})
    return [loaded[key] for key in keys if key in loaded]


def _shown(page, name, language):
    """(plain text, Language) of a field as a reader of `language` sees it: their own
    translation, or English where that field has none."""
    own = plain_text(getattr(page, f"{name}_{language.field_suffix}", None))
    if own.strip():
        return own, language
    english = supported.get(supported.DEFAULT)
    return plain_text(getattr(page, f"{name}_{english.field_suffix}", None)), english


def _result(page, terms, language):
    """The title and an extract of the first text (summary, then body) a term is in, each
    in the language the reader sees it in (a partly translated page mixes the two)."""
    title_language = _shown(page, "title", language)[1]
    english = supported.get(supported.DEFAULT)
    texts = [_shown(page, name, language) for name in ("summary", "body")]
    if language != english:  # found by the English words of a translated page
        texts += [_shown(page, name, english) for name in ("summary", "body")]
    texts = [shown for shown in texts if shown[0].strip()]
    text, text_language = next(
        (shown for shown in texts if any(term in normalise(shown[0]) for term in terms)),
        texts[0] if texts else ("", title_language),
    )
    return {
        "page": page,
        "kind": "alert" if hasattr(page, "reference_code") else "advice",
        "title_language": title_language,
        "snippet_language": text_language,
        "in_english": title_language.code != language.code,
        "snippet": highlight(text, terms),
    }


def highlight(text, terms):
    """A short extract of `text` around the first match, escaped, with matches in <mark>."""
    text = " ".join(normalise_spacing(text).split())
    if not terms:
        return escape(text[:SNIPPET_LENGTH])
    pattern = re.compile("|".join(re.escape(term) for term in terms), re.IGNORECASE)
    first = pattern.search(text)
    start = max(0, first.start() - SNIPPET_BEFORE) if first else 0
    extract = text[start:start + SNIPPET_LENGTH]
    pieces, position = [], 0
    for match in pattern.finditer(extract):
        pieces.append(escape(extract[position:match.start()]))
        pieces.append(f"<mark>{escape(match.group())}</mark>")
        position = match.end()
    pieces.append(escape(extract[position:]))
    prefix = "… " if start else ""
    suffix = " …" if start + SNIPPET_LENGTH < len(text) else ""
    return mark_safe(prefix + "".join(pieces) + suffix)  # every piece escaped above


def normalise_spacing(text):
    return html.unescape(TAG.sub(" ", text))


def search_context(request):
    query, terms, notices = clean_query(request.GET.get("q", ""))
    context = {"query": query, "terms": terms, "notices": notices, "results": [],
               "results_page": None, "searched": "q" in request.GET}
    if not terms:
        return context
    language = supported.get(get_language())
    ranked = _rank(terms, language.field_suffix)
    paginator = Paginator(ranked, PER_PAGE)
    results_page = paginator.get_page(request.GET.get("page"))
    pages = _load(list(results_page.object_list), language)
    context.update({
        "results": [_result(page, terms, language) for page in pages],
        "results_page": results_page,
        "result_count": paginator.count,
        "capped": paginator.count >= MAX_CANDIDATES,
    })
    return context
