#!/usr/bin/env bash
# Back up the database and the media files into one folder (docs/security.md, "Backups").
#   scripts/backup.sh [DEST]      DEST defaults to backups/<UTC timestamp>
# DATABASE_URL chooses the database as for the site: postgres://... is dumped with pg_dump
# (custom format, restorable with pg_restore); a sqlite:/// file is copied with SQLite's
# online backup (safe while the site runs). MEDIA_ROOT (default ./media) goes into a tarball.
set -euo pipefail
PY=${PY:-.venv/bin/python}
DEST=${1:-backups/$(date -u +%Y%m%dT%H%M%SZ)}
DATABASE_URL=${DATABASE_URL:-sqlite:///$(pwd)/db.sqlite3}
MEDIA_ROOT=${MEDIA_ROOT:-media}
mkdir -p "$DEST"
case "$DATABASE_URL" in
  postgres://*|postgresql://*)
    pg_dump --format=custom --no-owner --no-privileges --file="$DEST/database.pgdump" \
      "$DATABASE_URL"
    echo "database: $DEST/database.pgdump (pg_dump)";;
  sqlite://*)
    src=${DATABASE_URL#sqlite://}
    "$PY" - "$src" "$DEST/database.sqlite3" <<'PYEOF'
import sqlite3, sys
source, target = sqlite3.connect(sys.argv[1]), sqlite3.connect(sys.argv[2])
with target:
    source.backup(target)
PYEOF
    echo "database: $DEST/database.sqlite3 (SQLite online backup)";;
  *) echo "backup.sh: unsupported DATABASE_URL scheme: ${DATABASE_URL%%:*}" >&2; exit 2;;
esac
if [[ -d $MEDIA_ROOT ]]; then
  tar -czf "$DEST/media.tar.gz" -C "$MEDIA_ROOT" .
  echo "media: $DEST/media.tar.gz"
else
  echo "media: none ($MEDIA_ROOT does not exist)"
fi
(cd "$DEST" && sha256sum -- * > SHA256SUMS)
echo "backup complete: $DEST"
