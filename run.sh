#!/usr/bin/env bash
# Builds and starts the whole system on http://localhost:${TICKETING_HTTP_PORT:-8080}/ :
# booking UI at /, API at /api, explorer at /openapi-ui/, health at /health.
#
# Database: with TICKETING_DB_URL (and TICKETING_DB_USER / TICKETING_DB_PASSWORD) set, that server is
# used and nothing else is started. Without it, an embedded PostgreSQL (real binaries from Maven
# Central) starts with its data in ${TICKETING_DATA_DIR:-$HOME/.ticketing}/pgdata, kept across runs,
# on port ${TICKETING_EMBEDDED_DB_PORT:-5433}. PostgreSQL refuses to run as root.
# Ctrl+C stops everything. Option: --no-build starts what is already built.
#
# The terminal shows progress, the server's warnings and errors, and the line that says where it is
# ready; the server's whole log goes to ${TICKETING_DATA_DIR:-$HOME/.ticketing}/logs/server.log (the
# previous run's to server.log.1), the embedded database's to database.log there.
set -euo pipefail
cd "$(dirname "$0")"
port=${TICKETING_HTTP_PORT:-8080}
jar=ticketing-web/target/ticketing-micro.jar
classpath_file=db/target/embedded-db.classpath
logs=${TICKETING_DATA_DIR:-$HOME/.ticketing}/logs
pids=()
watcher=

stop() {
  echo "stopping..."
  for ((i = ${#pids[@]} - 1; i >= 0; i--)); do # the server first, then its database
    kill "${pids[i]}" 2>/dev/null || true
    wait "${pids[i]}" 2>/dev/null || true
  done
  if [ -n "$watcher" ]; then
    pkill -P "$watcher" 2>/dev/null || true
    kill "$watcher" 2>/dev/null || true
  fi
}
trap 'stop; exit 0' INT TERM

# Warnings that every start of Payara Micro prints and that need no action: the JDK's expired CA
# certificates (dumped whole), the runtime directory in /tmp, the data source's settings looked up
# once before the application's own configuration is there (they resolve right after), and the
# JDBC driver left registered at shutdown.
known_noise='NCLS-SECURITY-05054|Runtime directory is located in a temporary|no value found, no default given|failed to unregister it'

# watch_log <file>: the file's warnings and errors on the terminal as they come, one line each.
watch_log() {
  tail -n 0 -F "$1" 2>/dev/null |
    sed -u -E 's/\x1b\[[0-9;]*m//g' |
    grep --line-buffered -E '^\[[^]]*\] \[[^]]*\] \[(WARNING|SEVERE)\]' |
    grep --line-buffered -v -E "$known_noise" |
    sed -u -E 's/^\[[^]]*\] \[[^]]*\] \[([A-Z]+)\] \[[^]]*\] \[([^]]*)\].*\[levelValue: [0-9]+\] */  server \1 (\2): /'
}

if [ -z "${TICKETING_DB_URL:-}" ] && [ "$(id -u)" = 0 ]; then
  echo "run.sh: the embedded PostgreSQL cannot run as root; run as a normal user, or point at a server: TICKETING_DB_URL=jdbc:postgresql://127.0.0.1:5432/ticketing ./run.sh" >&2
  exit 1
fi

if [ "${1:-}" != "--no-build" ] || [ ! -f "$jar" ] || [ ! -f "$classpath_file" ]; then
  echo "building (./mvnw package, tests skipped; the first build downloads dependencies)..."
  ./mvnw -B -q -DskipTests package
  ./mvnw -B -q -pl db dependency:build-classpath -Dmdep.includeScope=compile \
    -Dmdep.outputFile=target/embedded-db.classpath
fi

if [ -z "${TICKETING_DB_URL:-}" ]; then
  data=${TICKETING_DATA_DIR:-$HOME/.ticketing}/pgdata
  db_port=${TICKETING_EMBEDDED_DB_PORT:-5433}
  ready=$(mktemp)
  rm -f "$ready"
  mkdir -p "$logs"
  echo "starting database (embedded PostgreSQL on port $db_port, data in $data, log $logs/database.log)..."
  java -cp "db/target/classes:$(cat "$classpath_file")" dev.ticketing.db.EmbeddedDatabase \
    "$data" "$db_port" "$ready" >"$logs/database.log" 2>&1 &
  pids+=($!)
  for i in $(seq 1 120); do
    [ -s "$ready" ] && break
    if ! kill -0 "${pids[0]}" 2>/dev/null; then
      echo "run.sh: the embedded PostgreSQL did not start; its log ($logs/database.log) ends with:" >&2
      tail -n 20 "$logs/database.log" >&2
      exit 1
    fi
    [ $((i % 10)) = 0 ] && echo "  database: still starting ($((i / 2)) s)"
    sleep 0.5
  done
  [ -s "$ready" ] || { echo "run.sh: the embedded PostgreSQL did not start in time" >&2; stop; exit 1; }
  export TICKETING_DB_URL
  TICKETING_DB_URL=$(cat "$ready")
  export TICKETING_DB_USER=ticketing_app TICKETING_DB_PASSWORD=ticketing_app
  export TICKETING_DB_MIGRATION_USER=ticketing TICKETING_DB_MIGRATION_PASSWORD=ticketing
  rm -f "$ready"
fi

# The signing keys of the API's tokens are stored encrypted under this secret. Deployments must set
# their own (the application refuses to start without one); this development default is run.sh's only.
if [ -z "${TICKETING_AUTH_KEY_ENCRYPTION_SECRET:-}" ]; then
  export TICKETING_AUTH_KEY_ENCRYPTION_SECRET=run.sh-development-only-not-a-secret
  echo "token signing keys sealed under run.sh's development secret (set TICKETING_AUTH_KEY_ENCRYPTION_SECRET for your own)"
fi

mkdir -p "$logs"
server_log=$logs/server.log
[ -f "$server_log" ] && mv -f "$server_log" "$server_log.1"
: >"$server_log"
echo "deploying on Payara Micro, port $port (database: $TICKETING_DB_URL, server log: $server_log)..."
watch_log "$server_log" &
watcher=$!
java ${JAVA_OPTS:-} -jar "$jar" --nocluster --port "$port" >>"$server_log" 2>&1 &
pids+=($!)
server=${pids[${#pids[@]} - 1]}

for i in $(seq 1 180); do
  if ! kill -0 "$server" 2>/dev/null; then
    echo "run.sh: Payara Micro stopped during start; its log ($server_log) ends with:" >&2
    tail -n 30 "$server_log" >&2
    stop
    exit 1
  fi
  if curl -sf "http://localhost:$port/health/ready" >/dev/null 2>&1; then
    echo "ready at http://localhost:$port/  (API: /api/tickets, explorer: /openapi-ui/, health: /health, metrics: /metrics)"
    if [ -n "${TICKETING_ADMIN_EMAIL:-}" ] && [ -n "${TICKETING_ADMIN_PASSWORD:-}" ]; then
      echo "organisers: log in at http://localhost:$port/login as $TICKETING_ADMIN_EMAIL (the password you set in TICKETING_ADMIN_PASSWORD); API token: POST /api/auth/token"
    else
      echo "organisers: TICKETING_ADMIN_EMAIL is not set (an organiser account made by an earlier run still works); to create one, stop and run: TICKETING_ADMIN_EMAIL=you@example.com TICKETING_ADMIN_PASSWORD='at least 10 characters' ./run.sh"
    fi
    echo "customers: register at http://localhost:$port/register (or POST /api/auth/register), or book without an account"
    break
  fi
  [ $((i % 5)) = 0 ] && echo "  server: starting ($i s)"
  sleep 1
done
curl -sf "http://localhost:$port/health/ready" >/dev/null 2>&1 ||
  echo "not ready yet: the database may be unreachable; /health/ready says why. Still waiting for it." >&2
wait "$server"
