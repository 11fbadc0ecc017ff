"""Language-neutral CAP 1.2 URLs: the Atom index of current alerts and one message each."""

from django.db.models import Prefetch
from django.http import Http404, HttpResponse
from django.urls import reverse
from django.utils import feedgenerator, translation
from django.utils.feedgenerator import rfc3339_date

from alerts.models import AlertPage, Audience, FraudType, Region
from languages import supported

from . import cap
from .cross_origin import read_only_for_any_origin
from .http_cache import cacheable, set_last_modified
from .items import alert_changed_at, list_changed_at

# The index lists the newest current alerts only: a consumer polls it often, and each message
# it fetches lists the earlier versions anyway. The full archive is in the RSS/Atom feeds.
CAP_INDEX_MAX_ENTRIES = 200


class CapIndexFeed(feedgenerator.Atom1Feed):
    """Atom entries whose link is the CAP message, typed application/cap+xml."""

    def add_item_elements(self, handler, item):
        handler.addQuickElement("title", item["title"])
        handler.addQuickElement(
            "link", "", {"href": item["link"], "rel": "alternate", "type": "application/cap+xml"}
        )
        handler.addQuickElement("id", item["unique_id"])
        handler.addQuickElement("published", rfc3339_date(item["pubdate"]))
        handler.addQuickElement("updated", rfc3339_date(item["updateddate"]))
        handler.addQuickElement("summary", item["description"])
        handler.startElement("author", {})
        handler.addQuickElement("name", cap.sender())
        handler.endElement("author")


@read_only_for_any_origin()
@cacheable
def cap_index(request):
    with translation.override(supported.DEFAULT):
        feed = CapIndexFeed(
            title=translation.gettext("Fraud Alert: current alerts (CAP 1.2)"),
            link=request.build_absolute_uri("/"),
            description="",
            language=supported.DEFAULT,
            feed_url=request.build_absolute_uri(),
        )
        alerts = list(cap.current_cap_alerts()[:CAP_INDEX_MAX_ENTRIES])
        published = cap.publications(alerts)
        latest = None
        for alert in alerts:
            current = cap.versions(alert, published[alert.pk])[-1]
            latest = max(latest or current.sent, current.sent)
            feed.add_item(
                title=alert.title, description=alert.summary,
                link=request.build_absolute_uri(
                    reverse("cap:message", args=[alert.reference_code])),
                unique_id=f"urn:x-fraudalert:cap:{cap.sender()}:{current.identifier}",
                pubdate=alert.issued_at, updateddate=current.sent,
            )
        body = feed.writeString("utf-8")
    response = HttpResponse(body, content_type="application/atom+xml; charset=utf-8")
    return set_last_modified(response, list_changed_at(latest))


def _taxon_prefetch(relation, model):
    names = [f"name_{language.field_suffix}" for language in supported.LANGUAGES]
    return Prefetch(relation, queryset=model.objects.only("id", "slug", "name", *names))


@read_only_for_any_origin()
@cacheable
def cap_message(request, reference_code):
    alert = (
        AlertPage.objects.live().public().filter(reference_code=reference_code)
        .prefetch_related(
            _taxon_prefetch("fraud_types", FraudType), _taxon_prefetch("audiences", Audience),
            _taxon_prefetch("regions", Region),
            "updates",  # read by translation_state, once per language
        )
        .first()
    )
    if alert is None:
        raise Http404("No published alert has this reference code.")
    all_versions = cap.versions(alert)
    response = HttpResponse(cap.cap_message(alert, request, all_versions),
                            content_type=cap.CONTENT_TYPE)
    # the current message's sent time is its latest publication or its expiry
    return set_last_modified(response, max(alert_changed_at(alert), all_versions[-1].sent))
