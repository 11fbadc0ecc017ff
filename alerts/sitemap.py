"""/sitemap.xml: a sitemap index of one sitemap per language (/sitemap-<lang>.xml), each
listing every public page in that language with its hreflang alternates.

A page with no text of its own in a language (translation state "missing": it shows the
English with a notice) is left out of that language's sitemap and of every alternates list,
as in the pages' hreflang links (languages.alternates.has_own_text); the language switcher
still offers it.

One file per language keeps each under the protocol's 50,000 URLs up to 50,000 pages (a
single file of all sixteen languages passed that at about 3,000 pages).

Wagtail's own sitemap lists one URL per page; with modeltranslation each page has sixteen
(its slug is translated), so this view lists them all. It selects only the columns a URL
needs (path, the per-language url_path columns, last publication), whatever the page type, and
each translation-tracked page's `translated_from` through a join on its own table.
"""

from django.db.models import F, Max
from django.http import Http404, HttpResponse
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.dateformat import format as date_format
from django.utils.html import escape
from django.utils.timezone import localtime
from django.views.decorators.http import require_safe
from wagtail.models import Page, get_page_models

from languages import supported
from languages.alternates import has_own_text
from languages.models import TranslationTracked

# Named views (not Wagtail pages) that are public pages in every language.
EXTRA_VIEWS = ("accessibility_statement", "partner_list", "embed:help", "subscriptions:subscribe")


def _page_columns():
    return ["id", "path", "depth", "url_path", "last_published_at",
            *(f"url_path_{language.field_suffix}" for language in supported.LANGUAGES)]


def _translated_from_annotations():
    """{"<model>_translated_from": F("<model>__translated_from")} for each page type with
    translation tracking whose table sits directly on Page's (a LEFT JOIN each; None for
    pages of other types)."""
    annotations = {}
    for model in get_page_models():
        if issubclass(model, TranslationTracked) and Page in model._meta.parents:
            name = model._meta.get_field("page_ptr").related_query_name()
            annotations[f"{name}_translated_from"] = F(f"{name}__translated_from")
    return annotations


def _with_translated_from(page, names):
    """Set `page.translated_from` from whichever annotation its type filled (has_own_text
    reads it; it stays unset on pages without tracking)."""
    for name in names:
        value = getattr(page, name)
        if value is not None:
            page.translated_from = value
            break
    return page


def sitemap_entries(request, language_code=None):
    """[{"loc", "lastmod", "alternates": [(hreflang, url)]}] for every page, in one language
    (or all of them when `language_code` is None), each page in the languages it has text
    in."""
    annotations = _translated_from_annotations()
    pages = (Page.objects.live().public().filter(depth__gt=1).only(*_page_columns())
             .annotate(**annotations))
    groups = []
    for page in pages.order_by("path"):
        page = _with_translated_from(page, annotations)
        urls = []
        for language in supported.LANGUAGES:
            if not has_own_text(page, language.code):
                continue
            with translation.override(language.code):
                url = page.get_url(request=request)
            if url:
                urls.append((language.code, request.build_absolute_uri(url)))
        if urls:
            groups.append((urls, page.last_published_at))
    for name in EXTRA_VIEWS:
        urls = []
        for language in supported.LANGUAGES:
            with translation.override(language.code):
                urls.append((language.code, request.build_absolute_uri(reverse(name))))
        groups.append((urls, None))

    entries = []
    for urls, lastmod in groups:
        default = dict(urls).get(supported.DEFAULT, urls[0][1])
        alternates = [*urls, ("x-default", default)]
        entries += [{"loc": url, "lastmod": lastmod, "alternates": alternates}
                    for code, url in urls if language_code in (None, code)]
    return entries


def render_sitemap(entries):
    """The XML of templates/alerts/sitemap.xml, written directly: every page's sixteen entries
    share one block of alternates, escaped once (the template took 0.7 s for 100 alerts)."""
    head, tail = render_to_string("alerts/sitemap.xml", {"entries": []}).split("</urlset>")
    lines = [head.rstrip("\n"), "\n"]
    alternates_xml = {}
    for entry in entries:
        alternates = entry["alternates"]
        block = alternates_xml.get(id(alternates))
        if block is None:
            block = alternates_xml[id(alternates)] = "".join(
                f'<xhtml:link rel="alternate" hreflang="{escape(code)}" href="{escape(url)}"/>'
                for code, url in alternates
            )
        day = entry["lastmod"] and date_format(localtime(entry["lastmod"]), "Y-m-d")
        lastmod = f"<lastmod>{day}</lastmod>" if day else ""
        lines.append(f"<url><loc>{escape(entry['loc'])}</loc>{lastmod}{block}</url>\n")
    lines.append("</urlset>" + tail)
    return "".join(lines)


def _xml(body):
    return HttpResponse(body, content_type="application/xml; charset=utf-8")


@require_safe
def sitemap_index(request):
    """The index: one <sitemap> per language, dated by the latest publication."""
    latest = Page.objects.live().public().aggregate(latest=Max("last_published_at"))["latest"]
    lastmod = f"<lastmod>{date_format(localtime(latest), 'Y-m-d')}</lastmod>" if latest else ""
    locations = [request.build_absolute_uri(reverse("sitemap_language", args=[language.code]))
                 for language in supported.LANGUAGES]
    items = "".join(f"<sitemap><loc>{escape(location)}</loc>{lastmod}</sitemap>\n"
                    for location in locations)
    return _xml('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
                f"{items}</sitemapindex>\n")


@require_safe
def sitemap_xml(request, language_code):
    if language_code not in supported.CODES:
        raise Http404("No sitemap for this language.")
    return _xml(render_sitemap(sitemap_entries(request, language_code)))
