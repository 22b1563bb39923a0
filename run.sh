#!/usr/bin/env bash
# Builds and starts the whole system on http://localhost:${TICKETING_HTTP_PORT:-8080}/ :
# booking UI at /, API at /api, explorer at /openapi-ui/, health at /health.
#
# Database: with TICKETING_DB_URL (and TICKETING_DB_USER / TICKETING_DB_PASSWORD) set, that server is
# used and nothing else is started. Without it, an embedded PostgreSQL (real binaries from Maven
# Central) starts with its data in ${TICKETING_DATA_DIR:-$HOME/.ticketing}/pgdata, kept across runs,
# on port ${TICKETING_EMBEDDED_DB_PORT:-5433}. PostgreSQL refuses to run as root.
# Ctrl+C stops everything. Option: --no-build starts what is already built.
set -euo pipefail
cd "$(dirname "$0")"
port=${TICKETING_HTTP_PORT:-8080}
jar=ticketing-web/target/ticketing-micro.jar
classpath_file=db/target/embedded-db.classpath
pids=()

stop() {
  echo "stopping..."
  for ((i = ${#pids[@]} - 1; i >= 0; i--)); do # the server first, then its database
    kill "${pids[i]}" 2>/dev/null || true
    wait "${pids[i]}" 2>/dev/null || true
  done
}
trap 'stop; exit 0' INT TERM

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
  echo "starting database (embedded PostgreSQL on port $db_port, data in $data)..."
  java -cp "db/target/classes:$(cat "$classpath_file")" dev.ticketing.db.EmbeddedDatabase \
    "$data" "$db_port" "$ready" &
  pids+=($!)
  for _ in $(seq 1 120); do
    [ -s "$ready" ] && break
    if ! kill -0 "${pids[0]}" 2>/dev/null; then
      echo "run.sh: the embedded PostgreSQL did not start (see above)" >&2
      exit 1
    fi
    sleep 0.5
  done
  [ -s "$ready" ] || { echo "run.sh: the embedded PostgreSQL did not start in time" >&2; stop; exit 1; }
  export TICKETING_DB_URL
  TICKETING_DB_URL=$(cat "$ready")
  export TICKETING_DB_USER=ticketing TICKETING_DB_PASSWORD=ticketing
  rm -f "$ready"
fi

echo "deploying on Payara Micro, port $port (database: $TICKETING_DB_URL)..."
java ${JAVA_OPTS:-} -jar "$jar" --nocluster --port "$port" &
pids+=($!)
server=${pids[${#pids[@]} - 1]}

for _ in $(seq 1 180); do
  if ! kill -0 "$server" 2>/dev/null; then
    echo "run.sh: Payara Micro stopped during start; see the log above" >&2
    stop
    exit 1
  fi
  if curl -sf "http://localhost:$port/health/ready" >/dev/null 2>&1; then
    echo "ready at http://localhost:$port/  (API: /api/tickets, explorer: /openapi-ui/, health: /health)"
    break
  fi
  sleep 1
done
curl -sf "http://localhost:$port/health/ready" >/dev/null 2>&1 ||
  echo "not ready yet: the database may be unreachable; /health/ready says why. Still waiting for it." >&2
wait "$server"
