"""schemathesis drives the partner API from its own OpenAPI document (/api/v1/openapi.json),
through Django's WSGI application: every generated request must get a response that matches
the document, and no server error."""

import pytest
import schemathesis
from django.core.wsgi import get_wsgi_application
from hypothesis import HealthCheck, given, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

from tests import factories

# Excluded: "schema-valid request rejected". The document types a filter as any string, but an
# unknown slug is a documented 400 ("not recognised"), which is what the API means to answer.
# Every other check runs: no 5xx, status codes, content types and bodies as documented, and
# schema-invalid input rejected.


@pytest.fixture
def wsgi_keeps_the_test_transaction():
    """Django's WSGI handler closes "old" database connections when a request finishes; in a
    test that is the connection holding the test's transaction (fatal on PostgreSQL). The
    test Client disconnects that signal for the same reason; so does this."""
    from django.core.signals import request_finished, request_started
    from django.db import close_old_connections

    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture
def api_schema(site, wsgi_keeps_the_test_transaction):
    _home, alert_index, _advice = site
    phishing = factories.fraud_type("Phishing", slug="phishing")
    older = factories.audience("Older people", slug="older-people")
    wales = factories.region("Wales", slug="wales")
    factories.alert("Fake parcel texts", parent=alert_index, fraud_types=[phishing],
                    audiences=[older], regions=[wales], severity="severe",
                    reference_code="FA-2026-0100", title_ar="رسائل طرود مزيفة")
    factories.alert("Withdrawn alert", parent=alert_index, status="withdrawn",
                    reference_code="FA-2026-0101")
    return schemathesis.openapi.from_wsgi("/api/v1/openapi.json", get_wsgi_application())


def test_api_answers_as_its_openapi_document_says(api_schema):
    # schemathesis' own pytest plugin does not run under pytest 9 (it sets Function._nodeid),
    # so each operation gets its own hypothesis run here.
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) >= 5
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(max_examples=40, deadline=None, derandomize=True,
                  suppress_health_check=list(HealthCheck))
        def conforms(case):
            case.call_and_validate(excluded_checks=[positive_data_acceptance])

        conforms()
