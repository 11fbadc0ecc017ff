#!/usr/bin/env bash
# Serve the site and run the background worker together; Ctrl-C stops both.
set -euo pipefail
PY=${PY:-.venv/bin/python}
PORT=${PORT:-8000}
$PY manage.py db_worker --queue-name "*" &
worker=$!
trap 'kill $worker 2>/dev/null || true' EXIT INT TERM
echo
echo "Fraud Alert is at http://127.0.0.1:${PORT}/  (admin: http://127.0.0.1:${PORT}/${ADMIN_PATH:-admin}/)"
echo
$PY manage.py runserver "127.0.0.1:${PORT}"
