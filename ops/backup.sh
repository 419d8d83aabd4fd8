#!/usr/bin/env bash
# Nightly logical backup of Portail Famille (docs/operations.md): the database with pg_dump (custom format) and the
# file folders (medical certificates, message attachments, published documents) with tar, side by side, with their
# SHA-256 sums. The dump is then read back (pg_restore --list) and, with VERIFY=1, restored into a scratch database
# whose row counts are compared with the live one.
#
#   ops/backup.sh [BACKUP_ROOT]          default BACKUP_ROOT: $CLUSTER_DIR/backups
#
# Connection: the usual libpq variables (PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE); without them, the local
# cluster of ops/cluster.sh. STORAGE_DIRS: the folders to archive (default: the cluster's storage folder).
# KEEP_DAYS (default 14): older backups are deleted. Restore: see docs/operations.md ("Restoring a nightly backup").
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
if [ -z "${PGHOST:-}" ]; then
  eval "$("$ROOT/ops/cluster.sh" env)"
  export PGHOST=127.0.0.1 PGPORT=$PG_PORT PGUSER=$SPRING_DATASOURCE_USERNAME PGPASSWORD=$SPRING_DATASOURCE_PASSWORD
  export PGDATABASE=${PGDATABASE:-portail}
  STORAGE_DIRS=${STORAGE_DIRS:-$CLUSTER_DIR/storage}
fi
export PGOPTIONS='-c client_min_messages=warning'
PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
BACKUP_ROOT=${1:-${CLUSTER_DIR:-$ROOT/target/cluster}/backups}
KEEP_DAYS=${KEEP_DAYS:-14}
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
TARGET=$BACKUP_ROOT/$STAMP
mkdir -p "$TARGET"
start=$SECONDS

# 1. The database: one consistent snapshot (pg_dump runs in a repeatable-read transaction), compressed.
"$PG_BIN/pg_dump" --format=custom --compress=6 --no-owner --file="$TARGET/portail.dump" "$PGDATABASE"
# 2. The files, right after: a file written between the two is an orphan (no row refers to it) that the portal's
#    orphan sweep ignores; a row whose file is missing cannot happen because files are written before their row commits.
read -r -a dirs <<<"${STORAGE_DIRS:-}"
if [ ${#dirs[@]} -gt 0 ]; then
  tar -czf "$TARGET/files.tar.gz" --ignore-failed-read -C / "${dirs[@]#/}"
fi
( cd "$TARGET" && sha256sum ./* > SHA256SUMS )

# 3. Read it back.
objects=$("$PG_BIN/pg_restore" --list "$TARGET/portail.dump" | grep -vc '^;')
files=0
[ -f "$TARGET/files.tar.gz" ] && files=$(tar -tzf "$TARGET/files.tar.gz" | grep -vc '/$' || true)
echo "backup $TARGET: dump $(du -h "$TARGET/portail.dump" | cut -f1) ($objects objects), files.tar.gz $files files, $((SECONDS - start)) s"

if [ "${VERIFY:-0}" = 1 ]; then
  scratch=portail_restore_check
  "$PG_BIN/dropdb" --if-exists "$scratch"
  "$PG_BIN/createdb" "$scratch"
  "$PG_BIN/pg_restore" --no-owner --exit-on-error -d "$scratch" "$TARGET/portail.dump"
  tables="accounts.family accounts.login planning.reservation requests.request billing.invoice public.spring_session"
  for table in $tables; do
    live=$("$PG_BIN/psql" -tAc "SELECT count(*) FROM $table" 2>/dev/null || echo '-')
    restored=$("$PG_BIN/psql" -d "$scratch" -tAc "SELECT count(*) FROM $table" 2>/dev/null || echo '-')
    echo "  $table: live $live, restored $restored"
  done
  "$PG_BIN/dropdb" "$scratch"
fi

# 4. Retention.
find "$BACKUP_ROOT" -mindepth 1 -maxdepth 1 -type d -mtime +"$KEEP_DAYS" -exec rm -rf {} +
