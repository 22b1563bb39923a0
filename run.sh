#!/usr/bin/env bash
# Builds and starts the whole system: Payara Micro serving the API (/api), health (/health) and
# OpenAPI (/openapi) on http://localhost:${TICKETING_HTTP_PORT:-8080}/.
# The database comes from TICKETING_DB_URL / TICKETING_DB_USER / TICKETING_DB_PASSWORD
# (default: the local PostgreSQL prepared by db/scripts/setup-local-postgres.sh).
# Options: --no-build  start the jar that is already built.
set -euo pipefail
cd "$(dirname "$0")"
port=${TICKETING_HTTP_PORT:-8080}
jar=ticketing-web/target/ticketing-micro.jar

if [ "${1:-}" != "--no-build" ] || [ ! -f "$jar" ]; then
  echo "building (./mvnw package, tests skipped)..."
  ./mvnw -B -q -DskipTests package
fi

echo "starting Payara Micro on port $port (database: ${TICKETING_DB_URL:-jdbc:postgresql://127.0.0.1:5432/ticketing})..."
java ${JAVA_OPTS:-} -jar "$jar" --nocluster --port "$port" &
server=$!
trap 'echo "stopping..."; kill "$server" 2>/dev/null; wait "$server" 2>/dev/null; exit 0' INT TERM

for _ in $(seq 1 180); do
  if ! kill -0 "$server" 2>/dev/null; then
    echo "Payara Micro stopped during start; see the log above" >&2
    exit 1
  fi
  if curl -sf "http://localhost:$port/health/ready" >/dev/null 2>&1; then
    echo "ready at http://localhost:$port/  (API: /api/tickets, health: /health, OpenAPI: /openapi)"
    break
  fi
  sleep 1
done
curl -sf "http://localhost:$port/health/ready" >/dev/null 2>&1 ||
  echo "not ready yet: the database may be unreachable; see /health/ready. Still waiting for it." >&2
wait "$server"
