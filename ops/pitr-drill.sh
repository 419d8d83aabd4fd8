#!/usr/bin/env bash
# Point-in-time recovery drill (docs/operations.md): on the running cluster of ops/cluster.sh (whose PostgreSQL
# archives its WAL to $CLUSTER_DIR/wal-archive),
#   1. takes a base backup (pg_basebackup) and copies the file folders alongside (tar),
#   2. writes a marker "before", notes the time T, then makes "the mistake" (a marker "after" and, in the portal's
#      database, every pending request deleted), and has the WAL segment archived,
#   3. restores the base backup into a new data directory with restore_command reading the archive and
#      recovery_target_time = T, starts it on another port and promotes it,
#   4. checks that the restored server holds "before", not "after", and the requests deleted after T; prints figures.
# The restored server is stopped and removed at the end (KEEP=1 keeps it).
#
#   ops/pitr-drill.sh
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
eval "$("$ROOT/ops/cluster.sh" env)"
export PGHOST=127.0.0.1 PGPORT=$PG_PORT PGUSER=$SPRING_DATASOURCE_USERNAME PGPASSWORD=$SPRING_DATASOURCE_PASSWORD
export PGOPTIONS='-c client_min_messages=warning'
RESTORE_PORT=$((PG_PORT + 1))
DRILL=$CLUSTER_DIR/pitr-drill
ARCHIVE=$CLUSTER_DIR/wal-archive
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
psql_live() { "$PG_BIN/psql" -v ON_ERROR_STOP=1 -tAq "$@"; }
psql_restored() { "$PG_BIN/psql" -v ON_ERROR_STOP=1 -tAq -p "$RESTORE_PORT" "$@"; }

if [ -d "$DRILL/data" ]; then as_postgres "$PG_BIN/pg_ctl" -D "$DRILL/data" -m immediate stop >/dev/null 2>&1 || true; fi
rm -rf "$DRILL"; mkdir -p "$DRILL"
[ "$(id -u)" = 0 ] && chown postgres: "$DRILL"

# 1. Base backup (streams the WAL it needs) and the files alongside.
t0=$SECONDS
as_postgres env PGPASSWORD="$PGPASSWORD" "$PG_BIN/pg_basebackup" -h 127.0.0.1 -p "$PG_PORT" -U "$PGUSER" \
  -D "$DRILL/base" -Fp -Xstream --checkpoint=fast --label=pitr-drill
tar -czf "$DRILL/files.tar.gz" -C "$CLUSTER_DIR" storage
base_size=$(du -sh "$DRILL/base" | cut -f1)
base_seconds=$((SECONDS - t0))

# 2. Work after the base backup, the point T, then the mistake.
psql_live -d postgres -c "DROP DATABASE IF EXISTS pitr_drill" -c "CREATE DATABASE pitr_drill"
psql_live -d pitr_drill -c "CREATE TABLE marker (name text PRIMARY KEY, written_at timestamptz DEFAULT now())" \
  -c "INSERT INTO marker (name) VALUES ('before')"
requests_at_t=$(psql_live -d portail -c "SELECT count(*) FROM requests.request")
families_at_t=$(psql_live -d portail -c "SELECT count(*) FROM accounts.family")
bookings_at_t=$(psql_live -d portail -c "SELECT count(*) FROM planning.reservation")
sleep 1
target_time=$(psql_live -d postgres -c "SET TIME ZONE 'UTC'; SELECT to_char(clock_timestamp(), 'YYYY-MM-DD HH24:MI:SS.US') || '+00'")
sleep 1
psql_live -d pitr_drill -c "INSERT INTO marker (name) VALUES ('after')"
# the mistake: pending requests deleted (with what refers to them)
deleted=$(psql_live -d portail -c "WITH gone AS (SELECT id FROM requests.request WHERE status = 'PENDING'),
  c AS (DELETE FROM requests.request_change WHERE request_id IN (SELECT id FROM gone)),
  p AS (DELETE FROM requests.request_payload WHERE request_id IN (SELECT id FROM gone)),
  r AS (DELETE FROM requests.request WHERE id IN (SELECT id FROM gone) RETURNING 1) SELECT count(*) FROM r")
segment=$(psql_live -d postgres -c "SELECT pg_walfile_name(pg_switch_wal())")
for _ in $(seq 1 60); do [ -f "$ARCHIVE/$segment" ] && break; sleep 1; done
[ -f "$ARCHIVE/$segment" ] || { echo "WAL segment $segment not archived"; exit 1; }
requests_live=$(psql_live -d portail -c "SELECT count(*) FROM requests.request")

# 3. Restore to T on another port.
t1=$SECONDS
as_postgres cp -a "$DRILL/base" "$DRILL/data"
as_postgres bash -c "cat >> '$DRILL/data/postgresql.auto.conf'" <<EOF
port = $RESTORE_PORT
archive_mode = off
restore_command = 'cp $ARCHIVE/%f %p'
recovery_target_time = '$target_time'
recovery_target_action = 'promote'
EOF
as_postgres touch "$DRILL/data/recovery.signal"
as_postgres "$PG_BIN/pg_ctl" -D "$DRILL/data" -l "$DRILL/restore.log" -w -t 120 start >/dev/null
for _ in $(seq 1 120); do
  [ "$(psql_restored -d postgres -c 'SELECT pg_is_in_recovery()' 2>/dev/null)" = f ] && break; sleep 1
done
restore_seconds=$((SECONDS - t1))

# 4. Check.
markers=$(psql_restored -d pitr_drill -c "SELECT string_agg(name, ',' ORDER BY name) FROM marker")
requests_restored=$(psql_restored -d portail -c "SELECT count(*) FROM requests.request")
families_restored=$(psql_restored -d portail -c "SELECT count(*) FROM accounts.family")
bookings_restored=$(psql_restored -d portail -c "SELECT count(*) FROM planning.reservation")
replayed=$(grep -c 'restored log file' "$DRILL/restore.log" || true)
[ "${KEEP:-0}" = 1 ] || { as_postgres "$PG_BIN/pg_ctl" -D "$DRILL/data" -m fast -w stop >/dev/null; rm -rf "$DRILL/data"; }
psql_live -d postgres -c "DROP DATABASE pitr_drill"

cat <<EOF
PITR drill: base backup $base_size in ${base_seconds} s (+ files.tar.gz $(du -h "$DRILL/files.tar.gz" | cut -f1)); target time $target_time
  after T: marker 'after' written, $deleted pending requests deleted (live: $requests_live requests)
  restored to T in ${restore_seconds} s ($replayed archived WAL segments replayed): markers [$markers]
  requests $requests_restored (at T: $requests_at_t), families $families_restored (at T: $families_at_t), bookings $bookings_restored (at T: $bookings_at_t)
EOF
if [ "$markers" = before ] && [ "$requests_restored" = "$requests_at_t" ] && [ "$families_restored" = "$families_at_t" ] \
   && [ "$bookings_restored" = "$bookings_at_t" ]; then
  echo "PITR drill: OK"
else
  echo "PITR drill: FAILED"; exit 1
fi
