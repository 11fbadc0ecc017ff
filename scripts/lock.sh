#!/usr/bin/env bash
# Re-resolve requirements/base.lock and requirements/test.lock from pyproject.toml.
set -euo pipefail
python=$(scripts/find_python.sh)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$python" -m venv "$tmp/venv"
"$tmp/venv/bin/pip" install --quiet --upgrade pip
"$tmp/venv/bin/pip" install --quiet .
{ echo "# Locked by scripts/lock.sh from pyproject.toml; install with pip install -r"; \
  "$tmp/venv/bin/pip" freeze --exclude fraudalert; } > requirements/base.lock
"$tmp/venv/bin/pip" install --quiet ".[test]"
{ echo "# Locked by scripts/lock.sh: base.lock plus the test tools"; \
  "$tmp/venv/bin/pip" freeze --exclude fraudalert; } > requirements/test.lock
echo "Wrote requirements/base.lock and requirements/test.lock"
