import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission

from flags.permissions import grant_dashboard_permissions
from tests import factories

ADMIN = f"/{settings.ADMIN_PATH}/"
IP = "203.0.113.77"
USER_AGENT = "FlagTestBrowser/9.9 (unique-agent-marker)"


@pytest.fixture
def scam(site):
    """An alert (filed under a fraud type and an area) and an advice page."""
    fraud = factories.fraud_type("Courier fraud", slug="courier-fraud")
    area = factories.region(
        "Greater Manchester", slug="greater-manchester", name_pl="Wielki Manchester"
    )
    alert = factories.alert(
        "Fake police officers call",
        fraud_types=[fraud],
        regions=[area],
        title_pl="Fałszywi policjanci dzwonią",
        title_ar="مكالمات من رجال شرطة مزيفين",
    )
    advice = factories.advice("Protect yourself from courier fraud", fraud_types=[fraud])
    return {"alert": alert, "advice": advice, "fraud_type": fraud, "region": area}


def post_flag(client, page, answer="contacted", language="en", headers=(), **extra):
    data = {"page": page.pk, "answer": answer, "region": "", "channel": "", "website": ""}
    data.update(extra)
    headers = {"HTTP_ORIGIN": "http://testserver", **dict(headers)}
    return client.post(
        f"/{language}/flags/", data, REMOTE_ADDR=IP, HTTP_USER_AGENT=USER_AGENT, **headers
    )


def make_user(username, *groups, superuser=False):
    user = get_user_model().objects.create_user(
        username=username,
        email=f"{username}@example.org",
        password="correct-horse-42",
        is_superuser=superuser,
    )
    for name in groups:
        user.groups.add(Group.objects.get(name=name))
    return user


@pytest.fixture
def intelligence_user(db):
    grant_dashboard_permissions()
    return make_user("ines", "Intelligence Unit")


@pytest.fixture
def editor_without_permission(db):
    group, _ = Group.objects.get_or_create(name="Plain editors")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    return make_user("eddie", "Plain editors")
