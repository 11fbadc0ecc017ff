"""The public partners page: the organisations whose alerts Fraud Alert carries, and the
alert sites it replaces (the sites `import_alerts` brings across)."""

from django.db.models import Prefetch
from django.shortcuts import render
from django.views.decorators.http import require_safe
from wagtail.images import get_image_model

from alerts.models import Partner
from languages import supported

LOGO_SPECS = ("max-240x120", "max-480x240")  # as templates/partners/partner_list.html asks


def partners_queryset(language_code):
    """Partners with only the shown columns (name and description in the reader's language
    and English, the fallback) and their logo renditions prefetched."""
    suffixes = {supported.get(language_code).field_suffix, supported.DEFAULT}
    translated = [f"{field}_{suffix}" for field in ("name", "description") for suffix in suffixes]
    logos = get_image_model().objects.prefetch_renditions(*LOGO_SPECS)
    return (
        Partner.objects.only("slug", "sort_order", "website", "replaced_site", "logo",
                             *translated)
        .prefetch_related(Prefetch("logo", queryset=logos))
        .order_by("sort_order", "slug")
    )


@require_safe
def partner_list(request):
    partners = list(partners_queryset(request.LANGUAGE_CODE))
    return render(request, "partners/partner_list.html", {
        "partners": partners,
        "replaced_sites": [partner for partner in partners if partner.replaced_site],
    })
