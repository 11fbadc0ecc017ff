#!/bin/sh
# Print the path of a Python >= 3.12 to build the virtual environment with, or explain.
for candidate in "${PYTHON:-}" python3.13 python3.12 python3 \
    $(ls -d "$HOME"/.pyenv/versions/3.1[2-9]*/bin/python3 2>/dev/null | sort -r); do
  [ -n "$candidate" ] || continue
  if "$candidate" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else 1)' >/dev/null 2>&1; then
    command -v "$candidate" 2>/dev/null || echo "$candidate"
    exit 0
  fi
done
echo "Fraud Alert needs Python 3.12 or newer, and none was found." >&2
echo "Install it (for example 'apt install python3.12 python3.12-venv', or from python.org)," >&2
echo "or point PYTHON at one: make run PYTHON=/path/to/python3.12" >&2
exit 1
