#!/usr/bin/env bash
# Every city figure of issue 14 in one command (docs/performance.md, "One command for every city figure").
#
#   portal-bootstrap/src/bench/city-bench.sh PORTAL_JAR DATA_DIR
#
# PORTAL_JAR: a COPY of portal-bootstrap/target/portal.jar (the Maven runs below rebuild target/portal.jar).
# DATA_DIR:   the city's embedded database; filled first when empty or missing. It is never changed by the
#             measurements: they run on a copy (DATA_DIR.run, removed at the end), so every run starts from the same
#             city. The city's logins file is DATA_DIR-logins.csv.
#
# Steps: (a) fill the city if needed; (b) start the portal with the README's JVM options, time to ready (/readyz);
# (c) RushSimulation (RUSH_PARENTS over RUSH_SECONDS) then rush-check.sql; (d) pgbench of the booking transaction
# (pgbench/booking.sql) and the ratio; (e) PagesSimulation (PAGES_SESSIONS sessions, then the weekday evening) with
# the portal's resident size sampled every second; (f) pgbench of every other pgbench/*.sql at PGBENCH_CLIENTS
# clients; (g) the city's invoicing when the jar has --portal.city.invoice; (h) one summary block. Everything it
# starts is stopped on exit. Results and logs: portal-bootstrap/target/city-bench/<date>/ (summary.txt).
#
# Settings (environment): FAMILIES (10000), RUSH_PARENTS (2500), RUSH_SECONDS (60), PAGES_SESSIONS (32),
# PAGES_SECONDS (60), EVENING_RATE (1), EVENING_SECONDS (60), PGBENCH_SECONDS (20), PGBENCH_CLIENTS (32),
# BOOKING_CLIENTS (10, the portal's pool), PORT (18480), DB_PORT (15480), MANAGEMENT_PORT (PORT+1),
# JAVA_OPTS (README's), FILL_JAVA_OPTS (none), MVN_FLAGS (-o), SKIP (space-separated steps to skip: rush pages
# pgbench invoicing).
set -euo pipefail

if [[ $# -ne 2 ]]; then
    sed -n '2,25p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
fi
JAR=$(realpath "$1")
DATA=$(realpath -m "$2")
ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
BENCH="$ROOT/portal-bootstrap/src/bench"

FAMILIES=${FAMILIES:-10000}
RUSH_PARENTS=${RUSH_PARENTS:-2500}
RUSH_SECONDS=${RUSH_SECONDS:-60}
PAGES_SESSIONS=${PAGES_SESSIONS:-32}
PAGES_SECONDS=${PAGES_SECONDS:-60}
EVENING_RATE=${EVENING_RATE:-1}
EVENING_SECONDS=${EVENING_SECONDS:-60}
PGBENCH_SECONDS=${PGBENCH_SECONDS:-20}
PGBENCH_CLIENTS=${PGBENCH_CLIENTS:-32}
BOOKING_CLIENTS=${BOOKING_CLIENTS:-10}
PORT=${PORT:-18480}
DB_PORT=${DB_PORT:-15480}
MANAGEMENT_PORT=${MANAGEMENT_PORT:-$((PORT + 1))}
# README "Run it": the recommended JVM options for a small server (the portal alone on 2 cores).
JAVA_OPTS=${JAVA_OPTS:--Xms256m -Xmx384m -XX:MaxMetaspaceSize=192m -XX:ReservedCodeCacheSize=96m -Xss512k -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError}
FILL_JAVA_OPTS=${FILL_JAVA_OPTS:-}
MVN_FLAGS=${MVN_FLAGS:--o}
SKIP=" ${SKIP:-} "
LOGINS="$DATA-logins.csv"
RUN="$DATA.run"
STAMP=$(date -u +%Y%m%d-%H%M%S)
OUT="$ROOT/portal-bootstrap/target/city-bench/$STAMP"
mkdir -p "$OUT"
export PGPASSWORD=postgres
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h localhost -p "$DB_PORT" -U postgres -d postgres)
BENCH_START=$(date +%s)

command -v pgbench >/dev/null || { echo "pgbench is missing: sudo apt-get install -y postgresql-client" >&2; exit 1; }
command -v curl >/dev/null || { echo "curl is missing" >&2; exit 1; }

PORTAL_PID=""
SAMPLER_PID=""
cleanup() {
    [[ -n "$SAMPLER_PID" ]] && kill "$SAMPLER_PID" 2>/dev/null || true
    if [[ -n "$PORTAL_PID" ]] && kill -0 "$PORTAL_PID" 2>/dev/null; then
        kill "$PORTAL_PID" 2>/dev/null || true
        for _ in $(seq 1 60); do kill -0 "$PORTAL_PID" 2>/dev/null || break; sleep 0.5; done
        kill -9 "$PORTAL_PID" 2>/dev/null || true
    fi
    if [[ -d "$RUN" && -z "${KEEP_RUN:-}" ]]; then rm -rf "$RUN"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

declare -a SUMMARY=()
say() { echo "$*"; SUMMARY+=("$*"); }
step() { echo; echo "==== $* ($(date -u +%H:%M:%S) UTC, load $(cut -d' ' -f1-3 /proc/loadavg))"; }
skipped() { [[ "$SKIP" == *" $1 "* ]]; }

# ---- (a) the city -----------------------------------------------------------------------------------------------
step "(a) the city in $DATA"
if [[ -z "$(ls -A "$DATA" 2>/dev/null)" ]]; then
    mkdir -p "$DATA"
    start=$(date +%s.%N)
    # shellcheck disable=SC2086
    java $FILL_JAVA_OPTS -jar "$JAR" --portal.embedded-database.data-directory="$DATA" --portal.demo.enabled=false \
        --portal.city.fill=true --portal.city.families="$FAMILIES" --portal.city.exit=true \
        --portal.city.logins-file="$LOGINS" --server.port=0 --management.server.port=0 >"$OUT/fill.log" 2>&1 \
        || { tail -30 "$OUT/fill.log"; echo "Filling the city failed (log: $OUT/fill.log)" >&2; exit 1; }
    say "City filled: $FAMILIES families in $(printf '%.1f' "$(echo "$(date +%s.%N) - $start" | bc)") s (process, start included); $(tr '\r' '\n' <"$OUT/fill.log" | grep -a -o 'City of .* loaded in [0-9.]* s' | tail -1)"
else
    say "City: kept from $DATA ($(du -sh "$DATA" | cut -f1))"
fi
[[ -f "$LOGINS" ]] || { echo "No logins file $LOGINS for this city (fill it again into an empty directory)" >&2; exit 1; }
CITY_LOGINS=$(($(wc -l <"$LOGINS") - 1))
rm -rf "$RUN"
cp -a "$DATA" "$RUN"

# ---- (b) start, time to ready -----------------------------------------------------------------------------------
start_portal() {
    local log=$1
    start=$(date +%s.%N)
    # shellcheck disable=SC2086
    java $JAVA_OPTS -jar "$JAR" --portal.embedded-database.data-directory="$RUN" --portal.demo.enabled=false \
        --portal.embedded-database.port="$DB_PORT" --server.port="$PORT" --management.server.port="$MANAGEMENT_PORT" \
        >"$log" 2>&1 &
    PORTAL_PID=$!
    for _ in $(seq 1 3000); do
        if [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$PORT/readyz")" == 200 ]]; then
            READY=$(printf '%.1f' "$(echo "$(date +%s.%N) - $start" | bc)")
            return 0
        fi
        kill -0 "$PORTAL_PID" 2>/dev/null || { tail -30 "$log"; echo "The portal stopped (log: $log)" >&2; exit 1; }
        sleep 0.1
    done
    echo "The portal was not ready within 300 s (log: $log)" >&2
    exit 1
}
rss_mib() { echo $(( $(ps -o rss= -p "$PORTAL_PID") / 1024 )); }

step "(b) start the portal: java $JAVA_OPTS"
start_portal "$OUT/portal.log"
say "Time to ready: $READY s (java -jar to the first 200 of /readyz; $(grep -o 'Started PortalApplication in [0-9.]* seconds' "$OUT/portal.log" | head -1)); resident size at ready: $(rss_mib) MiB"

# Gatling through Maven (bench profile). Prints where the report is; never stops the script when assertions fail.
gatling() {
    local simulation=$1 log=$2
    shift 2
    # shellcheck disable=SC2086
    (cd "$ROOT" && ./mvnw $MVN_FLAGS -Pbench -pl portal-bootstrap -am verify -DskipTests -Dgatling.skip=false \
        -Dgatling.simulationClass="org.portailfamille.load.$simulation" -Dportal.url="http://localhost:$PORT" \
        -Dcity.logins="$LOGINS" "$@") >"$log" 2>&1 || echo "($simulation: Maven/Gatling ended with an error or a failed assertion; see $log)"
    local lower
    lower=$(echo "$simulation" | tr '[:upper:]' '[:lower:]')
    REPORT=$(ls -dt "$ROOT"/portal-bootstrap/target/gatling/"$lower"-* 2>/dev/null | head -1 || true)
}

# Per-request figures from the Gatling report (count, KO, p50, p95, p99, max; ms).
stats() {
    python3 - "$1" <<'PY'
import json, sys, os
report = sys.argv[1]
path = os.path.join(report, "js", "stats.json")
if not os.path.exists(path):
    print("  (no js/stats.json in %s)" % report); sys.exit(0)
data = json.load(open(path))
def row(s):
    n = s["numberOfRequests"]
    return "  %-34s %7s %5s %8s %8s %8s %8s" % (s["name"][:34], n["total"], n["ko"], s["percentiles1"]["total"],
        s["percentiles3"]["total"], s["percentiles4"]["total"], s["maxResponseTime"]["total"])
print("  %-34s %7s %5s %8s %8s %8s %8s" % ("request", "count", "KO", "p50 ms", "p95 ms", "p99 ms", "max ms"))
print(row(data["stats"]))
for c in data.get("contents", {}).values():
    print(row(c["stats"]))
PY
}
# count of one request name in a report (exact name), for pages/s
request_count() {
    python3 - "$1" "$2" <<'PY'
import json, sys, os
path = os.path.join(sys.argv[1], "js", "stats.json")
name = sys.argv[2]
if os.path.exists(path):
    for c in json.load(open(path)).get("contents", {}).values():
        if c["stats"]["name"] == name:
            print(c["stats"]["numberOfRequests"]["total"]); break
PY
}

# ---- (c) the rush -----------------------------------------------------------------------------------------------
BOOKINGS_PER_S=""
if ! skipped rush; then
    step "(c) RushSimulation: $RUSH_PARENTS parents over $RUSH_SECONDS s"
    since=$("${PSQL[@]}" -At -c "select now()")
    gatling RushSimulation "$OUT/rush.log" -Drush.parents="$RUSH_PARENTS" -Drush.seconds="$RUSH_SECONDS"
    say "Rush ($RUSH_PARENTS parents over $RUSH_SECONDS s; report ${REPORT:-none}; load $(cut -d' ' -f1-3 /proc/loadavg)):"
    while IFS= read -r line; do say "$line"; done < <(stats "${REPORT:-/nonexistent}")
    read -r booked waiting span < <("${PSQL[@]}" -At -F' ' -c "select
        (select count(*) from planning.reservation where created_at >= '$since' and status = 'CONFIRMED'),
        (select count(*) from planning.waiting_entry where arrived_at >= '$since'),
        (select coalesce(extract(epoch from max(created_at) - min(created_at)), 0) from planning.reservation
          where created_at >= '$since')")
    BOOKINGS_PER_S=$(python3 -c "print(round($booked / $span, 1) if $span > 0 else 0)")
    say "  bookings: $booked confirmed + $waiting waiting entries; first to last booking $(printf '%.1f' "$span") s: $BOOKINGS_PER_S bookings/s"
    posts=$(request_count "${REPORT:-/nonexistent}" "connexion (post)")
    arrived=$(( RUSH_PARENTS < CITY_LOGINS ? RUSH_PARENTS : CITY_LOGINS ))
    say "  logins told 'réessayez dans un instant' (admission control): $(( ${posts:-$arrived} - arrived )); 503 pages (no connection in time): $(grep -c 'answered 503' "$OUT/portal.log" || true)"
    "${PSQL[@]}" -f "$BENCH/sql/rush-check.sql" >"$OUT/rush-check.txt" 2>&1 || true
    cat "$OUT/rush-check.txt"
    say "  rush-check.sql: $(grep -c '' "$OUT/rush-check.txt") lines in $OUT/rush-check.txt; over capacity rows: $("${PSQL[@]}" -At -c "select count(*) from (select 1 from planning.activity_day d left join planning.reservation r on r.activity_id = d.activity_id and r.day = d.day and r.status in ('CONFIRMED','AWAITING_VALIDATION') group by d.activity_id, d.day, d.places, d.taken having count(r.id) > d.places or count(r.id) <> d.taken) x"); waiting with a free place: $("${PSQL[@]}" -At -c "select count(*) from planning.waiting_entry w join planning.activity_day d on d.activity_id = w.activity_id and d.day = w.day where d.taken < d.places")"
fi

# ---- scratch tables for pgbench (in the run copy only) ------------------------------------------------------------
"${PSQL[@]}" <<'SQL'
DROP TABLE IF EXISTS public.bench_booking_target, public.bench_parent;
-- one row per (enrolled child, weekday of an open booking period) of the holiday activities: booking.sql's targets
CREATE TABLE public.bench_booking_target AS
SELECT row_number() OVER (ORDER BY e.child_id, e.activity_id, d) AS n, e.child_id, e.family_id, e.activity_id,
       d::date AS day
  FROM planning.enrolment e
  JOIN planning.booking_period p ON p.activity_id = e.activity_id
 CROSS JOIN LATERAL generate_series(greatest(p.first_day, e.first_day), least(p.last_day, e.last_day), interval '1 day') d
 WHERE extract(isodow FROM d) < 6;
ALTER TABLE public.bench_booking_target ADD PRIMARY KEY (n);
-- the city's parents with a login, numbered like their logins (parent00001 = 1): family, login and one child
CREATE TABLE public.bench_parent AS
SELECT substr(l.username, 7)::int AS n, l.username, l.id AS login_id, l.family_id,
       (SELECT c.id FROM accounts.child c WHERE c.family_id = l.family_id ORDER BY c.birth_date, c.id LIMIT 1) AS child_id
  FROM accounts.login l WHERE l.username ~ '^parent[0-9]+$';
ALTER TABLE public.bench_parent ADD PRIMARY KEY (n);
ANALYZE public.bench_booking_target, public.bench_parent;
SQL
TARGETS=$("${PSQL[@]}" -At -c "select count(*) from public.bench_booking_target")
PARENTS=$("${PSQL[@]}" -At -c "select count(*) from public.bench_parent")
PGBENCH_VARS=(-D "targets=$TARGETS" -D "parents=$PARENTS" -D "families=$PARENTS")

pgbench_tps() { # file clients -> tps (also logs)
    local file=$1 clients=$2 log
    log="$OUT/pgbench-$(basename "$file" .sql).log"
    pgbench -n -M prepared -h localhost -p "$DB_PORT" -U postgres "${PGBENCH_VARS[@]}" -f "$file" -c "$clients" \
        -j 2 -T "$PGBENCH_SECONDS" postgres >"$log" 2>&1 || { echo "failed (see $log)"; return 0; }
    grep -oP 'tps = \K[0-9.]+(?= \(without initial connection time\))' "$log" | head -1
}

# ---- (d) pgbench: the booking transaction -----------------------------------------------------------------------
if ! skipped pgbench; then
    step "(d) pgbench booking.sql: $BOOKING_CLIENTS clients, $PGBENCH_SECONDS s ($TARGETS targets)"
    tps=$(pgbench_tps "$BENCH/pgbench/booking.sql" "$BOOKING_CLIENTS")
    ratio=$(python3 -c "print(round(float('${BOOKINGS_PER_S:-0}' or 0) / float('$tps'), 3))" 2>/dev/null || echo "-")
    say "Booking transaction, PostgreSQL alone (pgbench booking.sql, rolled back, $BOOKING_CLIENTS clients, ${PGBENCH_SECONDS} s): $tps tps; portal $BOOKINGS_PER_S bookings/s; ratio $ratio (load $(cut -d' ' -f1-3 /proc/loadavg))"
fi

# ---- (e) pages, resident size -----------------------------------------------------------------------------------
PAGES_REPORT=""
if ! skipped pages; then
    step "(e) PagesSimulation: $PAGES_SESSIONS sessions $PAGES_SECONDS s, then $EVENING_RATE parent/s for $EVENING_SECONDS s"
    (while kill -0 "$PORTAL_PID" 2>/dev/null; do ps -o rss= -p "$PORTAL_PID"; sleep 1; done) >"$OUT/rss.txt" 2>/dev/null &
    SAMPLER_PID=$!
    monday=$(date -d 'next monday' +%F)
    gatling PagesSimulation "$OUT/pages.log" -Dpages.sessions="$PAGES_SESSIONS" -Dpages.seconds="$PAGES_SECONDS" \
        -Dpages.evening.rate="$EVENING_RATE" -Dpages.evening.seconds="$EVENING_SECONDS" -Dpages.register.day="$monday"
    kill "$SAMPLER_PID" 2>/dev/null || true
    SAMPLER_PID=""
    PAGES_REPORT=${REPORT:-}
    say "Pages ($PAGES_SESSIONS sessions for $PAGES_SECONDS s, then $EVENING_RATE parent/s for $EVENING_SECONDS s; report ${REPORT:-none}; load $(cut -d' ' -f1-3 /proc/loadavg)):"
    while IFS= read -r line; do say "$line"; done < <(stats "${REPORT:-/nonexistent}")
    say "Resident size during the pages run: max $(( $(sort -n "$OUT/rss.txt" | tail -1) / 1024 )) MiB ($(wc -l <"$OUT/rss.txt") samples, ps -o rss every second; JVM: $JAVA_OPTS)"
fi

# ---- (f) pgbench: every page's SQL ------------------------------------------------------------------------------
if ! skipped pgbench; then
    step "(f) pgbench of the pages' SQL: $PGBENCH_CLIENTS clients, $PGBENCH_SECONDS s each"
    say "Pages' SQL, PostgreSQL alone (pgbench -M prepared, $PGBENCH_CLIENTS clients, $PGBENCH_SECONDS s) beside the portal's pages/s at $PAGES_SESSIONS sessions:"
    say "$(printf '  %-34s %10s %10s %7s' page 'pgbench tps' 'portal /s' ratio)"
    for file in "$BENCH"/pgbench/*.sql; do
        [[ "$(basename "$file")" == booking.sql ]] && continue
        page=$(head -1 "$file" | sed -n 's/^-- page: *//p')
        tps=$(pgbench_tps "$file" "$PGBENCH_CLIENTS")
        served=""
        if [[ -n "$PAGES_REPORT" ]]; then
            count=$(request_count "$PAGES_REPORT" "$page")
            [[ -z "$count" ]] && count=$(request_count "$PAGES_REPORT" "32s $page")
            [[ -n "$count" ]] && served=$(python3 -c "print(round($count / $PAGES_SECONDS, 1))")
        fi
        ratio=$(python3 -c "print(round(float('$served') / float('$tps'), 3))" 2>/dev/null || echo "-")
        say "$(printf '  %-34s %10s %10s %7s' "${page:-$(basename "$file")}" "$tps" "${served:--}" "$ratio")"
    done
fi

# ---- (g) invoicing the city's month -----------------------------------------------------------------------------
if ! skipped invoicing; then
    step "(g) invoicing the city's uninvoiced month"
    if unzip -p "$JAR" 'BOOT-INF/classes/org/portailfamille/*' 2>/dev/null | grep -a -q 'portal.city.invoice'; then
        kill "$PORTAL_PID"; wait "$PORTAL_PID" 2>/dev/null || true; PORTAL_PID=""
        start=$(date +%s.%N)
        # shellcheck disable=SC2086
        java $JAVA_OPTS -jar "$JAR" --portal.embedded-database.data-directory="$RUN" --portal.demo.enabled=false \
            --portal.embedded-database.port="$DB_PORT" --server.port=0 --management.server.port=0 \
            --portal.city.invoice=true --portal.city.exit=true >"$OUT/invoicing.log" 2>&1 &
        PORTAL_PID=$!
        for _ in $(seq 1 6000); do
            grep -q '^.*City invoicing:' "$OUT/invoicing.log" && break
            kill -0 "$PORTAL_PID" 2>/dev/null || break
            sleep 0.1
        done
        line=$(grep -o 'City invoicing:.*' "$OUT/invoicing.log" | head -1 || true)
        say "${line:-City invoicing: no line printed (see $OUT/invoicing.log)} (process $(printf '%.1f' "$(echo "$(date +%s.%N) - $start" | bc)") s with the start)"
    else
        say "City invoicing: not in this jar (no --portal.city.invoice)"
    fi
fi

# ---- (h) summary ------------------------------------------------------------------------------------------------
{
    echo
    echo "================ city-bench summary ================"
    echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')   commit: $(git -C "$ROOT" rev-parse --short HEAD)   jar: $JAR"
    echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
    echo "uptime: $(uptime)"
    echo "settings: FAMILIES=$FAMILIES RUSH_PARENTS=$RUSH_PARENTS RUSH_SECONDS=$RUSH_SECONDS PAGES_SESSIONS=$PAGES_SESSIONS PGBENCH_CLIENTS=$PGBENCH_CLIENTS city logins=$CITY_LOGINS"
    printf '%s\n' "${SUMMARY[@]}"
    echo "run time: $(( $(date +%s) - BENCH_START )) s; logs and reports: $OUT"
    echo "===================================================="
} | tee "$OUT/summary.txt"
