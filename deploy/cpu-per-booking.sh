#!/usr/bin/env bash
# What one booking costs each part of the scale-out topology, in CPU milliseconds: a closed-loop wrk
# run of POST /api/bookings (one ticket of a tier of its own, made here) through HAProxy, with the CPU
# time of every process of the topology read from /proc before and after.
#
# Usage: deploy/cpu-per-booking.sh [--port 8090] [--database ticketing] [--seconds 20] [--connections 64]
#   --port P  the port deploy/topology.sh was given (HAProxy; instances at P+1.., PgBouncer P-1658,
#             HAProxy's status page P+314)
#
# Needs wrk (Debian: apt-get install -y wrk) and psql; the database is reached as the role ticketing at
# ${PGHOST:-127.0.0.1}:${PGPORT:-5432}. PostgreSQL's figure is every postgres process of the server, so
# other work on the same server counts too.
set -euo pipefail
port=8090 database=ticketing seconds=20 connections=64
while [ $# -gt 0 ]; do
  case "$1" in
    --port) port=$2; shift 2 ;;
    --database) database=$2; shift 2 ;;
    --seconds) seconds=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    -h | --help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "cpu-per-booking.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
command -v wrk >/dev/null || { echo "cpu-per-booking.sh: wrk is missing (apt-get install -y wrk)" >&2; exit 1; }
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-ticketing} PGDATABASE=$database
export PGPASSWORD=${PGPASSWORD:-ticketing}

# listener <port>: the pid of the process listening on it.
listener() { ss -ltnpH "sport = :$1" | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -n1; }
ticks() { # utime + stime of the processes given, in clock ticks
  local p t=0
  for p in "$@"; do
    [ -r "/proc/$p/stat" ] && t=$((t + $(sed 's/^.*) //' "/proc/$p/stat" | awk '{print $12 + $13}')))
  done
  echo "$t"
}

instances=()
for n in 1 2 3 4; do
  pid=$(listener $((port + n)))
  [ -n "$pid" ] && instances+=("$pid")
done
balancer=$(listener "$port")
pooler=$(listener $((port - 1658)))
[ -n "$balancer" ] && [ -n "$pooler" ] && [ ${#instances[@]} -gt 0 ] || {
  echo "cpu-per-booking.sh: no topology on port $port (start it with deploy/topology.sh --port $port)" >&2
  exit 1
}

echo "a tier of 300,000 tickets in $database for the run..."
tier=$(psql -X -At -v ON_ERROR_STOP=1 -c "WITH c AS (INSERT INTO concert (name, venue, starts_at, published)
    VALUES ('CPU per booking ' || now(), 'Test Hall', now() + interval '30 days', true) RETURNING id)
  INSERT INTO ticket_tier (concert_id, code, display_name, price_minor, currency, capacity)
    SELECT id, 'RUN', 'Run', 1000, 'USD', 300000 FROM c RETURNING concert_id" | head -n1)
script=$(mktemp --suffix=.lua)
trap 'rm -f "$script"' EXIT
cat >"$script" <<EOF
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"concertId":$tier,"items":[{"tier":"RUN","quantity":1}]}'
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) created = 0 end
function response(status, headers, body) if status == 201 then created = created + 1 end end
function done(summary, latency, requests)
  local total = 0
  for _, t in ipairs(threads) do total = total + t:get("created") end
  io.write(string.format("booked %d\n", total))
end
EOF

hz=$(getconf CLK_TCK)
postgres() { pgrep -x postgres | tr '\n' ' '; }
t_instances=$(ticks "${instances[@]}") t_balancer=$(ticks "$balancer") t_pooler=$(ticks "$pooler")
t_postgres=$(ticks $(postgres)) t_machine=$(awk '/^cpu / {print $2 + $3 + $4 + $7 + $8 + $9}' /proc/stat)
echo "wrk: $connections connections, ${seconds} s, POST /api/bookings through HAProxy on $port (${#instances[@]} instance(s))..."
out=$(wrk -t 2 -c "$connections" -d "${seconds}s" --latency -s "$script" "https://127.0.0.1:$((port + 353))/api/bookings") # HAProxy's HTTPS (plain HTTP redirects)
booked=$(printf '%s\n' "$out" | sed -n 's/^booked //p')
printf '%s\n' "$out" | grep -E 'Latency|50%|99%|Requests/sec|Non-2xx' || true
[ "${booked:-0}" -gt 0 ] || { echo "cpu-per-booking.sh: no booking answered 201" >&2; exit 1; }
per() { awk -v t="$1" -v b="$booked" -v hz="$hz" 'BEGIN {printf "%.2f", t * 1000 / hz / b}'; }
echo "bookings: $booked ($(awk -v b="$booked" -v s="$seconds" 'BEGIN {printf "%.0f", b / s}')/s); CPU ms per booking:"
echo "  instances  $(per $(($(ticks "${instances[@]}") - t_instances)))"
echo "  HAProxy    $(per $(($(ticks "$balancer") - t_balancer)))"
echo "  PgBouncer  $(per $(($(ticks "$pooler") - t_pooler)))"
echo "  PostgreSQL $(per $(($(ticks $(postgres)) - t_postgres)))"
echo "  machine    $(per $(($(awk '/^cpu / {print $2 + $3 + $4 + $7 + $8 + $9}' /proc/stat) - t_machine))) (wrk included)"
