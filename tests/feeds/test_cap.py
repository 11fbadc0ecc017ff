from pathlib import Path

import pytest
from lxml import etree

from tests import factories

SCHEMA = etree.XMLSchema(etree.parse(
    str(Path(__file__).resolve().parents[2] / "feeds" / "schemas" / "CAP-v1.2.xsd")))
CAP = {"cap": "urn:oasis:names:tc:emergency:cap:1.2"}


def cap_message(client, reference_code):
    response = client.get(f"/feeds/cap/{reference_code}.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/cap+xml")
    document = etree.fromstring(response.content)
    SCHEMA.assertValid(document)
    return document


def text(document, path):
    return document.xpath(path, namespaces=CAP)


def test_a_translated_alert_is_a_valid_cap_message_with_one_info_per_language(
        client, translated_alert):
    document = cap_message(client, translated_alert.reference_code)
    assert text(document, "string(cap:msgType)") == "Alert"
    assert text(document, "string(cap:identifier)") == f"{translated_alert.reference_code}-v1"
    assert text(document, "cap:info/cap:language/text()") == ["en", "pl", "ar", "zh-Hans"]
    arabic = text(document, "cap:info[cap:language='ar']")[0]
    assert text(arabic, "string(cap:headline)") == "مكالمات مصرفية مزيفة"
    assert text(arabic, "string(cap:instruction)") == "أغلق الخط."
    assert text(arabic, "string(cap:area/cap:areaDesc)") == "ويلز"
    assert "/ar/alerts/" in text(arabic, "string(cap:web)")
    english = text(document, "cap:info[cap:language='en']")[0]
    assert text(english, "string(cap:instruction)") == (
        "Hang up.\nCall your bank on the number on your card.")
    for info in text(document, "cap:info"):
        assert text(info, "string(cap:category)") == "Security"
        assert text(info, "string(cap:severity)") == "Severe"
        assert text(info, "string(cap:urgency)") == "Immediate"
        assert text(info, "string(cap:certainty)") == "Observed"
    assert text(document, "string(cap:info[cap:language='zh-Hans']/cap:event)") == "快递诈骗"


@pytest.mark.parametrize("severity,expected", [("minor", ("Minor", "Expected")),
                                               ("moderate", ("Moderate", "Expected")),
                                               ("extreme", ("Extreme", "Immediate"))])
def test_severity_and_urgency_map_from_our_severity(client, site, severity, expected):
    alert = factories.alert(severity=severity)
    info = text(cap_message(client, alert.reference_code), "cap:info")[0]
    assert (text(info, "string(cap:severity)"), text(info, "string(cap:urgency)")) == expected


def test_an_update_references_the_earlier_message(client, translated_alert):
    first = cap_message(client, translated_alert.reference_code)
    page = translated_alert.specific
    page.updates.create(text="Now by text message too.", text_ar="الآن عبر الرسائل أيضاً.")
    page.save_revision().publish()
    updated = cap_message(client, translated_alert.reference_code)
    assert text(updated, "string(cap:msgType)") == "Update"
    assert text(updated, "string(cap:identifier)") == f"{translated_alert.reference_code}-v2"
    earlier = ",".join([text(first, "string(cap:sender)"), text(first, "string(cap:identifier)"),
                        text(first, "string(cap:sent)")])
    assert text(updated, "string(cap:references)") == earlier


def test_a_withdrawal_is_a_cancel_referencing_every_earlier_version(client, translated_alert):
    page = translated_alert.specific
    page.updates.create(text="Now by text message too.")
    page.save_revision().publish()
    page.status = "withdrawn"
    page.withdrawn_reason = "This was a test of our own phone line."
    page.save_revision().publish()
    document = cap_message(client, translated_alert.reference_code)
    assert text(document, "string(cap:msgType)") == "Cancel"
    assert text(document, "string(cap:identifier)") == f"{translated_alert.reference_code}-v3"
    references = text(document, "string(cap:references)").split()
    assert [ref.split(",")[1] for ref in references] == [
        f"{translated_alert.reference_code}-v1", f"{translated_alert.reference_code}-v2"]
    assert text(document, "string(cap:note)") == "This was a test of our own phone line."
    assert set(text(document, "cap:info/cap:urgency/text()")) == {"Past"}
    assert set(text(document, "cap:info/cap:responseType/text()")) == {"AllClear"}


def test_expiry_and_untranslated_alert_stay_valid(client, site):
    from datetime import timedelta

    from django.utils import timezone

    alert = factories.alert("English only", expires_at=timezone.now() + timedelta(days=2))
    document = cap_message(client, alert.reference_code)
    assert text(document, "cap:info/cap:language/text()") == ["en"]
    assert text(document, "string(cap:info/cap:expires)").endswith("-00:00")
    assert text(document, "string(cap:info/cap:area/cap:areaDesc)") == "United Kingdom"


def test_cap_index_lists_current_alerts_and_recent_cancels(client, site):
    active = factories.alert("Active one")
    withdrawn = factories.alert("Withdrawn one", status="withdrawn")
    factories.alert("Unpublished one").unpublish()
    response = client.get("/feeds/cap/alerts.atom")
    feed = etree.fromstring(response.content)
    atom = {"a": "http://www.w3.org/2005/Atom"}
    links = feed.xpath("a:entry/a:link[@type='application/cap+xml']/@href", namespaces=atom)
    assert sorted(link.rsplit("/", 1)[1] for link in links) == sorted(
        [f"{active.reference_code}.xml", f"{withdrawn.reference_code}.xml"])
    for link in links:
        cap_message(client, link.rsplit("/", 1)[1].removesuffix(".xml"))


def test_unknown_reference_code_is_404(client, site):
    assert client.get("/feeds/cap/FA-1999-0001.xml").status_code == 404


def identifier_chain(document):
    """(identifier, msgType, [referenced identifiers]) of a CAP message."""
    references = text(document, "string(cap:references)").split()
    return (text(document, "string(cap:identifier)"), text(document, "string(cap:msgType)"),
            [reference.split(",")[1] for reference in references])


def in_the_past(alert, minutes):
    """Move the alert's publications back in time (as if they had happened then)."""
    from datetime import timedelta

    from django.utils import timezone
    from wagtail.models import PageLogEntry

    PageLogEntry.objects.filter(page=alert, timestamp__gte=timezone.now() - timedelta(
        minutes=1)).update(timestamp=timezone.now() - timedelta(minutes=minutes))


def test_a_corrected_alert_is_a_new_message_and_the_first_is_unchanged(client, site):
    alert = factories.alert("Fake bank calls", summary="Scammers call pretending to be yuor bank.")
    first = cap_message(client, alert.reference_code)
    code = alert.reference_code
    assert identifier_chain(first) == (f"{code}-v1", "Alert", [])
    page = alert.specific
    page.summary = "Scammers call pretending to be your bank."
    page.save_revision().publish()
    corrected = cap_message(client, code)
    assert identifier_chain(corrected) == (f"{code}-v2", "Update", [f"{code}-v1"])
    assert "your bank" in text(corrected, "string(cap:info/cap:description)")
    # v1 is referenced with the sent time it was served with
    assert text(corrected, "string(cap:references)") == ",".join(
        [text(first, "string(cap:sender)"), f"{code}-v1", text(first, "string(cap:sent)")])


def test_a_withdrawal_republished_with_an_edited_reason_is_a_new_cancel(client, site):
    alert = factories.alert("Fake bank calls")
    code = alert.reference_code
    page = alert.specific
    page.status = "withdrawn"
    page.withdrawn_reason = "A test of our phone line."
    page.save_revision().publish()
    cancel = cap_message(client, code)
    assert identifier_chain(cancel) == (f"{code}-v2", "Cancel", [f"{code}-v1"])
    page = alert.specific.__class__.objects.get(pk=alert.pk)
    page.withdrawn_reason = "A test of our own phone line, not a scam."
    page.save_revision().publish()
    edited = cap_message(client, code)
    assert identifier_chain(edited) == (f"{code}-v3", "Cancel", [f"{code}-v1", f"{code}-v2"])
    assert text(edited, "string(cap:note)") == "A test of our own phone line, not a scam."


def test_an_expiry_after_the_last_publication_is_its_own_message(client, site):
    from datetime import timedelta

    from django.utils import timezone

    from alerts.models import AlertPage

    alert = factories.alert("Ticket scam", expires_at=timezone.now() + timedelta(hours=1))
    in_the_past(alert, minutes=30)
    code = alert.reference_code
    before = cap_message(client, code)
    assert identifier_chain(before) == (f"{code}-v1", "Alert", [])
    assert set(text(before, "cap:info/cap:urgency/text()")) == {"Expected"}

    expired_at = timezone.now() - timedelta(minutes=5)
    AlertPage.objects.filter(pk=alert.pk).update(expires_at=expired_at)
    expired = cap_message(client, code)
    assert identifier_chain(expired) == (f"{code}-v1-expired", "Update", [f"{code}-v1"])
    assert set(text(expired, "cap:info/cap:urgency/text()")) == {"Past"}
    assert text(expired, "string(cap:sent)") == expired_at.astimezone(
        timezone.UTC).strftime("%Y-%m-%dT%H:%M:%S-00:00")


def test_no_identifier_is_ever_used_for_two_different_messages(client, site):
    """Every state the alert goes through, fetched twice: each identifier always names the
    same message, and each new message references every earlier one."""
    from datetime import timedelta

    from django.utils import timezone

    from alerts.models import AlertPage

    alert = factories.alert("Fake bank calls", issued_at=timezone.now() - timedelta(hours=2),
                            expires_at=timezone.now() + timedelta(days=1))
    code = alert.reference_code
    served = {}
    chain = []

    def fetch():
        for _ in range(2):
            response = client.get(f"/feeds/cap/{code}.xml")
            document = etree.fromstring(response.content)
            SCHEMA.assertValid(document)
            identifier, _kind, references = identifier_chain(document)
            assert served.setdefault(identifier, response.content) == response.content
        if identifier not in chain:
            assert references == chain
            chain.append(identifier)

    def publish(**changes):
        page = AlertPage.objects.get(pk=alert.pk)
        for name, value in changes.items():
            setattr(page, name, value)
        page.save_revision().publish()
        in_the_past(alert, minutes=60 - 10 * len(chain))

    in_the_past(alert, minutes=60)
    fetch()
    publish(summary="A typo fixed.")
    fetch()
    publish(title_ar="مكالمات مصرفية مزيفة")  # a translation added
    fetch()
    # expired after v3 (published 40 minutes ago), before what follows (20 and 10 minutes ago)
    AlertPage.objects.filter(pk=alert.pk).update(expires_at=timezone.now() - timedelta(minutes=35))
    fetch()
    publish(status="withdrawn", withdrawn_reason="A test.")
    fetch()
    publish(withdrawn_reason="A test of our own line.")
    fetch()
    assert chain == [f"{code}-v1", f"{code}-v2", f"{code}-v3", f"{code}-v3-expired",
                     f"{code}-v4", f"{code}-v5"]


def withdrawn_from_the_start(**fields):
    return factories.alert("Council tax letters", status="withdrawn",
                           withdrawn_reason="The council confirmed the letters are real.",
                           **fields)


def test_an_alert_first_published_withdrawn_is_issued_then_cancelled(client, site):
    """v1 is always the alert as issued (msgType Alert); the withdrawal is a Cancel that
    references it, sent with it (a Cancel naming nothing is invalid CAP)."""
    alert = withdrawn_from_the_start()
    code = alert.reference_code
    document = cap_message(client, code)
    assert identifier_chain(document) == (f"{code}-v1-withdrawn", "Cancel", [f"{code}-v1"])
    sent = text(document, "string(cap:sent)")
    assert text(document, "string(cap:references)") == ",".join(
        [text(document, "string(cap:sender)"), f"{code}-v1", sent])
    assert text(document, "string(cap:note)") == "The council confirmed the letters are real."
    assert set(text(document, "cap:info/cap:urgency/text()")) == {"Past"}

    feed = etree.fromstring(client.get("/feeds/cap/alerts.atom").content)
    ids = feed.xpath("a:entry/a:id/text()", namespaces={"a": "http://www.w3.org/2005/Atom"})
    assert [entry.rsplit(":", 1)[1] for entry in ids] == [f"{code}-v1-withdrawn"]


def test_republishing_it_keeps_the_first_alert_and_its_cancel_in_the_chain(client, site):
    from alerts.models import AlertPage

    alert = withdrawn_from_the_start()
    code = alert.reference_code
    in_the_past(alert, minutes=30)
    first = cap_message(client, code)
    page = AlertPage.objects.get(pk=alert.pk)
    page.withdrawn_reason = "The council confirmed the letters are its own."
    page.save_revision().publish()
    edited = cap_message(client, code)
    assert identifier_chain(edited) == (f"{code}-v2", "Cancel",
                                        [f"{code}-v1", f"{code}-v1-withdrawn"])
    # what v1-withdrawn referenced is still referenced with the same sent time
    assert text(first, "string(cap:references)") in text(edited, "string(cap:references)")

    page = AlertPage.objects.get(pk=alert.pk)
    page.status = AlertPage.Status.ACTIVE  # put back in force
    page.save_revision().publish()
    assert identifier_chain(cap_message(client, code)) == (
        f"{code}-v3", "Update", [f"{code}-v1", f"{code}-v1-withdrawn", f"{code}-v2"])


def test_the_expiry_of_an_alert_withdrawn_from_the_start_is_no_new_message(client, site):
    from datetime import timedelta

    from django.utils import timezone

    from alerts.models import AlertPage

    alert = withdrawn_from_the_start(expires_at=timezone.now() + timedelta(hours=1))
    code = alert.reference_code
    in_the_past(alert, minutes=30)
    AlertPage.objects.filter(pk=alert.pk).update(expires_at=timezone.now() - timedelta(minutes=5))
    assert identifier_chain(cap_message(client, code)) == (
        f"{code}-v1-withdrawn", "Cancel", [f"{code}-v1"])
    page = AlertPage.objects.get(pk=alert.pk)
    page.withdrawn_reason = "Edited after the expiry."
    page.save_revision().publish()
    assert identifier_chain(cap_message(client, code)) == (
        f"{code}-v2", "Cancel", [f"{code}-v1", f"{code}-v1-withdrawn"])


def test_a_withdrawal_written_without_a_publication_still_cancels_an_issued_alert(client,
                                                                                   site):
    """A status set by a script (no new revision) never makes v1 a Cancel either."""
    from alerts.models import AlertPage

    alert = factories.alert("Fake parcel texts")
    code = alert.reference_code
    AlertPage.objects.filter(pk=alert.pk).update(status=AlertPage.Status.WITHDRAWN)
    assert identifier_chain(cap_message(client, code)) == (
        f"{code}-v1-withdrawn", "Cancel", [f"{code}-v1"])
