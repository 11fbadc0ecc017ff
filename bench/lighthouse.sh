#!/usr/bin/env bash
# Lighthouse 12.2.3 (mobile emulation, the default) with the machine's Chromium: the four
# category scores for the home page and an alert, in English and Arabic, of a running server.
#   BASE_URL=http://127.0.0.1:8000 ALERT_PATH=alerts/<slug>/ bench/lighthouse.sh
# Start a server first, e.g. `make serve-prod`. Uses node_modules/.bin/lighthouse when
# package.json's devDependencies provide it (npm install), otherwise npx --yes lighthouse@12.2.3.
set -euo pipefail
BASE_URL=${BASE_URL:-http://127.0.0.1:8000}
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
cd "$(dirname "$0")/.."
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
