"""No enumeration, honeypot, rate limits, expired links and the purge of stale sign-ups."""

from datetime import timedelta
from unittest import mock

from django.core import signing
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone

from subscriptions.models import Subscriber
from tests.subscriptions.conftest import link, parts
from tests.subscriptions.test_lifecycle import confirm, subscribe


def test_same_page_for_new_and_subscribed_address_and_subscriber_gets_manage_link(
        site, client, smtp):
    subscribe(client, "known@example.org")
    confirm(client, smtp, "known@example.org")
    existing = subscribe(client, "known@example.org", frequency="weekly")
    new = subscribe(client, "new@example.org")
    assert existing.status_code == new.status_code == 302
    assert existing["Location"] == new["Location"]
    assert client.get(existing["Location"]).content == client.get(new["Location"]).content
    manage_email = smtp.to("known@example.org")[-1]
    assert "/en/subscribe/manage/" in parts(manage_email)[0]
    assert Subscriber.objects.get(email="known@example.org").frequency == "immediate"
    assert "/en/subscribe/confirm/" in parts(smtp.to("new@example.org")[0])[0]


def test_send_me_my_link_mails_a_working_manage_link(site, client, smtp):
    subscribe(client, "lost@example.org")
    confirm(client, smtp, "lost@example.org")
    for address in ("lost@example.org", "nobody@example.org"):
        response = client.post("/en/subscribe/send-my-link/",
                               {"email": address, "website": ""})
        assert response["Location"] == "/en/subscribe/check-your-email/"
    assert smtp.to("nobody@example.org") == []
    page = client.get(link(smtp.to("lost@example.org")[-1], "manage"))
    assert page.status_code == 200
    assert b"Save my choices" in page.content


def test_honeypot_filled_creates_nothing(site, client, smtp):
    response = subscribe(client, "bot@example.org", website="http://spam.example")
    assert response.status_code == 302
    assert not Subscriber.objects.exists() and smtp.messages == []


def test_invalid_address_is_a_clear_400_in_the_readers_language(site, client):
    response = subscribe(client, "not-an-address", page_language="pl")
    assert response.status_code == 400
    assert 'lang="pl"' in response.content.decode()
    assert "Popraw poniższe błędy." in response.content.decode()


@override_settings(SUBSCRIPTIONS_RATE_LIMIT_PER_ADDRESS=(2, 3600),
                   SUBSCRIPTIONS_RATE_LIMIT_PER_IP=(4, 3600))
def test_rate_limits_per_address_and_per_ip_answer_429_in_readers_language(site, client,
                                                                            smtp):
    from django.core.cache import cache

    cache.clear()
    assert subscribe(client, "a@example.org", page_language="fr").status_code == 302
    assert subscribe(client, "a@example.org", page_language="fr").status_code == 302
    limited = subscribe(client, "a@example.org", page_language="fr")
    assert limited.status_code == 429
    assert "Veuillez réessayer plus tard" in limited.content.decode()
    assert subscribe(client, "b@example.org", page_language="fr").status_code == 302
    assert subscribe(client, "c@example.org", page_language="fr").status_code == 429
    cache.clear()


def test_expired_confirmation_link_gives_a_clear_page_and_purge_deletes_signup(site, client,
                                                                               smtp):
    eight_days_ago = timezone.now().timestamp() - 8 * 24 * 3600
    with mock.patch("django.core.signing.time.time", return_value=eight_days_ago):
        subscribe(client, "late@example.org", language="es", page_language="es")
    path = link(smtp.to("late@example.org")[0], "confirm")
    response = client.post(path)
    assert response.status_code == 410
    assert "Este enlace ha caducado" in response.content.decode()
    assert Subscriber.objects.get().confirmed_at is None

    Subscriber.objects.update(created_at=timezone.now() - timedelta(days=8))
    subscribe(client, "fresh@example.org")
    call_command("purge_unconfirmed")
    assert list(Subscriber.objects.values_list("email", flat=True)) == ["fresh@example.org"]


def test_tampered_link_is_400(site, client):
    token = signing.dumps([1, "x"], salt="something-else")
    assert client.post(f"/en/subscribe/confirm/{token}/").status_code == 400
    assert client.get(f"/en/subscribe/manage/{token}/").status_code == 400
    assert client.post(f"/en/subscribe/unsubscribe/{token}/").status_code == 400



def test_manage_link_after_unsubscribing_says_the_address_was_deleted(site, client, smtp):
    """Manage links never expire: after unsubscribing, an earlier email's "change your
    choices" link says the subscription ended and the address is gone (not that the link
    expired), in the reader's language, with a way to subscribe again."""
    subscribe(client, "gone@example.org", language="pl", page_language="pl")
    manage_path = client.post(link(smtp.to("gone@example.org")[-1], "confirm"))["Location"]
    manage_path = manage_path.split("?")[0]
    assert client.get(manage_path).status_code == 200
    assert client.post(manage_path.replace("/manage/", "/unsubscribe/")).status_code == 200
    assert not Subscriber.objects.exists()

    for response in (client.get(manage_path), client.post(manage_path, {"frequency": "daily"})):
        page = response.content.decode()
        assert response.status_code == 410
        assert "<h1>Zrezygnowano z subskrypcji</h1>" in page
        assert "usunęliśmy Twój adres" in page
        assert "wygasł" not in page  # "This link has expired"
        assert 'href="/pl/subscribe/"' in page and 'href="/pl/subscribe/send-my-link/"' in page
    assert not Subscriber.objects.exists()


def test_a_revoked_link_does_not_work_and_does_not_claim_an_unsubscribe(site, client, smtp):
    from subscriptions import tokens

    subscribe(client, "kept@example.org")
    confirm(client, smtp, "kept@example.org")
    subscriber = Subscriber.objects.get()
    token = tokens.manage_token(subscriber)
    Subscriber.objects.filter(pk=subscriber.pk).update(key="a-new-key")
    assert client.get(f"/en/subscribe/manage/{token}/").status_code == 400
    response = client.post(f"/en/subscribe/unsubscribe/{token}/")
    assert response.status_code == 400
    assert b"This link does not work" in response.content
    assert Subscriber.objects.filter(pk=subscriber.pk).exists()
