"""The embedded SQLite database is shared by the web server, the task worker and management
commands: a transaction that reads and then writes must wait for another writer, never fail
with "database is locked"."""

import threading
import time

import pytest
from django.db import connections, transaction

from fraudalert import environment

ALIAS = "sqlite_concurrency"


@pytest.fixture
def shared_file(tmp_path, monkeypatch, django_db_blocker):
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'shared.sqlite3'}")
    config = environment.database()
    connections.settings[ALIAS] = connections.configure_settings(
        {"default": dict(config), ALIAS: config})[ALIAS]
    with django_db_blocker.unblock():
        with connections[ALIAS].cursor() as cursor:
            cursor.execute("CREATE TABLE counter (n INTEGER)")
        yield
        connections[ALIAS].close()
    del connections.settings[ALIAS]


def test_a_read_then_write_transaction_waits_for_another_writer(shared_file, django_db_blocker):
    errors = []

    def read_then_write(pause_before_write):
        with django_db_blocker.unblock():
            try:
                with transaction.atomic(using=ALIAS):
                    with connections[ALIAS].cursor() as cursor:
                        cursor.execute("SELECT COUNT(*) FROM counter")
                        seen = cursor.fetchone()[0]
                        time.sleep(pause_before_write)
                        cursor.execute("INSERT INTO counter (n) VALUES (%s)", [seen])
            except Exception as error:  # noqa: BLE001 - the failure is what is under test
                errors.append(repr(error))
            finally:
                connections[ALIAS].close()

    first = threading.Thread(target=read_then_write, args=(0.4,))
    second = threading.Thread(target=read_then_write, args=(0.0,))
    first.start()
    time.sleep(0.1)  # the first has read and holds its transaction open
    second.start()
    first.join()
    second.join()

    assert errors == []
    with django_db_blocker.unblock():
        with connections[ALIAS].cursor() as cursor:
            cursor.execute("SELECT n FROM counter ORDER BY rowid")
            # one after the other: the second saw the first's row
            assert [row[0] for row in cursor.fetchall()] == [0, 1]
