"""The Intelligence/Prevention dashboard: who may see it, its figures for a known set of
flags, triage of new-scam reports, the partners' CSV, and the counts on the edit view."""

import csv
import io
from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone

from alerts.models import AlertPage
from editorial.setup import setup_editorial
from flags.models import Flag, NewScamReport
from flags.permissions import grant_dashboard_permissions
from flags.statistics import week_start
from tests import factories
from tests.flags.conftest import ADMIN, make_user

pytestmark = pytest.mark.django_db
DASHBOARD = f"{ADMIN}flags/"


@pytest.fixture
def known_flags(scam):
    """7 flags in the last 4 weeks (4 this week, 3 last week) and 1 ten weeks ago."""
    investment = factories.fraud_type("Investment fraud", slug="investment-fraud")
    other_alert = factories.alert("Crypto investment adverts", fraud_types=[investment])
    this_week = week_start(timezone.localdate())
    last_week = this_week - timedelta(weeks=1)
    alert, advice, area = scam["alert"], scam["advice"], scam["region"]
    rows = [
        (alert, "contacted", area, "phone_call", "pl", this_week),
        (alert, "contacted", area, "phone_call", "pl", this_week),
        (alert, "lost_money", None, "email", "ar", this_week),
        (other_alert, "contacted", None, "", "en", this_week),
        (advice, "someone_i_know", None, "text_message", "en", last_week),
        (advice, "someone_i_know", None, "text_message", "en", last_week),
        (alert, "lost_money", None, "", "pl", last_week),
        (other_alert, "contacted", None, "", "en", this_week - timedelta(weeks=10)),
    ]
    for page, answer, region, channel, language, day in rows:
        Flag.objects.create(
            page=page,
            answer=answer,
            region=region,
            channel=channel,
            language=language,
            created_on=day,
        )
    return {
        **scam,
        "other_alert": other_alert,
        "investment": investment,
        "this_week": this_week,
        "last_week": last_week,
    }


def totals(response, dimension):
    chart = next(c for c in response.context["charts"] if c.breakdown.dimension == dimension)
    return {str(chart.breakdown.labels[key]): n for key, n in chart.breakdown.totals().items()}


def test_anonymous_is_sent_to_log_in(known_flags, client):
    response = client.get(DASHBOARD)
    assert response.status_code == 302 and "/login/" in response["Location"]
    assert client.get(f"{DASHBOARD}export.csv").status_code == 302


def test_editor_without_the_permission_is_denied_and_sees_no_menu_item(
    known_flags, client, editor_without_permission
):
    client.force_login(editor_without_permission)
    response = client.get(DASHBOARD)
    assert response.status_code in (302, 403)
    assert b"Courier fraud" not in response.content
    export = client.get(f"{DASHBOARD}export.csv")
    assert export.status_code in (302, 403) and b"week_starting" not in export.content
    assert client.get(ADMIN).status_code == 200
    assert '"name": "flags-dashboard"' not in client.get(ADMIN).content.decode()


def test_intelligence_unit_sees_the_menu_item_and_the_dashboard(
    known_flags, client, intelligence_user
):
    client.force_login(intelligence_user)
    menu = client.get(ADMIN).content.decode()
    assert '"name": "flags-dashboard"' in menu and "Readers' flags" in menu
    response = client.get(DASHBOARD)
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count("<svg viewBox") == 5 and html.count('class="listing flags-table"') == 5
    assert 'role="img"' in html and "<caption>" in html


def test_dashboard_figures_for_a_known_set_of_flags(known_flags, client, intelligence_user):
    client.force_login(intelligence_user)
    response = client.get(f"{DASHBOARD}?weeks=4")
    assert response.context["total"] == 7
    assert totals(response, "answer") == {
        "I was contacted": 3,
        "I lost money": 2,
        "Someone I know was targeted": 2,
    }
    assert totals(response, "fraud_type") == {"Courier fraud": 6, "Investment fraud": 1}
    assert totals(response, "region") == {"Greater Manchester": 2, "Not given": 5}
    assert totals(response, "language") == {"Polish": 3, "Arabic": 1, "English": 3}
    assert totals(response, "channel") == {
        "Phone call": 2,
        "Email": 1,
        "Text message": 2,
        "Not given": 2,
    }
    answer_chart = response.context["charts"][0]
    by_week = dict(
        zip(answer_chart.breakdown.weeks, answer_chart.breakdown.week_totals(), strict=True)
    )
    assert by_week[known_flags["this_week"]] == 4 and by_week[known_flags["last_week"]] == 3
    assert sum(by_week.values()) == 7

    most = response.context["most_flagged"]
    assert [(page.pk, n, lost) for page, n, lost in most] == [
        (known_flags["alert"].pk, 3, 1),
        (known_flags["other_alert"].pk, 1, 0),
    ]

    assert client.get(f"{DASHBOARD}?weeks=12").context["total"] == 8


@pytest.mark.parametrize("weeks", ["0", "abc", "5", "-4"])
def test_bad_period_is_a_400(known_flags, client, intelligence_user, weeks):
    client.force_login(intelligence_user)
    assert client.get(f"{DASHBOARD}?weeks={weeks}").status_code == 400
    assert client.get(f"{DASHBOARD}export.csv?weeks={weeks}").status_code == 400


def test_csv_export_has_aggregated_counts_and_no_free_text(known_flags, client, intelligence_user):
    NewScamReport.objects.create(description="SECRET free text", language="en")
    client.force_login(intelligence_user)
    response = client.get(f"{DASHBOARD}export.csv?weeks=4")
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    body = response.content.decode()
    assert "SECRET" not in body
    rows = list(csv.DictReader(io.StringIO(body)))
    assert set(rows[0]) == {"week_starting", "dimension", "category_code", "category", "flags"}
    for dimension in ("answer", "fraud_type", "region", "language", "channel"):
        assert sum(int(r["flags"]) for r in rows if r["dimension"] == dimension) == 7
    fraud = {
        (r["week_starting"], r["category"]): int(r["flags"])
        for r in rows
        if r["dimension"] == "fraud_type"
    }
    assert fraud == {
        (known_flags["this_week"].isoformat(), "Courier fraud"): 3,
        (known_flags["this_week"].isoformat(), "Investment fraud"): 1,
        (known_flags["last_week"].isoformat(), "Courier fraud"): 3,
    }
    language = {
        (r["week_starting"], r["category_code"]): int(r["flags"])
        for r in rows
        if r["dimension"] == "language"
    }
    assert language == {
        (known_flags["this_week"].isoformat(), "pl"): 2,
        (known_flags["this_week"].isoformat(), "ar"): 1,
        (known_flags["this_week"].isoformat(), "en"): 1,
        (known_flags["last_week"].isoformat(), "pl"): 1,
        (known_flags["last_week"].isoformat(), "en"): 2,
    }


def test_triage_shows_reports_escaped_and_marks_them_reviewed(
    known_flags, client, intelligence_user
):
    report = NewScamReport.objects.create(
        description="Parcel text <script>alert(1)</script>",
        language="pl",
        fraud_type=known_flags["fraud_type"],
        channel="text_message",
    )
    client.force_login(intelligence_user)
    html = client.get(DASHBOARD).content.decode()
    assert "Parcel text &lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script>alert(1)" not in html
    assert "Create an alert from this" not in html  # the unit cannot add pages
    # the reader's language is named, as elsewhere in the admin, not given as a code
    assert '<td><span lang="pl" dir="ltr">Polski</span> (Polish)</td>' in html

    response = client.post(f"{DASHBOARD}reports/{report.pk}/reviewed/")
    assert response.status_code == 302
    report.refresh_from_db()
    assert report.reviewed
    assert "Parcel text" not in client.get(DASHBOARD).content.decode()
    assert client.post(f"{DASHBOARD}reports/{report.pk}/draft-alert/").status_code in (302, 403)
    assert not AlertPage.objects.filter(slug=f"reader-report-{report.pk}").exists()
    missing = client.post(f"{DASHBOARD}reports/999999/reviewed/", follow=True)
    assert missing.status_code == 404


def test_prevention_unit_gets_the_permission_and_can_draft_an_alert(known_flags, client):
    setup_editorial()  # declares Prevention's share and grants the Intelligence Unit
    assert grant_dashboard_permissions() == 0
    assert (
        Group.objects.get(name="Prevention Unit")
        .permissions.filter(codename="view_flag_dashboard")
        .exists()
    )
    editor = make_user("priya", "Prevention Unit")
    report = NewScamReport.objects.create(
        description="Fake parcel fee text",
        language="ur",
        fraud_type=known_flags["investment"],
        region=known_flags["region"],
    )
    client.force_login(editor)
    assert "Create an alert from this" in client.get(DASHBOARD).content.decode()

    response = client.post(f"{DASHBOARD}reports/{report.pk}/draft-alert/")
    draft = AlertPage.objects.get(slug=f"reader-report-{report.pk}")
    assert response.status_code == 302
    assert response["Location"] == f"{ADMIN}pages/{draft.pk}/edit/"
    assert not draft.live and draft.summary == "Fake parcel fee text"
    # the report was made in Urdu: its text is the Urdu summary as well
    assert draft.summary_ur == "Fake parcel fee text" and not draft.summary_pl
    assert list(draft.fraud_types.all()) == [known_flags["investment"]]
    assert list(draft.regions.all()) == [known_flags["region"]]
    assert draft.get_parent().specific_class.__name__ == "AlertIndexPage"
    report.refresh_from_db()
    assert report.reviewed and report.alert_id == draft.pk
    client.post(f"{DASHBOARD}reports/{report.pk}/draft-alert/")
    assert AlertPage.objects.filter(slug=f"reader-report-{report.pk}").count() == 1
    assert client.get(response["Location"]).status_code == 200


def test_flag_counts_on_the_edit_view_for_editors_not_the_public(known_flags, client):
    admin = make_user("ada", superuser=True)
    client.force_login(admin)
    html = client.get(f"{ADMIN}pages/{known_flags['alert'].pk}/edit/").content.decode()
    assert (
        "Readers&#x27; flags on this page: 4 in all, 3 in the last 7 days (2 contacted, "
        "2 lost money, 0 someone they know targeted)."
    ) in html
    fresh = factories.alert("Unflagged")
    html = client.get(f"{ADMIN}pages/{fresh.pk}/edit/").content.decode()
    assert "No reader has flagged this page yet." in html
    client.logout()
    public = client.get(known_flags["alert"].url).content.decode()
    assert "flags on this page" not in public and "in all" not in public
