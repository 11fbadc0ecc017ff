"""scripts/backup.sh and scripts/restore.sh: back up, wipe, restore, and the content is the
same, row for row, with the media files. PostgreSQL runs in a database of its own
(fa_security_backup); without a reachable server the test is skipped, except under CI=true."""

import os
import sqlite3
import subprocess

import pytest
from django.conf import settings

ROOT = settings.BASE_DIR
PG_SERVER = os.environ.get("SECURITY_PG_URL", "postgres://postgres@127.0.0.1:5432")
PG_NAME = "fa_security_backup"

CONTENT = """
from django.utils import timezone
from subscriptions.models import Subscriber
from tests import factories
home, alerts, advice = factories.site_pages()
factories.alert("Fake parcel texts", parent=alerts, title_ar="رسائل طرود مزيفة",
                summary_pl="Fałszywe SMS-y o paczkach.", severity="severe")
Subscriber.objects.create(email="reader@example.org", language="cy", confirmed_at=timezone.now())
"""


def run(*command, env=None, check=True):
    result = subprocess.run(command, cwd=ROOT, env={**os.environ, **(env or {})},
                            capture_output=True, text=True, timeout=300)
    if check:
        assert result.returncode == 0, result.stdout + result.stderr
    return result


def postgres_or_skip():
    import psycopg

    try:
        return psycopg.connect(f"{PG_SERVER}/postgres", autocommit=True, connect_timeout=3)
    except psycopg.OperationalError as error:
        if os.environ.get("CI") == "true":
            pytest.fail(f"PostgreSQL is required under CI and is unreachable: {error}")
        pytest.skip(f"PostgreSQL unreachable at {PG_SERVER}: {error}")


def pg_fingerprint(url):
    """{table: (rows, md5 of every row in order)} for every table in the public schema."""
    import psycopg

    with psycopg.connect(url) as connection:
        tables = [name for (name,) in connection.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")]
        return {table: connection.execute(
            f'SELECT count(*), md5(coalesce(string_agg(t::text, \'|\' ORDER BY t::text), \'\')) '
            f'FROM "{table}" t').fetchone() for table in tables}


def make_media(media):
    (media / "documents").mkdir(parents=True)
    (media / "documents" / "leaflet.pdf").write_bytes(b"%PDF-1.4 courier fraud leaflet\n")
    (media / "original_images").mkdir()
    (media / "original_images" / "poster.png").write_bytes(bytes(range(256)) * 4)


def media_files(media):
    return {str(p.relative_to(media)): p.read_bytes() for p in media.rglob("*") if p.is_file()}


def test_postgresql_backup_wipe_restore_gives_back_the_same_content(tmp_path):
    admin = postgres_or_skip()
    admin.execute(f"DROP DATABASE IF EXISTS {PG_NAME} WITH (FORCE)")
    admin.execute(f"CREATE DATABASE {PG_NAME}")
    url = f"{PG_SERVER}/{PG_NAME}"
    media = tmp_path / "media"
    env = {"DATABASE_URL": url, "MEDIA_ROOT": str(media),
           "DJANGO_SETTINGS_MODULE": "fraudalert.settings.test"}
    run(".venv/bin/python", "manage.py", "migrate", "--noinput", env=env)
    run(".venv/bin/python", "manage.py", "shell", "-c", CONTENT, env=env)
    make_media(media)
    before, files = pg_fingerprint(url), media_files(media)
    assert before["alerts_alertpage"][0] == 1 and before["subscriptions_subscriber"][0] == 1

    backup = tmp_path / "backup"
    run("scripts/backup.sh", str(backup), env=env)
    assert (backup / "database.pgdump").stat().st_size > 0

    # Wipe: every table gone, media gone.
    import psycopg
    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute("DROP SCHEMA public CASCADE")
        connection.execute("CREATE SCHEMA public")
    subprocess.run(["rm", "-rf", str(media)], check=True)
    assert pg_fingerprint(url) == {}

    run("scripts/restore.sh", str(backup), env=env)
    assert pg_fingerprint(url) == before
    assert media_files(media) == files
    # The restored site works: Django sees the alert and its Arabic title.
    shown = run(".venv/bin/python", "manage.py", "shell", "-c",
                "from alerts.models import AlertPage; print(AlertPage.objects.get().title_ar)",
                env=env)
    assert shown.stdout.strip().endswith("رسائل طرود مزيفة")
    admin.execute(f"DROP DATABASE IF EXISTS {PG_NAME} WITH (FORCE)")
    admin.close()


def sqlite_content(path):
    with sqlite3.connect(path) as connection:
        return [row for table, in connection.execute(
            "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")
            for row in connection.execute(f'SELECT "{table}", * FROM "{table}" ORDER BY 2')]


def test_sqlite_backup_wipe_restore_gives_back_the_same_content(tmp_path):
    database = tmp_path / "site.sqlite3"
    with sqlite3.connect(database) as connection:
        connection.execute("CREATE TABLE alert (id INTEGER PRIMARY KEY, title TEXT)")
        connection.executemany("INSERT INTO alert (title) VALUES (?)",
                               [("Courier fraud",), ("احتيال",), ("诈骗",)])
    media = tmp_path / "media"
    make_media(media)
    env = {"DATABASE_URL": f"sqlite:///{database}", "MEDIA_ROOT": str(media)}
    before, files = sqlite_content(database), media_files(media)

    run("scripts/backup.sh", str(tmp_path / "backup"), env=env)
    database.unlink()
    subprocess.run(["rm", "-rf", str(media)], check=True)
    run("scripts/restore.sh", str(tmp_path / "backup"), env=env)

    assert sqlite_content(database) == before
    assert media_files(media) == files


def test_a_damaged_backup_is_refused(tmp_path):
    database = tmp_path / "site.sqlite3"
    sqlite3.connect(database).execute("CREATE TABLE t (x)").connection.commit()
    env = {"DATABASE_URL": f"sqlite:///{database}", "MEDIA_ROOT": str(tmp_path / "none")}
    run("scripts/backup.sh", str(tmp_path / "backup"), env=env)
    with open(tmp_path / "backup" / "database.sqlite3", "r+b") as dump:
        dump.seek(100)
        dump.write(b"garbage")
    result = run("scripts/restore.sh", str(tmp_path / "backup"), env=env, check=False)
    assert result.returncode != 0
    assert "does not match its SHA256SUMS" in result.stderr
