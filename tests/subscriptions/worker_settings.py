"""Settings for `manage.py db_worker` and friends run as real processes by the tests in
test_worker_processes.py: the test settings, with the database queue, SMTP to the test's
server (EMAIL_HOST/EMAIL_PORT) and small batches so a mailing spans several claims."""

from fraudalert.settings.test import *  # noqa: F403
from fraudalert.settings.test import SMTP_BACKEND, mailers

MAILERS = mailers(SMTP_BACKEND)
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
SUBSCRIPTIONS_BATCH_SIZE = 5
