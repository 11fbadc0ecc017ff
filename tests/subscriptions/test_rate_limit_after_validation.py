"""Rate limits count only sign-ups that would send an email; over the limit the form comes
back with what the reader entered."""

from django.test import override_settings

from subscriptions.models import Subscriber
from tests import factories
from tests.subscriptions.test_lifecycle import subscribe


@override_settings(SUBSCRIPTIONS_RATE_LIMIT_PER_ADDRESS=(3, 3600),
                   SUBSCRIPTIONS_RATE_LIMIT_PER_IP=(3, 3600))
def test_mistakes_do_not_count_and_the_limit_keeps_the_readers_choices(site, client, smtp):
    fraud = factories.fraud_type("Courier fraud", slug="courier-fraud")
    for _ in range(5):
        mistake = subscribe(client, "reader@example.org", page_language="ar", scope="chosen")
        assert mistake.status_code == 400
    for _ in range(3):
        assert subscribe(client, "reader@example.org", page_language="ar").status_code == 302
    limited = subscribe(client, "reader@example.org", page_language="ar", scope="chosen",
                        fraud_types=[fraud.pk], frequency="weekly")
    html = limited.content.decode()
    assert limited.status_code == 429 and limited["Retry-After"] == "3600"
    assert 'dir="rtl"' in html and "<form" in html
    assert 'value="reader@example.org"' in html
    print(html)
    assert f'value="{fraud.pk}" id="id_fraud_types_0" checked' in html
    assert 'value="weekly" required id="id_frequency_2" checked' in html
    assert "يُرجى المحاولة لاحقًا" in html
    assert Subscriber.objects.count() == 1
