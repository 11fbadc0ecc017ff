import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from editorial.groups import ADMINISTRATORS, PARTNERSHIP, PREVENTION, TRANSLATORS
from editorial.setup import setup_editorial

ADMIN = f"/{settings.ADMIN_PATH}/"


@pytest.fixture
def editorial(site):
    """The site's pages with groups, permissions and workflows set up (as on deploy)."""
    setup_editorial()
    return site


def make_editor(username, group_name):
    user = get_user_model().objects.create_user(
        username=username, email=f"{username}@example.org", password="correct-horse-42")
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def prevention_editor(editorial):
    return make_editor("priya", PREVENTION)


@pytest.fixture
def prevention_reviewer(editorial):
    return make_editor("rhys", PREVENTION)


@pytest.fixture
def partnership_editor(editorial):
    return make_editor("owen", PARTNERSHIP)


@pytest.fixture
def translator(editorial):
    return make_editor("magda", TRANSLATORS)


@pytest.fixture
def site_administrator(editorial):
    return make_editor("sam", ADMINISTRATORS)
