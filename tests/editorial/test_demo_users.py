from django.contrib.auth import authenticate

from editorial.demo_users import DEFAULT_PASSWORD, ensure_demo_users
from editorial.models import EditorProfile


def test_the_demo_has_one_editor_per_group_and_a_second_run_changes_nothing(site, settings):
    settings.EDITORIAL_DEMO_PASSWORD = ""
    first = ensure_demo_users()
    second = ensure_demo_users()

    assert [(name, group) for name, group, _ in first] == [
        ("prevention", "Prevention Unit"), ("partnership", "Partnership Development Unit"),
        ("translator", "Translators"), ("siteadmin", "Site administrators")]
    assert all(created for *_, created in first)
    assert not any(created for *_, created in second)
    user = authenticate(username="translator", password=DEFAULT_PASSWORD)
    assert user is not None and user.groups.get().name == "Translators"
    assert EditorProfile.languages_for(user) == ["cy", "pl"]


def test_the_demo_password_can_come_from_the_environment(site, settings):
    settings.EDITORIAL_DEMO_PASSWORD = "a-long-local-password"

    ensure_demo_users()

    assert authenticate(username="prevention", password="a-long-local-password")
