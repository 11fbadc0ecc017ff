#!/usr/bin/env bash
# Lighthouse 12.2.3 (mobile emulation, the default) with the machine's Chromium: the four
# category scores for the home page and an alert, in English and Arabic, of a running server.
#   bench/lighthouse.sh
#   BASE_URL=http://127.0.0.1:8000 ALERT_PATH=alerts/<slug>/ bench/lighthouse.sh   (a running site)
# Without BASE_URL it starts the production configuration itself (scripts/serve_prod.sh on
# PostgreSQL database fraudalert_lighthouse, port 8766, demo content) and stops it afterwards.
# Uses node_modules/.bin/lighthouse when package.json's devDependencies provide it (npm
# install), otherwise npx --yes lighthouse@12.2.3.
set -euo pipefail
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
cd "$(dirname "$0")/.."
if [[ -z ${BASE_URL:-} ]]; then
  port=8766
  BASE_URL=http://127.0.0.1:${port}
  PORT=$port PROD_DB_NAME=fraudalert_lighthouse setsid scripts/serve_prod.sh \
    >/tmp/lighthouse-server.log 2>&1 &
  server=$!
  trap 'kill -- -$server 2>/dev/null || true' EXIT
  for _ in $(seq 1 300); do
    curl -fsS -o /dev/null "${BASE_URL}/healthz" 2>/dev/null && break
    kill -0 $server 2>/dev/null || { echo "serve_prod.sh stopped: /tmp/lighthouse-server.log"; exit 1; }
    sleep 1
  done
fi
if [[ -x node_modules/.bin/lighthouse ]]; then LH=(node_modules/.bin/lighthouse); else LH=(npx --yes lighthouse@12.2.3); fi
if [[ -z ${ALERT_PATH:-} ]]; then
  ALERT_PATH=$(curl -fsS "${BASE_URL}/api/v1/alerts/" | python3 -c \
    'import json,sys; d=json.load(sys.stdin); i=(d.get("results") or d.get("alerts") or d.get("items") or [{}])[0]; print((i.get("url") or "").split("/en/",1)[-1])')
fi
out=$(mktemp -d)
printf '%-40s %12s %14s %15s %6s\n' page performance accessibility best-practices seo
for lang in en ar; do
  for path in "" "${ALERT_PATH}"; do
    url="${BASE_URL}/${lang}/${path}"
    "${LH[@]}" "$url" --quiet --output=json --output-path="$out/report.json" \
      --chrome-flags="--headless=new --no-sandbox" >/dev/null 2>&1 || { echo "$url: lighthouse failed"; continue; }
    python3 - "$out/report.json" "/${lang}/${path}" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
score = {k: round((v["score"] or 0) * 100) for k, v in report["categories"].items()}
print(f"{sys.argv[2][:40]:40} {score['performance']:>12} {score['accessibility']:>14} "
      f"{score['best-practices']:>15} {score['seo']:>6}")
PY
  done
done
rm -rf "$out"
