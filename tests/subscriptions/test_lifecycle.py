"""Subscribe, confirm, receive an alert and a digest, unsubscribe: through HTTP and SMTP."""

from django.core.management import call_command

from subscriptions.models import Delivery, Subscriber, Suppression, address_hash
from tests import factories
from tests.subscriptions.conftest import link, parts


def subscribe(client, email, language="en", page_language="en", **choices):
    data = {"email": email, "language": language, "scope": "all",
            "frequency": "immediate", "organisation": "", "website": "", **choices}
    return client.post(f"/{page_language}/subscribe/", data)


def confirm(client, smtp, email):
    confirmation = smtp.to(email)[-1]
    path = link(confirmation, "confirm")
    assert client.get(path).status_code == 200
    response = client.post(path)
    assert response.status_code == 302
    return client.get(response["Location"])


def test_subscribe_confirm_then_alert_in_arabic_with_one_click_unsubscribe(site, client,
                                                                            smtp):
    response = subscribe(client, "Reader@Example.org", language="ar", page_language="ar")
    assert response.status_code == 302
    assert response["Location"] == "/ar/subscribe/check-your-email/"
    [confirmation] = smtp.to("reader@example.org")
    text, html = parts(confirmation)
    assert 'dir="rtl"' in html and 'lang="ar"' in html

    # Nothing but the confirmation is sent before the link is followed.
    factories.alert("Too early", summary_ar="ملخص")
    assert len(smtp.to("reader@example.org")) == 1

    manage_page = confirm(client, smtp, "reader@example.org")
    assert manage_page.status_code == 200
    assert Subscriber.objects.get().confirmed_at is not None

    alert = factories.alert("Fake bank call", title_ar="مكالمة بنك مزيفة",
                            summary_ar="يتصل المحتالون وينتحلون صفة البنك.",
                            what_to_do="<p>Hang up.</p>", what_to_do_ar="<p>أغلق الخط.</p>")
    [received] = smtp.to("reader@example.org")[1:]
    text, html = parts(received)
    assert alert.reference_code in received["Subject"]
    assert "مكالمة بنك مزيفة" in received["Subject"]
    assert 'dir="rtl"' in html
    assert "أغلق الخط." in text
    assert f"http://127.0.0.1:8000/ar/alerts/{alert.slug}/" in text
    assert "<img" not in html
    assert received["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    unsubscribe_url = received["List-Unsubscribe"].strip("<>")
    assert "/ar/subscribe/unsubscribe/" in unsubscribe_url

    # RFC 8058: a bare POST with the one-click body, no cookies, no CSRF token.
    from django.test import Client

    path = unsubscribe_url.split("127.0.0.1:8000", 1)[1]
    response = Client(enforce_csrf_checks=True).post(
        path, "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded")
    assert response.status_code == 200
    assert not Subscriber.objects.exists()
    assert not Delivery.objects.exists()
    assert Suppression.objects.filter(email_hash=address_hash("reader@example.org")).exists()

    factories.alert("After leaving", summary_ar="بعد")
    assert len(smtp.to("reader@example.org")) == 2


def test_english_fallback_says_so(site, client, smtp):
    subscribe(client, "cy@example.org", language="cy")
    confirm(client, smtp, "cy@example.org")
    factories.alert("Courier scam", summary="Only in English.")
    text, html = parts(smtp.to("cy@example.org")[-1])
    assert "Only in English." in text
    assert 'lang="en"' in html


def test_daily_digest_in_polish_once_per_period(site, client, smtp):
    subscribe(client, "grupa@example.org", language="pl", frequency="daily",
              organisation="Klub seniora")
    confirm(client, smtp, "grupa@example.org")
    first = factories.alert("Parcel text", title_pl="SMS o paczce", summary_pl="Fałszywy SMS.")
    second = factories.alert("Investment", title_pl="Inwestycja", summary_pl="Fałszywa oferta.")
    assert len(smtp.to("grupa@example.org")) == 1  # digests wait for the digest run

    call_command("send_digests", "--frequency", "daily")
    call_command("send_digests", "--frequency", "daily")
    digests = smtp.to("grupa@example.org")[1:]
    assert len(digests) == 1
    text, html = parts(digests[0])
    assert "SMS o paczce" in text and "Inwestycja" in text
    assert first.reference_code in text and second.reference_code in text
    assert 'lang="pl"' in html and 'dir="ltr"' in html
    assert digests[0]["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert digests[0]["List-Unsubscribe"].startswith("<http")


def test_chosen_fraud_types_filter_alerts(site, client, smtp):
    courier, romance = factories.fraud_type(), factories.fraud_type()
    subscribe(client, "picky@example.org", scope="chosen", fraud_types=[courier.pk])
    confirm(client, smtp, "picky@example.org")
    factories.alert("Romance", fraud_types=[romance])
    factories.alert("Courier", fraud_types=[courier])
    subjects = [m["Subject"] for m in smtp.to("picky@example.org")[1:]]
    assert len(subjects) == 1 and "Courier" in subjects[0]


def test_each_language_choice_is_marked_with_its_own_language(client, site):
    html = client.get("/so/subscribe/").text
    assert '<option value="ar" lang="ar" dir="rtl">العربية</option>' in html
    assert '<option value="gu" lang="gu" dir="ltr">ગુજરાતી</option>' in html
    assert '<option value="so" selected lang="so" dir="ltr">Soomaali</option>' in html
