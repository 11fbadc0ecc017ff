#!/usr/bin/env bash
# Run the production configuration locally (gunicorn + task worker) on PostgreSQL, to check it.
# Plain HTTP on 127.0.0.1, so the HTTPS redirect is switched off here.
set -euo pipefail
PY=${PY:-.venv/bin/python}
PORT=${PORT:-8000}
DB=${PROD_DB_NAME:-fraudalert_prod}
export DJANGO_SETTINGS_MODULE=fraudalert.settings.production
export DATABASE_URL=${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/${DB}}
export SECRET_KEY=${SECRET_KEY:-$($PY -c 'import secrets; print(secrets.token_urlsafe(50))')}
export ALLOWED_HOSTS=${ALLOWED_HOSTS:-127.0.0.1,localhost}
export SECURE_SSL_REDIRECT=${SECURE_SSL_REDIRECT:-false}
export SITE_URL=${SITE_URL:-http://127.0.0.1:${PORT}}
if [[ $DATABASE_URL == postgres://*/${DB} ]]; then
  psql -h 127.0.0.1 -U postgres -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname='${DB}'" \
    | grep -q 1 || psql -h 127.0.0.1 -U postgres -d postgres -qc "CREATE DATABASE ${DB}"
fi
$PY manage.py collectstatic --noinput -v 0
$PY manage.py migrate --noinput -v 0
$PY manage.py update_translation_fields >/dev/null
if $PY manage.py help setup_editorial >/dev/null 2>&1; then $PY manage.py setup_editorial; fi
$PY manage.py load_demo
$PY manage.py db_worker --queue-name "*" --no-reload &
worker=$!
trap 'kill $worker 2>/dev/null || true' EXIT INT TERM
exec_gunicorn() {
  .venv/bin/gunicorn fraudalert.wsgi:application --bind "127.0.0.1:${PORT}" \
    --workers "${WEB_CONCURRENCY:-2}" --access-logfile - "$@"
}
exec_gunicorn
