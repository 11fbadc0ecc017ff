"""The command's exit status tells a script whether anything failed."""

import subprocess
import sys
from pathlib import Path

from .conftest import run_command

ROOT = Path(__file__).resolve().parents[2]


def test_errors_in_items_make_the_command_fail(import_alerts, samples):
    run = import_alerts(samples / "rss.xml")

    assert run.failed
    assert str(run.error) == "3 item(s) could not be imported"


def test_clean_source_succeeds(import_alerts, tmp_path):
    feed = tmp_path / "feed.json"
    feed.write_text('{"version": "https://jsonfeed.org/version/1.1", "items": ['
                    '{"id": "1", "title": "Fake HMRC calls", "summary": "Hang up."}]}')

    run = import_alerts(feed)

    assert not run.failed
    assert "import finished" in run.output


def test_unrecognised_source_is_refused(import_alerts, tmp_path):
    junk = tmp_path / "notes.txt"
    junk.write_text("just some notes\nnothing to import\n")

    run = import_alerts(junk)

    assert run.failed and "unrecognised format" in str(run.error)


def test_unknown_partner_or_language_is_refused(import_alerts, samples):
    assert "no partner 'nobody'" in str(import_alerts(samples / "rss.xml",
                                                      "--source-partner", "nobody").error)
    assert "unknown language 'xx'" in str(import_alerts(samples / "rss.xml",
                                                        "--language", "xx").error)


def test_broken_xml_is_refused(import_alerts, tmp_path):
    broken = tmp_path / "broken.xml"
    broken.write_text("<rss><channel><item><title>unclosed</channel></rss>")

    assert "broken XML" in str(import_alerts(broken).error)


def test_process_exits_non_zero_on_a_missing_source(tmp_path):
    result = subprocess.run(
        [sys.executable, "manage.py", "import_alerts", str(tmp_path / "missing.xml"),
         "--skip-checks"],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
        env={"DJANGO_SETTINGS_MODULE": "fraudalert.settings.test", "PATH": "/usr/bin:/bin",
             "DATABASE_URL": f"sqlite:///{tmp_path / 'empty.sqlite3'}"},
    )

    assert result.returncode == 1
    assert "no such file" in result.stderr


def test_redirect_command_fails_on_an_unreadable_file(tmp_path):
    assert "cannot read" in str(run_command("import_redirects", tmp_path / "none.csv").error)
