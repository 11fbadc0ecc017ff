"""Server time of Wagtail's edit view for an alert with all sixteen languages filled.

    .venv/bin/python bench/admin_edit_benchmark.py [repeats]

Builds a throw-away test database (in memory), an alert with every translated field filled,
and times GET /admin/pages/<id>/edit/ through Django's test client (no browser), printing
the median and slowest of `repeats` requests after one warm-up, plus the POST field count.
"""

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "fraudalert.settings.test")
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402


def main(repeats=10):
    import logging

    logging.disable(logging.INFO)
    connection.creation.create_test_db(verbosity=0)
    from django.contrib.auth import get_user_model

    from languages import catalogs, supported
    from tests import factories
    from tests.editorial.admin_forms import alert_form_data

    catalogs.compile_all()
    _, alert_index, _ = factories.site_pages()
    fields = {}
    for language in supported.LANGUAGES:
        suffix = language.field_suffix
        if language.code != "en":
            fields[f"title_{suffix}"] = f"Fake parcel texts ({language.code})"
            fields[f"slug_{suffix}"] = f"fake-parcel-texts-{language.code}"
        fields[f"summary_{suffix}"] = f"Texts claim a parcel is waiting ({language.code}). " * 5
        fields[f"body_{suffix}"] = f"<p>Do not click the link ({language.code}).</p>" * 10
        fields[f"what_to_do_{suffix}"] = f"<p>Delete the message ({language.code}).</p>" * 5
    page = factories.alert("Fake parcel texts", slug="fake-parcel-texts", **fields)
    user = get_user_model().objects.create_superuser("bench", "bench@example.com",
                                                     "a-long-bench-password")
    client = Client()
    client.force_login(user)
    url = f"/admin/pages/{page.pk}/edit/"
    assert client.get(url).status_code == 200  # warm-up: edit handler and templates cached
    timings = []
    for _ in range(repeats):
        start = time.perf_counter()
        response = client.get(url)
        timings.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200
    data = alert_form_data(user, alert_index, instance=page)
    count = sum(len(v) if isinstance(v, list) else 1 for v in data.values())
    median = statistics.median(timings)
    print(f"admin edit view, alert with 16 languages filled: median {median:.0f} ms, "
          f"slowest {max(timings):.0f} ms over {repeats} requests "
          f"({len(response.content) // 1024} KiB of HTML)")
    print(f"load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    print(f"form POST fields: {count} (DATA_UPLOAD_MAX_NUMBER_FIELDS = "
          f"{settings.DATA_UPLOAD_MAX_NUMBER_FIELDS})")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10)
