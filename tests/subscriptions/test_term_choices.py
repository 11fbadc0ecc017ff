"""Topic checkboxes refuse values that are not term ids with a clear 400, never a 500."""

import pytest

from subscriptions.forms import PreferencesForm
from subscriptions.models import Subscriber
from tests import factories
from tests.subscriptions.test_lifecycle import subscribe

NOT_TERMS = ["99999999999999999999999", "9223372036854775808", "-1", "abc", "١٢", "1.5"]


@pytest.mark.parametrize("field", ["fraud_types", "regions", "audiences"])
def test_a_value_that_is_no_term_is_a_clear_400_on_the_subscribe_form(site, client, field):
    for value in NOT_TERMS:
        response = subscribe(client, "reader@example.org", page_language="pl", scope="chosen",
                             **{field: value})
        assert response.status_code == 400, value
        assert "Popraw poniższe błędy." in response.text, value
    assert not Subscriber.objects.exists()


def test_the_manage_form_refuses_them_too_and_accepts_a_real_term(site):
    courier = factories.fraud_type("Courier fraud", slug="courier")
    data = {"language": "en", "scope": "chosen", "frequency": "daily"}
    for value in NOT_TERMS:
        form = PreferencesForm({**data, "regions": [value]})
        assert not form.is_valid() and "regions" in form.errors, value
    form = PreferencesForm({**data, "fraud_types": [str(courier.pk)]})
    assert form.is_valid(), form.errors
    assert list(form.cleaned_data["fraud_types"]) == [courier]
