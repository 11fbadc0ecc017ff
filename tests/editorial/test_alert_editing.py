"""Editing alerts in the real admin: copying one, withdrawing one."""

from django.core.management import call_command
from django.urls import reverse

from alerts.models import AlertPage
from tests import factories
from tests.editorial.admin_forms import alert_form_data


def test_copying_an_alert_gives_the_copy_its_own_reference_code(
        client, editorial, prevention_editor):
    _, alert_index, _ = editorial
    original = factories.alert("Fake parcel texts", slug="fake-parcel-texts")
    client.force_login(prevention_editor)

    response = client.post(reverse("wagtailadmin_pages:copy", args=(original.pk,)), {
        "new_title_en": "Fake parcel texts (copy)", "new_slug_en": "fake-parcel-texts-copy",
        "new_parent_page": str(alert_index.pk),
    })

    assert response.status_code == 302, response.context["form"].errors
    copy = AlertPage.objects.get(slug="fake-parcel-texts-copy")
    assert copy.reference_code and copy.reference_code != original.reference_code
    assert not copy.live


def test_a_copy_of_an_old_withdrawn_alert_starts_as_a_new_active_alert(
        client, editorial, prevention_editor):
    from datetime import timedelta

    from django.utils import timezone

    from alerts.models import AlertUpdate

    _, alert_index, _ = editorial
    issued = timezone.now().replace(year=2025, month=3, day=1)
    original = factories.alert(
        "Fake parcel texts", slug="fake-parcel-texts", summary="Texts about a parcel.",
        issued_at=issued, expires_at=issued + timedelta(days=30), status="withdrawn",
        withdrawn_reason="Sent in error.", withdrawn_reason_pl="Wysłane przez pomyłkę.",
        title_pl="Fałszywe SMS-y")
    AlertUpdate.objects.create(page=original, text_en="More texts seen.")
    client.force_login(prevention_editor)

    response = client.post(reverse("wagtailadmin_pages:copy", args=(original.pk,)), {
        "new_title_en": "Fake parcel texts again", "new_slug_en": "fake-parcel-texts-again",
        "new_parent_page": str(alert_index.pk),
    })

    assert response.status_code == 302
    copy = AlertPage.objects.get(slug="fake-parcel-texts-again")
    assert copy.status == "active" and not copy.withdrawn_reason_en
    assert not copy.withdrawn_reason_pl
    assert copy.issued_at > timezone.now() - timedelta(minutes=5)
    assert copy.reference_code.startswith(f"FA-{timezone.now().year}-")
    assert copy.expires_at is None and not copy.updates.exists()
    # what the editor copies it for is kept
    assert copy.summary_en == "Texts about a parcel."
    original.refresh_from_db()
    assert original.updates.count() == 1 and original.status == "withdrawn"


def test_withdrawing_an_alert_needs_a_reason(client, editorial, prevention_editor):
    _, alert_index, _ = editorial
    alert = factories.alert("Council tax rebate letters", slug="council-tax-rebate")
    client.force_login(prevention_editor)
    url = reverse("wagtailadmin_pages:edit", args=(alert.pk,))
    data = alert_form_data(prevention_editor, alert_index, instance=alert, status="withdrawn")

    response = client.post(url, data)

    assert response.status_code == 200
    assert "Say why the alert is withdrawn" in response.text
    assert AlertPage.objects.get(pk=alert.pk).latest_revision_id == alert.latest_revision_id

    data["withdrawn_reason_en"] = "The letters are genuine."
    assert client.post(url, data).status_code == 302


def test_the_admin_search_finds_alerts_by_reference_code_and_translated_title(
        client, editorial, prevention_editor):
    alert = factories.alert("Fake bank calls", title_pl="Fałszywe telefony z banku",
                            title_ar="مكالمات مصرفية مزيفة")
    factories.alert("Something else entirely")
    call_command("update_index", verbosity=0)  # tests do not index on every save
    client.force_login(prevention_editor)
    url = reverse("wagtailadmin_pages:search")

    code = alert.reference_code  # FA-2026-0001
    for query in ("Fałszywe", "مزيفة", code, code.lower(), code.replace("-", " ")):
        html = client.get(url, {"q": query}).text
        assert "Fake bank calls" in html, query
        assert "Something else entirely" not in html, query


def test_the_preview_panel_may_frame_the_preview(client, editorial, prevention_editor):
    from tests.editorial.admin_forms import rendered_form_data

    alert = factories.alert("Fake bank calls")
    client.force_login(prevention_editor)
    edit_url = reverse("wagtailadmin_pages:edit", args=(alert.pk,))
    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=(alert.pk,))
    assert client.post(preview_url, rendered_form_data(client.get(edit_url).text)).json() == {
        "is_valid": True, "is_available": True}

    preview = client.get(preview_url, {"mode": "", "in_preview_panel": "true"})

    assert preview.status_code == 200 and "Fake bank calls" in preview.text
    policy = preview["Content-Security-Policy"]
    assert "frame-ancestors 'self'" in policy and "frame-ancestors 'none'" not in policy
    assert preview["X-Frame-Options"] == "SAMEORIGIN"
