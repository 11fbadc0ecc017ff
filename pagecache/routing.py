"""Page routing that reads one narrow row per URL segment instead of every sibling.

wagtail-modeltranslation replaces `Page.route` on every page model so that translated slugs
(with the English fallback) route. Its version loads all children of each page on the path,
every one a full row of ~110 columns, to compare their slugs in Python: an alert page under
an index of 10,000 alerts loaded 10,000 rows (1.8 s). This route asks the database for the
one child whose slug matches in the reader's language, or whose slug in that language is
empty and whose English slug matches (the same rule as modeltranslation's fallback), taking
the first in tree order as the original did; the candidates for every segment of the path
come in one query. Only the page that serves the request (and any routable page on the way)
is loaded whole. Which page serves a path is remembered until the content generation moves
(pagecache.memo): a page published, moved or renamed moves it.
"""

import copy

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.http import Http404
from django.utils.translation import get_language
from modeltranslation.utils import build_localized_fieldname, resolution_order
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.query import PageQuerySet

from pagecache import memo


def slug_q(slug):
    """Pages whose slug, as modeltranslation resolves it now, is `slug`."""
    from modeltranslation.settings import FALLBACK_LANGUAGES

    earlier_empty = Q()
    match = Q(pk__in=[])
    for language in resolution_order(get_language(), FALLBACK_LANGUAGES):
        field = build_localized_fieldname("slug", language)
        match |= earlier_empty & Q(**{field: slug})
        earlier_empty &= Q(**{f"{field}__isnull": True}) | Q(**{field: ""})
    return match


def route(self, request, path_components):
    if isinstance(self, RoutablePageMixin) or not path_components:
        # the root page reaches here whole: route_for_request only passes it bare with a path
        return translated_route(self, request, path_components)
    found = memo.per_generation(
        ("route", self.pk, tuple(path_components), get_language()),
        lambda: find_page(self, path_components),
    )
    if found is None:
        raise Http404
    page_id, content_type_id, position = found
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    page = model._default_manager.get(pk=page_id)
    return page.route(request, list(path_components[position + 1:]))


def find_page(self, path_components):
    """(page id, content type id, index of its path segment) of the page that serves the
    path below `self`: the deepest page found, or the first routable page on the way. None
    if no page matches."""
    # One query for every segment's candidates: (depth below self, slug in that language).
    wanted = Q(pk__in=[])
    for offset, slug in enumerate(path_components, start=1):
        wanted |= Q(depth=self.depth + offset) & slug_q(slug)
    candidates = list(
        Page.objects.filter(wanted, path__startswith=self.path)
        .order_by("path")
        .values_list("id", "content_type_id", "path", "depth")
    )
    parent_path, parent_depth = self.path, self.depth
    for position in range(len(path_components)):
        # the first matching child of the page found so far, in tree order
        row = next((row for row in candidates if row[3] == parent_depth + 1
                    and row[2].startswith(parent_path)), None)
        if row is None:
            return None
        page_id, content_type_id, parent_path, parent_depth = row
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is None:
            return None
        if position + 1 < len(path_components) and getattr(model, "route", None) is route:
            continue  # a plain page on the way: its row is not needed
        return page_id, content_type_id, position
    return None  # not reached: the loop returns


def route_for_request(request, path):
    """Wagtail's `Page.route_for_request`, without loading the site's root page whole when
    the request is for a page below it (the root row comes with the Site query)."""
    if not hasattr(request, "_wagtail_route_for_request"):
        result = None
        try:
            if site := Site.find_for_request(request):
                components = [component for component in path.split("/") if component]
                root = site.root_page
                model = root.specific_class
                if components and model is not None and model.route is route:
                    result = route(root, request, components)
                else:
                    result = root.localized.specific.route(request, components)
        except Http404:
            result = None
        request._wagtail_route_for_request = result
    return request._wagtail_route_for_request


translated_route = Page.route  # replaced in install() by modeltranslation's version
wagtail_find_site = Site._find_for_request
wagtail_view_restrictions = Page.get_view_restrictions
wagtail_private_q = PageQuerySet.private_q


def find_site(request):
    """Wagtail's site lookup (one query joining the ~110-column root page), remembered per
    host and port until the generation moves (sites are saved/deleted with a bump). Each
    request gets its own copies, so nothing one request sets on them reaches another."""
    from django.http.request import split_domain_port

    key = ("site", split_domain_port(request._get_raw_host())[0], request.get_port())
    site = memo.per_generation(key, lambda: wagtail_find_site(request))
    if site is None:
        return None
    root = site.root_page
    site = copy.copy(site)
    site.root_page = copy.copy(root)
    for name in ("specific", "specific_deferred", "localized", "localized_draft"):
        site.root_page.__dict__.pop(name, None)
    return site


def any_view_restriction():
    """Whether any page has a view restriction, remembered per generation (which moves on
    every restriction saved or deleted)."""
    return memo.per_generation("any-view-restriction", PageViewRestriction.objects.exists)


def get_view_restrictions(self):
    """Wagtail checks the page and its ancestors for view restrictions on every serve (two
    queries); when no restriction exists at all the answer is an empty set without asking."""
    if not any_view_restriction():
        return PageViewRestriction.objects.none()
    return wagtail_view_restrictions(self)


def private_q(self):
    """`PageQuerySet.public()` reads every view restriction to build its filter (a query per
    listing); with none at all, its filter matches no page, without asking."""
    if not any_view_restriction():
        return Q(pk__in=[])
    return wagtail_private_q(self)


def install():
    """Put `route` in place of modeltranslation's on every page model that has it."""
    global translated_route
    from wagtail.models import get_page_models

    for model in get_page_models():
        current = model.__dict__.get("route")
        if current is not None and getattr(current, "__name__", "") == "_new_route":
            translated_route = current
            model.route = route
    if not settings.WAGTAIL_I18N_ENABLED:  # with it, the root page is looked up per locale
        Page.route_for_request = staticmethod(route_for_request)
    Site._find_for_request = staticmethod(find_site)
    Page.get_view_restrictions = get_view_restrictions
    PageQuerySet.private_q = private_q
