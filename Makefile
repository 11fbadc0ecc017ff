# Fraud Alert. Two commands on a fresh machine: `make run` and `make test`.
SHELL := /bin/bash
VENV ?= .venv
PY := $(VENV)/bin/python
PORT ?= 8000
# absolute links in emails and feeds, and the admin address load_demo prints
export SITE_URL ?= http://127.0.0.1:$(PORT)
MANAGE := $(PY) manage.py
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test

.PHONY: run test install install-test catalogs messages lock setup demo serve-prod lint clean worker

run: install catalogs setup ## install, migrate, load the demo and serve on http://127.0.0.1:$(PORT)
	@PORT=$(PORT) PY=$(PY) scripts/run_dev.sh

test: install-test catalogs ## ruff, makemigrations --check and the whole pytest suite
	$(VENV)/bin/ruff check .
	DJANGO_SETTINGS_MODULE=fraudalert.settings.test $(MANAGE) makemigrations --check --dry-run
	scripts/ensure_test_tools.sh
	$(VENV)/bin/pytest $(PYTEST_ARGS)

$(PY):
	@python=$$(scripts/find_python.sh) || exit 1; \
	echo "Creating $(VENV) with $$python"; \
	"$$python" -m venv $(VENV)

$(STAMP): $(PY) requirements/base.lock
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements/base.lock
	@touch $@

$(TEST_STAMP): $(STAMP) requirements/test.lock
	$(PY) -m pip install --quiet -r requirements/test.lock
	@touch $@

install: $(STAMP)
install-test: $(TEST_STAMP)

catalogs: install ## compile locales/*/LC_MESSAGES/django.po to .mo with Babel
	$(MANAGE) compile_catalogs

messages: install ## extract UI strings into every catalog (needs GNU gettext; developers only)
	flock locales/.lock $(MANAGE) makemessages --all --ignore=tests --ignore=.venv --ignore=node_modules --no-obsolete
	$(MANAGE) compile_catalogs

setup: install catalogs ## migrate, fill translation columns, editorial groups, demo content
	$(MANAGE) migrate --noinput
	$(MANAGE) update_translation_fields
	@if $(MANAGE) help setup_editorial >/dev/null 2>&1; then $(MANAGE) setup_editorial; fi
	$(MANAGE) load_demo

worker: install ## the background task worker (email fan-out)
	$(MANAGE) db_worker

serve-prod: install catalogs ## the production configuration locally, on PostgreSQL
	scripts/serve_prod.sh

lock: ## re-resolve requirements/*.lock from pyproject.toml
	scripts/lock.sh

lint: install-test
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

clean:
	rm -rf $(VENV) staticfiles node_modules
