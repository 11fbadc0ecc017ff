"""Old addresses answer 301 to the imported alert; redirects also come from a CSV."""

from wagtail.contrib.redirects.models import Redirect

from alerts.models import AlertPage
from tests import factories

from .conftest import run_command


def _alert(original_id):
    return AlertPage.objects.get(import_record__original_id=original_id)


def test_old_path_redirects_permanently_to_the_new_alert(client, import_alerts, samples):
    import_alerts(samples / "atom.xml", "--publish")
    page = _alert("tag:metropolice.example,2025:alert-17")

    response = client.get("/fraud/alert-17")

    assert response.status_code == 301
    assert response["Location"] == page.url
    assert client.get(response["Location"]).status_code == 200


def test_old_path_with_a_query_string_redirects(client, import_alerts, samples):
    import_alerts(samples / "rss.xml", "--publish")

    response = client.get("/alerts/2025/romance?ref=rss")

    assert response.status_code == 301
    assert response["Location"].endswith(_alert("oldbank-2025-005").url)


def test_legacy_host_redirects_only_on_that_host(client, import_alerts, samples):
    import_alerts(samples / "rss.xml", "--publish", "--legacy-host", "alerts.oldbank.example")
    page = _alert("oldbank-2025-001")

    old_host = client.get("/alerts/2025/courier-fraud", HTTP_HOST="alerts.oldbank.example")
    own_host = client.get("/alerts/2025/courier-fraud", HTTP_HOST="localhost")

    assert old_host.status_code == 301
    assert old_host["Location"].endswith(page.url.split("://")[-1].partition("/")[2])
    assert own_host.status_code != 301
    redirect = Redirect.objects.get(old_path="/alerts/2025/courier-fraud")
    assert redirect.site.hostname == "alerts.oldbank.example"
    assert redirect.redirect_page_id == page.pk


def test_redirects_csv_points_old_paths_at_pages_and_urls(client, site, samples):
    factories.alert("Phone scam alert", slug="phone-scam-alert")

    run = run_command("import_redirects", samples / "redirects.csv")

    assert "2 created, 0 updated, 0 unchanged, 0 conflicts, 1 errors" in run.output
    assert "error line 4: new path 'not a path' is neither /a/path nor a URL" in run.output
    assert run.failed
    to_page = client.get("/alerts/2024/phone-scam.html")
    assert to_page.status_code == 301
    assert to_page["Location"] == "/en/alerts/phone-scam-alert/"
    external = client.get("/alerts/2024/external")
    assert external.status_code == 301
    assert external["Location"] == "https://www.actionfraud.police.uk/"


def test_redirects_csv_twice_changes_nothing_and_dry_run_saves_nothing(site, samples, tmp_path):
    factories.alert("Phone scam alert", slug="phone-scam-alert")
    good = tmp_path / "good.csv"
    good.write_text("\n".join((samples / "redirects.csv").read_text().splitlines()[:3]))

    dry = run_command("import_redirects", good, "--dry-run")
    assert Redirect.objects.count() == 0
    assert "2 created" in dry.output and not dry.failed
    run_command("import_redirects", good)
    again = run_command("import_redirects", good)

    assert "0 created, 0 updated, 2 unchanged" in again.output
    assert Redirect.objects.count() == 2
