import pytest

from tests import factories

PASSWORD = "a-long-enough-editor-password"


@pytest.fixture
def published_alert(site):
    _home, alert_index, _advice = site
    return factories.alert("Courier fraud in Leeds", parent=alert_index)


@pytest.fixture
def editor(db, django_user_model):
    return django_user_model.objects.create_superuser(
        "editor", "editor@fraudalert.example", PASSWORD
    )
