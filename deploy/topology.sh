#!/usr/bin/env bash
# The scale-out topology on this machine, every part a process on loopback:
#
#   browsers, API clients ──> HAProxy :8090 ──> N application instances :8091.. (Payara Micro)
#                                                  │ pooled (transaction mode)      │ migration, LISTEN
#                                                  └──> PgBouncer :6432 ──> PostgreSQL :5432 <──┘
#
# Usage: deploy/topology.sh [--instances N] [--port P] [--database NAME] [--no-build]
#   --instances N   application instances, 1-4 (default 2)
#   --port P        HAProxy's port (default 8090; plain HTTP, redirected to HTTPS on P+353, 8443
#                   for the default); instances take P+1..P+N, HAProxy's status page P+314
#                   (/stats), PgBouncer P-1658 (6432 for the default)
#   --database NAME the database on the PostgreSQL server (default ticketing)
#   --no-build      start what is already built (ticketing-web/target/ticketing-micro.jar)
#   --jar FILE      start this runnable jar instead (implies --no-build)
#   --direct        the instances connect straight to PostgreSQL, not through PgBouncer (which still
#                   starts): to measure what the pooler costs (deploy/cpu-per-booking.sh)
#
# PostgreSQL: the server at ${PGHOST:-127.0.0.1}:${PGPORT:-5432} with the project's roles (once:
# bash db/scripts/setup-local-postgres.sh). The roles' passwords come from the environment, no
# default: TICKETING_DB_PASSWORD (the runtime role; PgBouncer's user list is written from it at start)
# and TICKETING_DB_MIGRATION_PASSWORD (the schema's owner, for the migration); and the secret the
# token signing keys are sealed under, TICKETING_AUTH_KEY_ENCRYPTION_SECRET.
# HTTPS: the certificate (with its key, one PEM file) from TICKETING_TLS_CERTIFICATE; without it, a
# self-signed one for localhost is made at start (openssl) and no HSTS is sent.
# Needs haproxy and pgbouncer (Debian: apt-get install -y haproxy pgbouncer). Shows progress, waits
# for each instance's /health/ready, prints the one URL.
# Logs: ${TICKETING_DATA_DIR:-$HOME/.ticketing}/logs/topology/ (one file per process, named at start).
# Ctrl+C (or TERM) stops everything it started.
set -euo pipefail
cd "$(dirname "$0")/.."
deploy=$(pwd)/deploy

instances=2
port=8090
database=ticketing
build=yes
direct_only=no
jar=ticketing-web/target/ticketing-micro.jar
while [ $# -gt 0 ]; do
  case "$1" in
    --instances) instances=$2; shift 2 ;;
    --port) port=$2; shift 2 ;;
    --database) database=$2; shift 2 ;;
    --no-build) build=no; shift ;;
    --jar) jar=$2; build=no; shift 2 ;;
    --direct) direct_only=yes; shift ;;
    -h | --help) sed -n '2,29p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "topology.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
case "$instances" in
  [1-4]) ;;
  *) echo "topology.sh: --instances must be 1 to 4 (deploy/haproxy.cfg has 4 server slots)" >&2; exit 2 ;;
esac
for tool in haproxy pgbouncer curl; do
  command -v "$tool" >/dev/null || [ -x "/usr/sbin/$tool" ] || {
    echo "topology.sh: $tool is missing (Debian: apt-get install -y haproxy pgbouncer curl)" >&2
    exit 1
  }
done
export PATH="$PATH:/usr/sbin"
for secret in TICKETING_DB_PASSWORD TICKETING_DB_MIGRATION_PASSWORD TICKETING_AUTH_KEY_ENCRYPTION_SECRET; do
  [ -n "${!secret:-}" ] || {
    echo "topology.sh: set $secret (the database roles' passwords come from the environment; see --help)" >&2
    exit 2
  }
done
export TICKETING_DB_PASSWORD TICKETING_DB_MIGRATION_PASSWORD TICKETING_AUTH_KEY_ENCRYPTION_SECRET

pg_host=${PGHOST:-127.0.0.1}
pg_port=${PGPORT:-5432}
pooler_port=$((port - 1658))
stats_port=$((port + 314))
logs=${TICKETING_DATA_DIR:-$HOME/.ticketing}/logs/topology
work=$(mktemp -d -t ticketing-topology.XXXXXX)
pids=()
names=()

stop() {
  trap - INT TERM EXIT
  echo "stopping..."
  for ((i = ${#pids[@]} - 1; i >= 0; i--)); do # HAProxy first, then the instances, PgBouncer last
    kill -TERM "${pids[i]}" 2>/dev/null || true
  done
  for ((i = ${#pids[@]} - 1; i >= 0; i--)); do
    wait "${pids[i]}" 2>/dev/null || true
    echo "  stopped ${names[i]}"
  done
  rm -rf "$work"
}
trap 'stop; exit 0' INT TERM
trap 'stop' EXIT

# start <name> <log> <command...>: starts a process in the background, its output to <log>.
start() {
  local name=$1 log=$2
  shift 2
  : >"$log"
  "$@" >>"$log" 2>&1 &
  pids+=($!)
  names+=("$name")
  echo "  $name: started (pid $!, log $log)"
}

# fail <message> <log>: says why, shows the end of the log, stops everything.
fail() {
  echo "topology.sh: $1; $2 ends with:" >&2
  tail -n 20 "$2" >&2
  exit 1
}

if [ "$build" = yes ] || [ ! -f "$jar" ]; then
  echo "building (./mvnw package, tests skipped; the first build downloads dependencies)..."
  ./mvnw -B -q -DskipTests package
fi

pg_isready -q -h "$pg_host" -p "$pg_port" 2>/dev/null || {
  echo "topology.sh: no PostgreSQL at $pg_host:$pg_port (start it, then: bash db/scripts/setup-local-postgres.sh)" >&2
  exit 1
}
mkdir -p "$logs"
echo "logs in $logs"

echo "PgBouncer on 127.0.0.1:$pooler_port (transaction pooling, deploy/pgbouncer.ini) -> PostgreSQL $pg_host:$pg_port/$database"
cat >"$work/pgbouncer.ini" <<EOF
[databases]
* = host=$pg_host port=$pg_port
%include $deploy/pgbouncer.ini
listen_port = $pooler_port
auth_file = $work/userlist.txt
EOF
"$deploy/pgbouncer/write-userlist.sh" "$work/userlist.txt"
chmod 755 "$work"
chmod 644 "$work/pgbouncer.ini"
as_user=()
# PgBouncer refuses to run as root: it switches to an unprivileged user, which reads the files above
# (the user list is that user's alone).
if [ "$(id -u)" = 0 ]; then
  as_user=(-u nobody)
  chown nobody "$work/userlist.txt"
fi
start pgbouncer "$logs/pgbouncer.log" pgbouncer "${as_user[@]}" "$work/pgbouncer.ini"
for _ in $(seq 1 50); do
  pg_isready -q -h 127.0.0.1 -p "$pooler_port" && break
  kill -0 "${pids[0]}" 2>/dev/null || fail "PgBouncer did not start" "$logs/pgbouncer.log"
  sleep 0.2
done

direct="jdbc:postgresql://$pg_host:$pg_port/$database"
export TICKETING_DB_URL="jdbc:postgresql://127.0.0.1:$pooler_port/$database?prepareThreshold=0"
[ "$direct_only" = yes ] && TICKETING_DB_URL=$direct
export TICKETING_DB_MIGRATION_URL=$direct TICKETING_DB_LISTEN_URL=$direct
# HAProxy connects from 127.0.0.1: the instances believe its X-Forwarded-For, so the login and
# registration limits count per client, not all clients as HAProxy's one address.
export TICKETING_HTTP_TRUSTED_PROXIES=${TICKETING_HTTP_TRUSTED_PROXIES:-127.0.0.1/32}
echo "$instances application instance(s): pooled $TICKETING_DB_URL, migration and LISTEN direct $direct"
for n in $(seq 1 "$instances"); do
  p=$((port + n))
  # shellcheck disable=SC2086 # JAVA_OPTS holds several options
  start "instance $n (port $p)" "$logs/instance-$n.log" \
    java ${JAVA_OPTS:-} -jar "$jar" --nocluster --port "$p"
  export "TICKETING_INSTANCE_$n=127.0.0.1:$p"
done

first_instance=1 # index in pids of instance 1
for n in $(seq 1 "$instances"); do
  p=$((port + n))
  pid=${pids[first_instance + n - 1]}
  for i in $(seq 1 300); do
    kill -0 "$pid" 2>/dev/null || fail "instance $n stopped during start" "$logs/instance-$n.log"
    if curl -sf "http://127.0.0.1:$p/health/ready" >/dev/null 2>&1; then
      echo "  instance $n: ready on 127.0.0.1:$p after ${SECONDS} s"
      break
    fi
    [ $((i % 10)) = 0 ] && echo "  instance $n: starting (${SECONDS} s)"
    sleep 1
  done
  curl -sf "http://127.0.0.1:$p/health/ready" >/dev/null 2>&1 ||
    fail "instance $n is not ready after 5 minutes (/health/ready says why)" "$logs/instance-$n.log"
done

tls_port=$((port + 353))
if [ -n "${TICKETING_TLS_CERTIFICATE:-}" ]; then
  export TICKETING_LB_CERTIFICATE=$TICKETING_TLS_CERTIFICATE
  unset TICKETING_LB_SELF_SIGNED
  echo "HTTPS with the certificate $TICKETING_TLS_CERTIFICATE (and HSTS)"
else
  "$deploy/self-signed-certificate.sh" "$work/self-signed.pem"
  export TICKETING_LB_CERTIFICATE=$work/self-signed.pem TICKETING_LB_SELF_SIGNED=yes
  echo "HTTPS with a self-signed certificate made now (no TICKETING_TLS_CERTIFICATE; browsers warn, no HSTS)"
fi
echo "HAProxy on 127.0.0.1:$port (HTTP, redirects) and 127.0.0.1:$tls_port (HTTPS) (deploy/haproxy.cfg; status page http://127.0.0.1:$stats_port/stats)"
export TICKETING_LB_BIND=127.0.0.1:$port TICKETING_LB_STATS_BIND=127.0.0.1:$stats_port
export TICKETING_LB_TLS_BIND=127.0.0.1:$tls_port TICKETING_LB_HTTPS_PORT=$tls_port
start haproxy "$logs/haproxy.log" haproxy -db -f "$deploy/haproxy.cfg"
for _ in $(seq 1 50); do
  curl -sf "http://127.0.0.1:$stats_port/ready" >/dev/null 2>&1 && break
  kill -0 "${pids[${#pids[@]} - 1]}" 2>/dev/null || fail "HAProxy did not start" "$logs/haproxy.log"
  sleep 0.2
done
# HAProxy lets an instance in after two good health checks, a second apart.
for _ in $(seq 1 30); do
  up=$(curl -s "http://127.0.0.1:$stats_port/stats;csv" | grep -c '^ui,app[0-9],.*,UP,' || true)
  [ "$up" = "$instances" ] && break
  sleep 0.5
done
echo "ready at https://127.0.0.1:$tls_port/  ($up of $instances instances in HAProxy; API: /api/tickets, explorer: /openapi-ui/)"
echo "Ctrl+C stops everything."
wait "${pids[${#pids[@]} - 1]}"
