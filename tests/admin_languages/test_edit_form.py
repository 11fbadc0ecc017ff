"""The page editor with sixteen languages: copying, directions, field limits, panel ids."""

import json

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from wagtail.admin.panels.page_utils import _get_page_edit_handler
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield
from wagtail.users.models import UserProfile

from languages import supported
from tests import factories
from tests.editorial.admin_forms import alert_form_data


@pytest.fixture
def admin_client(client, db):
    user = get_user_model().objects.create_superuser(
        "editor", "editor@example.com", "a-long-test-password")
    client.force_login(user)
    client.user = user
    return client


def advice_page(site):
    return factories.advice("Spot a fake bank call")


def serialized(field):
    """What the browser posts for a StreamField: its inputs as {name, value} pairs."""
    data = nested_form_data({field: streamfield([
        ("heading", "Bank calls"),
        ("paragraph", rich_text("<p>Hang up and call the number on your card.</p>")),
    ])})
    return json.dumps([{"name": name, "value": str(value)} for name, value in data.items()])


@pytest.mark.parametrize("code", [code for code in supported.CODES if code != "en"])
def test_copying_english_content_into_every_language_answers_200(admin_client, site, code):
    page = advice_page(site)
    target = "body_" + supported.get(code).field_suffix
    response = admin_client.post(
        f"/admin/pages/{page.pk}/edit/copy_translation_content/",
        {"origin_field_name": "body_en", "target_field_name": target,
         "serializedOriginField": serialized("body_en")},
        headers={"x-requested-with": "XMLHttpRequest"},
    )
    assert response.status_code == 200
    html = response.json()
    assert f'id="{target}"' in html
    assert "Bank calls" in html and "Hang up and call the number on your card." in html


def test_copying_between_different_fields_or_unknown_ones_is_a_400(admin_client, site):
    page = advice_page(site)
    url = f"/admin/pages/{page.pk}/edit/copy_translation_content/"
    for origin, target in (("body_en", "summary_pl"), ("body_en", "body_xx"),
                           ("nope", "body_pl"), ("body_en", "body_en")):
        response = admin_client.post(url, {"origin_field_name": origin,
                                           "target_field_name": target,
                                           "serializedOriginField": "[]"})
        assert response.status_code == 400, (origin, target)
    response = admin_client.post(url, {"origin_field_name": "body_en",
                                       "target_field_name": "body_zh_hans",
                                       "serializedOriginField": "{not json"})
    assert response.status_code == 400


def test_the_alert_form_submits_within_the_field_limit(admin_client, site):
    _, alert_index, _ = site
    filled = {f"{name}_{language.field_suffix}": f"{name} {language.code}"
              for language in supported.LANGUAGES for name in ("title", "summary")}
    page = factories.alert("All languages", **{k: v for k, v in filled.items()
                                                if not k.startswith("title_en")})
    data = alert_form_data(admin_client.user, alert_index, instance=page)
    count = sum(len(value) if isinstance(value, list) else 1 for value in data.values())
    limit = settings.DATA_UPLOAD_MAX_NUMBER_FIELDS
    print(f"\nalert edit form: {count} POST fields (limit {limit})")
    assert count < settings.DATA_UPLOAD_MAX_NUMBER_FIELDS
    response = admin_client.post(f"/admin/pages/{page.pk}/edit/", data)
    assert response.status_code == 302


def test_arabic_and_urdu_fields_are_right_to_left_and_others_left_to_right(admin_client, site):
    page = factories.alert("Directions")
    profile = UserProfile.get_for_user(admin_client.user)
    profile.preferred_language = "ar"
    profile.save()
    html = admin_client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert 'lang="ar"' in html and 'dir="rtl"' in html
    for code in ("ar", "ur"):
        assert f'name="summary_{code}" cols="40" rows="10" dir="rtl" lang="{code}"' in html
    for code in ("en", "pl", "zh-hans"):
        suffix = supported.get(code).field_suffix
        assert f'name="summary_{suffix}" cols="40" rows="10" dir="ltr" lang="{code}"' in html


def test_panel_ids_do_not_depend_on_the_first_editors_admin_language(admin_client, site):
    page = factories.advice("Panel ids")
    _get_page_edit_handler.clear()  # as after a restart: the first editor reads French
    profile = UserProfile.get_for_user(admin_client.user)
    profile.preferred_language = "fr"
    profile.save()
    html = admin_client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert 'lang="fr"' in html
    assert 'id="panel-child-content-body_pl-section"' in html
    assert "panel-child-contenu-" not in html


def test_a_duplicate_polish_slug_is_named_in_the_banner_and_the_picker(admin_client, site):
    _, alert_index, _ = site
    factories.alert("First", slug="first", slug_pl="pierwszy")
    second = factories.alert("Second", slug="second", slug_pl="drugi")
    data = alert_form_data(admin_client.user, alert_index, instance=second, slug_pl="pierwszy")
    response = admin_client.post(f"/admin/pages/{second.pk}/edit/", data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "The page could not be saved" in html
    assert "Language with errors: Polski (pl)." in html
    config = json.loads(html.split('id="admin-languages-config" type="application/json">')[1]
                        .split("</script>")[0])
    assert config["errors"] == ["pl"]


def test_the_picker_starts_from_the_editors_working_languages(admin_client, site):
    from editorial.models import EditorProfile

    EditorProfile.objects.create(user=admin_client.user, working_languages=["ar", "pl"])
    page = factories.alert("Picker")
    html = admin_client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    config = json.loads(html.split('id="admin-languages-config" type="application/json">')[1]
                        .split("</script>")[0])
    assert config["source"] == "en"
    assert config["shown"] == ["pl", "ar"]
    assert config["copyUrl"] == f"/admin/pages/{page.pk}/edit/copy_translation_content/"
