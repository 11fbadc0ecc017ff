"""Who may do what to a page under review, through the real admin views: nobody approves
their own submission, and a unit cannot lock pages it cannot edit."""

from django.urls import reverse


def test_the_partnership_unit_cannot_lock_an_alert_it_cannot_edit(
        client, editorial, prevention_editor, partnership_editor):
    from tests.factories import alert

    page = alert("Romance scam on dating apps", slug="romance-dating")
    client.force_login(partnership_editor)
    assert not page.permissions_for_user(partnership_editor).can_edit()

    response = client.post(reverse("wagtailadmin_pages:lock", args=(page.pk,)))

    assert response.status_code in (302, 403)
    page.refresh_from_db()
    assert not page.locked
    # and Prevention still can lock it (and unlock what it locked)
    client.force_login(prevention_editor)
    client.post(reverse("wagtailadmin_pages:lock", args=(page.pk,)))
    page.refresh_from_db()
    assert page.locked and page.locked_by == prevention_editor
