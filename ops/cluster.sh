#!/usr/bin/env bash
# Portail Famille on several instances, on this machine (docs/operations.md, ADR 0038):
# a standalone PostgreSQL server, two portal instances on it (external-database mode, no demo) and nginx in front of
# them on loopback (round robin, proxy headers).
#
#   ops/cluster.sh start                 PostgreSQL, both instances (started together), nginx
#   ops/cluster.sh stop                  everything it started (instances gracefully, then nginx, then PostgreSQL)
#   ops/cluster.sh status                what runs, with the readiness of each instance
#   ops/cluster.sh kill-instance N       SIGKILL instance N (1 or 2), as a crash would
#   ops/cluster.sh start-instance N      start instance N again (waits for its readiness)
#   ops/cluster.sh stop-instance N       graceful stop (SIGTERM: it finishes its requests, server.shutdown=graceful)
#   ops/cluster.sh start-db | stop-db    PostgreSQL only
#   ops/cluster.sh psql [args]           psql on the portal's database
#   ops/cluster.sh env                   the settings the instances run with (for scripts: eval "$(ops/cluster.sh env)")
#
# Everything lives under CLUSTER_DIR (default target/cluster): pgdata, wal-archive, storage (the file folders every
# instance shares), logs, run (pid files), nginx. Needs a JDK 17+, PostgreSQL's server binaries (Debian: apt-get install
# postgresql; PG_BIN names another folder), nginx (apt-get install nginx) and the built jar
# (./mvnw -DskipTests package). As root, PostgreSQL runs as the user "postgres" (it refuses to run as root).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
CLUSTER_DIR=$(realpath -m "${CLUSTER_DIR:-$ROOT/target/cluster}")
PG_PORT=${PG_PORT:-55432}
HTTP_PORT=${HTTP_PORT:-18080}
INSTANCE_PORTS=(${INSTANCE_PORTS:-18081 18082})
JAR=${PORTAL_JAR:-$ROOT/portal-bootstrap/target/portal.jar}
JAVA_OPTS=${JAVA_OPTS:--Xms128m -Xmx512m -XX:+ExitOnOutOfMemoryError}
NGINX=${NGINX:-$(command -v nginx || echo /usr/sbin/nginx)}
DB_NAME=portail
DB_USER=portail

pg_bin() {
  if [ -n "${PG_BIN:-}" ]; then echo "$PG_BIN"; return; fi
  local newest
  newest=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
  if [ -n "$newest" ]; then echo "$newest"; return; fi
  dirname "$(command -v pg_ctl)"
}
PG_BIN=$(pg_bin)

as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

log() { echo "[cluster] $*" >&2; }

# As root, PostgreSQL runs as "postgres", which must be able to reach CLUSTER_DIR (nginx's workers, run as "nobody",
# too): a clone under /root (mode 700) is not. Give the missing folders on the way the search permission (o+x: go
# through, not list).
ensure_reachable() {
  [ "$(id -u)" = 0 ] || return 0
  local part path=""
  IFS=/ read -ra parts <<< "${CLUSTER_DIR#/}"
  for part in "${parts[@]}"; do
    path+=/$part
    if ! runuser -u postgres -- test -x "$path" 2>/dev/null; then
      log "giving $path the search permission (o+x): PostgreSQL (user postgres) must reach $CLUSTER_DIR"
      chmod o+x "$path"
    fi
  done
}

secret() { # a random value kept in CLUSTER_DIR (the same for every instance)
  local file=$CLUSTER_DIR/$1
  [ -s "$file" ] || { head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' > "$file"; chmod 600 "$file"; }
  cat "$file"
}

db_password() { secret db-password; }

pg_running() { as_postgres "$PG_BIN/pg_ctl" -D "$CLUSTER_DIR/pgdata" status >/dev/null 2>&1; }

start_db() {
  mkdir -p "$CLUSTER_DIR"/{logs,run,wal-archive}
  ensure_reachable
  if [ ! -s "$CLUSTER_DIR/pgdata/PG_VERSION" ]; then
    log "initdb in $CLUSTER_DIR/pgdata ($("$PG_BIN/postgres" --version))"
    mkdir -p "$CLUSTER_DIR/pgdata"
    local pwfile=$CLUSTER_DIR/run/pwfile
    db_password > "$pwfile"
    if [ "$(id -u)" = 0 ]; then chown -R postgres: "$CLUSTER_DIR/pgdata" "$CLUSTER_DIR/wal-archive" "$pwfile" "$CLUSTER_DIR/logs"; fi
    chmod 700 "$CLUSTER_DIR/pgdata"
    as_postgres "$PG_BIN/initdb" -D "$CLUSTER_DIR/pgdata" -U "$DB_USER" --pwfile="$pwfile" \
      --auth-local=scram-sha-256 --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$CLUSTER_DIR/logs/initdb.log"
    rm -f "$pwfile"
    # WAL archived for point-in-time recovery (ops/pitr-drill.sh); TCP on loopback only.
    cat >> "$CLUSTER_DIR/pgdata/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
port = $PG_PORT
unix_socket_directories = ''
max_connections = 100
wal_level = replica
archive_mode = on
archive_command = 'test ! -f $CLUSTER_DIR/wal-archive/%f && cp %p $CLUSTER_DIR/wal-archive/%f'
archive_timeout = 60
max_wal_senders = 4
EOF
    echo "host replication $DB_USER 127.0.0.1/32 scram-sha-256" >> "$CLUSTER_DIR/pgdata/pg_hba.conf"
  fi
  if pg_running; then log "PostgreSQL already running on port $PG_PORT"; return; fi
  as_postgres "$PG_BIN/pg_ctl" -D "$CLUSTER_DIR/pgdata" -l "$CLUSTER_DIR/logs/postgresql.log" -w -t 60 start >/dev/null
  export PGPASSWORD; PGPASSWORD=$(db_password)
  if ! "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U "$DB_USER" -d postgres -tAc \
      "SELECT 1 FROM pg_database WHERE datname = '$DB_NAME'" | grep -q 1; then
    "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U "$DB_USER" -O "$DB_USER" "$DB_NAME"
  fi
  log "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT, database $DB_NAME"
}

stop_db() {
  if pg_running; then as_postgres "$PG_BIN/pg_ctl" -D "$CLUSTER_DIR/pgdata" -m fast -w stop >/dev/null; log "PostgreSQL stopped"; fi
}

instance_env() {
  cat <<EOF
export SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:$PG_PORT/$DB_NAME
export SPRING_DATASOURCE_USERNAME=$DB_USER
export SPRING_DATASOURCE_PASSWORD=$(db_password)
export PORTAL_BASE_URL=http://127.0.0.1:$HTTP_PORT
export PORTAL_TRUSTED_PROXIES=127.0.0.1
export PORTAL_LOGIN_DEVICE_SECRET=$(secret device-secret)
export PORTAL_PAYMENTS_ONLINE_SECRET=$(secret payments-secret)
export PORTAL_STORAGE_CERTIFICATES=$CLUSTER_DIR/storage/certificates
export PORTAL_STORAGE_ATTACHMENTS=$CLUSTER_DIR/storage/attachments
export PORTAL_STORAGE_DOCUMENTS=$CLUSTER_DIR/storage/documents
export SPRING_MAIL_HOST=${SPRING_MAIL_HOST:-127.0.0.1}
export SPRING_MAIL_PORT=${SPRING_MAIL_PORT:-2525}
export PORTAL_STAFF_ADMINISTRATORS=${PORTAL_STAFF_ADMINISTRATORS:-admin}
export PORTAL_STAFF_FIRST_ADMINISTRATOR_PASSWORD=${PORTAL_STAFF_FIRST_ADMINISTRATOR_PASSWORD:-Premier2026}
EOF
}

instance_pid() { cat "$CLUSTER_DIR/run/instance-$1.pid" 2>/dev/null || true; }
instance_alive() { local pid; pid=$(instance_pid "$1"); [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; }
instance_port() { echo "${INSTANCE_PORTS[$(($1 - 1))]}"; }

launch_instance() { # starts instance N in the background (no wait)
  local n=$1 port; port=$(instance_port "$n")
  if instance_alive "$n"; then log "instance $n already running (pid $(instance_pid "$n"))"; return; fi
  [ -f "$JAR" ] || { log "no $JAR: build it first (./mvnw -DskipTests package)"; exit 1; }
  mkdir -p "$CLUSTER_DIR"/storage/{certificates,attachments,documents} "$CLUSTER_DIR/instance-$n"
  (
    eval "$(instance_env)"
    cd "$CLUSTER_DIR/instance-$n"
    # shellcheck disable=SC2086
    exec java $JAVA_OPTS -jar "$JAR" --server.address=127.0.0.1 --server.port="$port" \
      --management.server.address=127.0.0.1 --management.server.port=$((port + 1000)) \
      --spring.lifecycle.timeout-per-shutdown-phase=20s
  ) >>"$CLUSTER_DIR/logs/instance-$n.log" 2>&1 &
  echo $! > "$CLUSTER_DIR/run/instance-$n.pid"
  log "instance $n starting on 127.0.0.1:$port (pid $!, log $CLUSTER_DIR/logs/instance-$n.log)"
}

wait_ready() { # waits until instance N answers readiness UP
  local n=$1 port deadline; port=$(instance_port "$n"); deadline=$((SECONDS + ${READY_TIMEOUT:-600}))
  until curl -fsS "http://127.0.0.1:$port/readyz" 2>/dev/null | grep -q '"UP"'; do
    if ! instance_alive "$n"; then log "instance $n died; see $CLUSTER_DIR/logs/instance-$n.log"; tail -30 "$CLUSTER_DIR/logs/instance-$n.log" >&2; exit 1; fi
    if [ $SECONDS -ge $deadline ]; then log "instance $n not ready in time"; exit 1; fi
    sleep 1
  done
  log "instance $n ready"
}

stop_instance() {
  local n=$1 pid; pid=$(instance_pid "$n")
  if instance_alive "$n"; then
    kill -TERM "$pid"
    for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    if kill -0 "$pid" 2>/dev/null; then log "instance $n still running after 40 s: SIGKILL"; kill -KILL "$pid"; fi
    log "instance $n stopped"
  fi
  rm -f "$CLUSTER_DIR/run/instance-$n.pid"
}

kill_instance() {
  local n=$1 pid; pid=$(instance_pid "$n")
  instance_alive "$n" || { log "instance $n is not running"; exit 1; }
  kill -KILL "$pid"
  while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
  rm -f "$CLUSTER_DIR/run/instance-$n.pid"
  log "instance $n killed (SIGKILL, pid $pid)"
}

nginx_conf() {
  mkdir -p "$CLUSTER_DIR/nginx/temp"
  local servers="" port
  for port in "${INSTANCE_PORTS[@]}"; do servers+="        server 127.0.0.1:$port max_fails=1 fail_timeout=5s;"$'\n'; done
  cat > "$CLUSTER_DIR/nginx/nginx.conf" <<EOF
# Generated by ops/cluster.sh: nginx in front of the portal instances (round robin).
worker_processes 1;
pid $CLUSTER_DIR/run/nginx.pid;
error_log $CLUSTER_DIR/logs/nginx-error.log warn;
events { worker_connections 512; }
http {
    access_log $CLUSTER_DIR/logs/nginx-access.log;
    client_body_temp_path $CLUSTER_DIR/nginx/temp/body;
    proxy_temp_path $CLUSTER_DIR/nginx/temp/proxy;
    fastcgi_temp_path $CLUSTER_DIR/nginx/temp/fastcgi;
    uwsgi_temp_path $CLUSTER_DIR/nginx/temp/uwsgi;
    scgi_temp_path $CLUSTER_DIR/nginx/temp/scgi;
    client_max_body_size 26m;
    upstream portal {
$servers        keepalive 16;
    }
    server {
        listen 127.0.0.1:$HTTP_PORT;
        location / {
            proxy_pass http://portal;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host \$http_host;
            proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto \$scheme;
            proxy_set_header X-Forwarded-Host \$host;
            proxy_set_header X-Forwarded-Port \$server_port;
            proxy_connect_timeout 2s;
            proxy_read_timeout 60s;
            # A refused connection (an instance down) goes to the other instance; a request already sent is never
            # replayed by nginx (POST is not idempotent): the browser gets 502 and the form's submission key makes
            # a retry safe.
            proxy_next_upstream error timeout http_502 http_503;
        }
    }
}
EOF
}

nginx_running() { [ -s "$CLUSTER_DIR/run/nginx.pid" ] && kill -0 "$(cat "$CLUSTER_DIR/run/nginx.pid")" 2>/dev/null; }

start_nginx() {
  [ -x "$NGINX" ] || { log "nginx not found (apt-get install nginx)"; exit 1; }
  if nginx_running; then log "nginx already running"; return; fi
  nginx_conf
  "$NGINX" -c "$CLUSTER_DIR/nginx/nginx.conf" -p "$CLUSTER_DIR/nginx" -e "$CLUSTER_DIR/logs/nginx-error.log"
  log "nginx on http://127.0.0.1:$HTTP_PORT -> ${INSTANCE_PORTS[*]}"
}

stop_nginx() {
  if nginx_running; then
    "$NGINX" -c "$CLUSTER_DIR/nginx/nginx.conf" -p "$CLUSTER_DIR/nginx" -e "$CLUSTER_DIR/logs/nginx-error.log" -s quit
    for _ in $(seq 1 20); do nginx_running || break; sleep 0.5; done
    log "nginx stopped"
  fi
}

status() {
  if pg_running; then echo "postgresql: running on 127.0.0.1:$PG_PORT"; else echo "postgresql: stopped"; fi
  local n
  for n in $(seq 1 ${#INSTANCE_PORTS[@]}); do
    if instance_alive "$n"; then
      echo "instance $n: pid $(instance_pid "$n") on 127.0.0.1:$(instance_port "$n"), readiness $(curl -s "http://127.0.0.1:$(instance_port "$n")/readyz" || echo '?')"
    else echo "instance $n: stopped"; fi
  done
  if nginx_running; then echo "nginx: running on http://127.0.0.1:$HTTP_PORT"; else echo "nginx: stopped"; fi
}

main() {
  case "${1:-}" in
    start)
      start_db
      for n in $(seq 1 ${#INSTANCE_PORTS[@]}); do launch_instance "$n"; done
      for n in $(seq 1 ${#INSTANCE_PORTS[@]}); do wait_ready "$n"; done
      start_nginx ;;
    stop)
      for n in $(seq 1 ${#INSTANCE_PORTS[@]}); do stop_instance "$n" & done; wait
      stop_nginx; stop_db ;;
    status) status ;;
    start-db) start_db ;;
    stop-db) stop_db ;;
    start-instance) launch_instance "$2"; wait_ready "$2" ;;
    stop-instance) stop_instance "$2" ;;
    kill-instance) kill_instance "$2" ;;
    psql) shift; PGPASSWORD=$(db_password) exec "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U "$DB_USER" -d "$DB_NAME" "$@" ;;
    env) instance_env; echo "export PG_BIN=$PG_BIN PG_PORT=$PG_PORT CLUSTER_DIR=$CLUSTER_DIR" ;;
    *) sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
  esac
}

# one line, parsed whole before it runs: editing this file while a drill runs it cannot derail the running copy
main "$@"; exit $?
