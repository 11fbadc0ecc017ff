"""Alerts as OASIS Common Alerting Protocol 1.2 messages.

CAP requires each message's identifier to be unique to that message, so every message we
ever serve for an alert has its own:
- one per publication of the alert (Wagtail logs each): `<reference code>-v<n>`, sent when it
  was published. v1 is the alert as issued (msgType Alert); every later publication (a dated
  update, a corrected typo, a new translation, an edited withdrawal reason) is an Update, or
  a Cancel while the alert is withdrawn;
- an alert first published already withdrawn (entered or imported after the event) is still
  issued first: v1 is its Alert, and `<reference code>-v1-withdrawn`, sent at the same time,
  the Cancel that references it (a Cancel must name what it cancels);
- when an alert's expiry passes after its latest publication, the message changes (urgency
  Past) without a publication: `<reference code>-v<n>-expired`, an Update sent at the expiry
  (not after a Cancel: a withdrawn alert's message is already Past).
Identifiers and sent times come from stored dates and the status each publication had (its
revision), so they are stable; a message references every earlier one as
"sender,identifier,sent". One <info> block per language the alert is translated into.
"""

import html
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urlsplit
from xml.etree import ElementTree

from django.conf import settings
from django.utils import timezone, translation
from django.utils.html import strip_tags
from django.utils.translation import gettext as _

from alerts.models import AlertPage
from languages import supported

CAP_NAMESPACE = "urn:oasis:names:tc:emergency:cap:1.2"
CONTENT_TYPE = "application/cap+xml; charset=utf-8"

SEVERITY = {"minor": "Minor", "moderate": "Moderate", "severe": "Severe", "extreme": "Extreme"}
URGENCY = {"minor": "Expected", "moderate": "Expected", "severe": "Immediate",
           "extreme": "Immediate"}


@dataclass(frozen=True)
class Version:
    identifier: str
    sent: datetime
    cancel: bool = False  # the alert was withdrawn in this message


@dataclass(frozen=True)
class Publication:
    published_at: datetime
    withdrawn: bool | None  # the status the published revision had; None if not recorded


def sender():
    """The sender: our public host name (CAP asks for a globally unique, domain-based id)."""
    return urlsplit(settings.SITE_URL).hostname or "localhost"


def cap_time(moment):
    """CAP's dateTime: seconds precision, UTC written as -00:00 (the spec forbids "Z")."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S-00:00")


PUBLISH_ACTIONS = ("wagtail.publish", "wagtail.publish.scheduled")


def publications(alerts):
    """{alert id: [its publications, oldest first]} for these alerts, in one query."""
    from wagtail.models import PageLogEntry

    found = {alert.pk: [] for alert in alerts}
    logged = (
        PageLogEntry.objects.filter(page_id__in=list(found), action__in=PUBLISH_ACTIONS)
        .order_by("timestamp", "id")
        .values_list("page_id", "timestamp", "revision__content__status")
    )
    for page_id, moment, status in logged:
        withdrawn = None if status is None else status == AlertPage.Status.WITHDRAWN
        found[page_id].append(Publication(moment, withdrawn))
    return found


def versions(alert, published=None, now=None):
    """Every message sent for the alert, oldest first; the last is the current one.

    `published`: the alert's publications (from `publications`), read if not given. An alert
    published without a log entry (made by a script) has one publication."""
    if published is None:
        published = publications([alert])[alert.pk]
    published = list(published) or [
        Publication(alert.last_published_at or alert.issued_at, None)]
    history = []
    for number, publication in enumerate(published, start=1):
        # the live alert is what its latest publication made it; earlier ones as recorded
        latest = number == len(published)
        cancel = is_withdrawn(alert) if latest else bool(publication.withdrawn)
        identifier = f"{alert.reference_code}-v{number}"
        if number == 1 and cancel:
            history.append(Version(identifier, publication.published_at))  # as issued
            identifier = f"{identifier}-withdrawn"
        history.append(Version(identifier, publication.published_at, cancel))
    expiry = alert.expires_at
    if expiry is not None and expiry <= (now or timezone.now()):
        before = [version for version in history if version.sent < expiry]
        # A withdrawn alert's message is already Past: its expiry changes nothing.
        if before and not before[-1].cancel:
            history.insert(len(before), Version(f"{before[-1].identifier}-expired", expiry))
    return history


def is_withdrawn(alert):
    return alert.status == AlertPage.Status.WITHDRAWN


def message_type(all_versions):
    if all_versions[-1].cancel:
        return "Cancel"
    return "Update" if len(all_versions) > 1 else "Alert"


def cap_language(code):
    """RFC 3066 tag for a Django language code: zh-hans -> zh-Hans, pa -> pa-Guru."""
    return supported.get(code).babel.replace("_", "-")


def plain_text(rich_text):
    """Rich text as plain text, paragraphs and list items on their own lines."""
    text = re.sub(r"(?i)<br\s*/?>|</(p|li|h\d)>", "\n", str(rich_text or ""))
    text = html.unescape(strip_tags(text))
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def translated_languages(alert):
    """Codes of the languages this alert has text in (English always), in site order."""
    return [language.code for language in supported.LANGUAGES
            if alert.translation_state(language.code) != "missing"]


def _add(parent, name, text=None):
    element = ElementTree.SubElement(parent, f"{{{CAP_NAMESPACE}}}{name}")
    if text is not None:
        element.text = str(text)
    return element


def _info(root, alert, code, request, message_kind):
    with translation.override(code):
        info = _add(root, "info")
        _add(info, "language", cap_language(code))
        _add(info, "category", "Security")
        fraud_types = [fraud_type.name for fraud_type in alert.fraud_types.all()]
        _add(info, "event", ", ".join(fraud_types) or _("Fraud alert"))
        _add(info, "responseType", "AllClear" if message_kind == "Cancel" else "Avoid")
        ended = message_kind == "Cancel" or alert.is_expired
        _add(info, "urgency", "Past" if ended else URGENCY[alert.severity])
        _add(info, "severity", SEVERITY[alert.severity])
        _add(info, "certainty", "Observed")
        audiences = [audience.name for audience in alert.audiences.all()]
        if audiences:
            _add(info, "audience", ", ".join(audiences))
        _add(info, "effective", cap_time(alert.issued_at))
        if alert.expires_at:
            _add(info, "expires", cap_time(alert.expires_at))
        _add(info, "senderName", _("Fraud Alert"))
        _add(info, "headline", alert.title)
        description = alert.summary
        body = plain_text(alert.body)
        if body:
            description = f"{description}\n\n{body}"
        if message_kind == "Cancel" and alert.withdrawn_reason:
            description = f"{alert.withdrawn_reason}\n\n{description}"
        _add(info, "description", description)
        instruction = plain_text(alert.what_to_do)
        if instruction:
            _add(info, "instruction", instruction)
        _add(info, "web", alert.get_full_url(request))
        parameter = _add(info, "parameter")
        _add(parameter, "valueName", "referenceCode")
        _add(parameter, "value", alert.reference_code)
        area = _add(info, "area")
        regions = [region.name for region in alert.regions.all()]
        _add(area, "areaDesc", ", ".join(regions) or _("United Kingdom"))


def cap_message(alert, request, all_versions=None):
    """The current version of the alert as a CAP 1.2 XML document (bytes)."""
    all_versions = all_versions or versions(alert)
    current = all_versions[-1]
    kind = message_type(all_versions)
    root = ElementTree.Element(f"{{{CAP_NAMESPACE}}}alert")
    _add(root, "identifier", current.identifier)
    _add(root, "sender", sender())
    _add(root, "sent", cap_time(current.sent))
    _add(root, "status", "Actual")
    _add(root, "msgType", kind)
    _add(root, "scope", "Public")
    if kind == "Cancel" and alert.withdrawn_reason:
        _add(root, "note", alert.withdrawn_reason)
    if len(all_versions) > 1:
        _add(root, "references", " ".join(
            f"{sender()},{version.identifier},{cap_time(version.sent)}"
            for version in all_versions[:-1]
        ))
    for code in translated_languages(alert):
        _info(root, alert, code, request, kind)
    return ElementTree.tostring(root, encoding="utf-8", xml_declaration=True,
                                default_namespace=CAP_NAMESPACE)


def current_cap_alerts(now=None):
    """Alerts the CAP index lists: active ones, and withdrawals of the past week (so
    consumers see the Cancel message)."""
    from datetime import timedelta

    from django.db.models import Q

    from alerts.listing import active_q

    now = now or timezone.now()
    recent_withdrawal = Q(status=AlertPage.Status.WITHDRAWN,
                          last_published_at__gte=now - timedelta(days=7))
    return (
        AlertPage.objects.live().public().filter(active_q(now) | recent_withdrawal)
        .only("id", "path", "depth", "title", "title_en", "summary", "summary_en",
              "reference_code", "severity", "status", "issued_at", "expires_at",
              "last_published_at")
        .order_by("-issued_at", "-id")
    )
