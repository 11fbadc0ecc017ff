#!/usr/bin/env bash
# Restore a folder made by scripts/backup.sh into DATABASE_URL and MEDIA_ROOT.
#   scripts/restore.sh BACKUP_DIR
# Replaces what is there: PostgreSQL objects are dropped and recreated (pg_restore --clean);
# a SQLite file is replaced; media files are unpacked over MEDIA_ROOT. Stop the site first.
set -euo pipefail
SRC=${1:?usage: scripts/restore.sh BACKUP_DIR}
DATABASE_URL=${DATABASE_URL:-sqlite:///$(pwd)/db.sqlite3}
MEDIA_ROOT=${MEDIA_ROOT:-media}
(cd "$SRC" && sha256sum --check --quiet SHA256SUMS) || {
  echo "restore.sh: $SRC does not match its SHA256SUMS: refusing to restore" >&2; exit 1; }
case "$DATABASE_URL" in
  postgres://*|postgresql://*)
    [[ -f $SRC/database.pgdump ]] || { echo "restore.sh: no database.pgdump in $SRC" >&2; exit 1; }
    pg_restore --clean --if-exists --no-owner --no-privileges --single-transaction \
      --exit-on-error --dbname="$DATABASE_URL" "$SRC/database.pgdump"
    echo "database restored (pg_restore)";;
  sqlite://*)
    [[ -f $SRC/database.sqlite3 ]] || { echo "restore.sh: no database.sqlite3 in $SRC" >&2; exit 1; }
    target=${DATABASE_URL#sqlite://}
    cp "$SRC/database.sqlite3" "$target.restoring" && mv "$target.restoring" "$target"
    rm -f "$target-wal" "$target-shm"
    echo "database restored (SQLite file)";;
  *) echo "restore.sh: unsupported DATABASE_URL scheme: ${DATABASE_URL%%:*}" >&2; exit 2;;
esac
if [[ -f $SRC/media.tar.gz ]]; then
  mkdir -p "$MEDIA_ROOT"
  tar -xzf "$SRC/media.tar.gz" -C "$MEDIA_ROOT"
  echo "media restored into $MEDIA_ROOT"
fi
echo "restore complete from $SRC"
