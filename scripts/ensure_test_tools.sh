#!/usr/bin/env bash
# Install what the browser and HTML-validity tests need, when it is missing:
# - Debian's Chromium (and Noto fonts, so Arabic and Indic scripts render) for Playwright;
#   never `playwright install`, which downloads a browser build of its own;
# - axe-core and vnu-jar from npm (package.json / package-lock.json) into node_modules.
# Outside CI a missing tool is only a warning: the browser tests then skip and say why.
# Under CI=true they fail instead (see tests/browser/conftest.py).
set -u
cd "$(dirname "$0")/.."

warn() { echo "ensure_test_tools: $*" >&2; }

if [ ! -x /usr/bin/chromium ]; then
    if [ "$(id -u)" = 0 ]; then
        SUDO=""
    elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
        SUDO="sudo -n"
    else
        SUDO=none
    fi
    if [ "$SUDO" = none ] || ! command -v apt-get >/dev/null 2>&1; then
        warn "cannot install Debian's chromium here (needs apt-get as root); browser tests will skip"
    else
        echo "ensure_test_tools: installing chromium from Debian's packages"
        export DEBIAN_FRONTEND=noninteractive
        $SUDO apt-get update -qq || warn "apt-get update failed"
        $SUDO apt-get install -y -qq chromium fonts-noto-core >/dev/null \
            || warn "apt-get install chromium failed; browser tests will skip"
    fi
fi

if [ ! -f node_modules/axe-core/axe.min.js ] || [ ! -f node_modules/vnu-jar/build/dist/vnu.jar ]; then
    if command -v npm >/dev/null 2>&1; then
        echo "ensure_test_tools: installing axe-core and vnu-jar from npm"
        # --ignore-scripts: vnu-jar's postinstall only looks for Java; the jar ships in the package.
        npm ci --ignore-scripts --no-audit --no-fund >/dev/null 2>&1 \
            || npm install --ignore-scripts --no-audit --no-fund >/dev/null \
            || warn "npm install failed; axe and HTML checks will skip"
    else
        warn "npm is missing; axe and HTML checks will skip"
    fi
fi

if ! command -v java >/dev/null 2>&1; then
    warn "java is missing; the HTML validity check will skip (Debian: default-jre-headless)"
fi
exit 0
