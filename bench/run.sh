#!/usr/bin/env bash
# The load benchmark, one command (docs/performance.md says what it measures and how to read it).
#
#   bench/run.sh                  fresh database ticketing_bench, the uber jar, every scenario
#   bench/run.sh --smoke          the same, a few seconds per scenario and a small catalogue (CI)
#   bench/run.sh --duration 60    seconds per scenario (default 20)
#   --book-rate N, --read-rate N  arrival rates of the open model (default 50 bookers/s, 200 readers/s)
#   --only book,rush              only these scenarios (reads, book, rush, overload, mixed, edits, room, sellout,
#                                 coldstart, volume); pgbench always
#   bench/run.sh --url http://127.0.0.1:8080
#                                 a running server; its database from TICKETING_DB_URL (jdbc:postgresql://…),
#                                 TICKETING_DB_USER, TICKETING_DB_PASSWORD (default ticketing)
#   --publish                     also copy the table and the charts into docs/performance/
#                                 (latest-results.md, bookings-per-second.svg, p95.svg, load.svg)
#
# In one run: the default catalogue's read storm; then a big catalogue (1,000,000 tickets of 200
# concerts, 30-70 % sold, plus a 300,000-ticket release tier); pgbench running the application's
# booking transaction on it (the database's ceiling); Gatling's read storm, rush and mixed scenarios
# through HTTP, closed (64 and 256 users) and open (fixed arrival rate). After each run the database
# invariants are checked; a broken one stops the benchmark with a non-zero exit. Prints one table,
# also in bench/target/results.md, and draws it as SVG charts in bench/target/charts/; Gatling's HTML
# reports are under bench/target/gatling/.
#
# Builds and load runs never overlap on the shared machine: this script holds
# /tmp/ticketing-build.lock for its whole run (waiting for it if need be).
set -euo pipefail

bench=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$bench")
out=$bench/target
lock=/tmp/ticketing-build.lock

say() { printf '[bench %s] %s\n' "$(date +%T)" "$*"; }
die() { printf '[bench %s] FAILED: %s\n' "$(date +%T)" "$*" >&2; exit 1; }

args=("$@")
smoke=false
url=""
duration=20
book_rate=50     # open model: booking users arriving per second (rush, mixed)
read_rate=200    # open model: readers arriving per second
only=""          # scenarios to run, comma-separated; empty: all
publish=false    # copy results.md and the charts into docs/performance/
while [ $# -gt 0 ]; do
  case $1 in
    --smoke) smoke=true ;;
    --url) url=${2:?--url needs http://host:port}; shift ;;
    --duration) duration=${2:?--duration needs seconds}; shift ;;
    --book-rate) book_rate=${2:?--book-rate needs users per second}; shift ;;
    --read-rate) read_rate=${2:?--read-rate needs users per second}; shift ;;
    --only) only=${2:?--only needs scenarios: reads,book,rush,overload,mixed,edits,room,sellout,coldstart,volume}; shift ;;
    --publish) publish=true ;;
    -h|--help) sed -n '2,24p' "$0"; exit 0 ;;
    *) die "unknown option $1 (see --help)" ;;
  esac
  shift
done
for scenario in ${only//,/ }; do
  case $scenario in
    reads | book | rush | overload | mixed | edits | room | sellout | coldstart | volume) ;;
    *) die "--only: unknown scenario $scenario (reads, book, rush, overload, mixed, edits, room, sellout, coldstart, volume)" ;;
  esac
done

# --- the lock: taken here unless a caller (flock /tmp/ticketing-build.lock bench/run.sh) holds it ---
caller_holds_lock() {
  local pid=$PPID
  while [ "${pid:-1}" -gt 1 ]; do
    if tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q "flock.*$lock"; then return 0; fi
    pid=$(sed 's/^.*) //' "/proc/$pid/stat" 2>/dev/null | cut -d' ' -f2)
  done
  return 1
}
if [ -z "${TICKETING_BENCH_LOCKED:-}" ] && ! caller_holds_lock; then
  flock -n "$lock" true 2>/dev/null || say "waiting for $lock (a build or benchmark is running)"
  TICKETING_BENCH_LOCKED=1 exec flock "$lock" "$0" "${args[@]}"
fi

# --- what this run does ---
ramp=2
warmup=10
warmup_rounds=16
concerts=200
scale=1
# Enough release tickets that pgbench, the warm-up and the rush never sell the tier out (so every 409
# of the rush is a false "sold out"): pgbench ~2,500 tps twice, the book and edits runs ~3,000 bookings/s
# four times, the rush ~900 bookings/s of 2.5 tickets 3 times and the overload ~1,000/s; the warm-up's
# rush journeys up to 16 rounds of 10 s (measured 2026-12-07: 450,000 sold out during the second rush).
hot_capacity=$(( (duration * 40000 > 800000 ? duration * 40000 : 800000) + 200000 ))
# A release through the waiting room: 20,000 people in 60 s for 5,000 tickets; the second release lets
# people in at twice what the server books (pgbench's ~2,500 bookings/s here, as people per minute).
room_tickets=5000 room_arrivals=20000 room_seconds=60 room_fast_rate=300000
# What waiting costs: people join a paused room over room_wait_arrival s and wait room_wait s each.
room_wait_arrival=20 room_wait=60
if $smoke; then
  duration=3 ramp=1 warmup=0 concerts=20 scale=0.1 hot_capacity=50000
  room_tickets=300 room_arrivals=1000 room_seconds=10 room_wait_arrival=5 room_wait=25
fi

mkdir -p "$out"
rm -rf "$out/gatling" "$out/runs" "$out/logs"
mkdir -p "$out/gatling" "$out/runs" "$out/logs"
runs=$out/runs.tsv
: >"$runs"
started=$(date +%s)

# --- the machine ---
cpu=$(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //')
mem=$(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo)
{
  echo "machine: $(nproc) cores ($cpu), $mem RAM, $(uname -sr)"
  echo "java: $(java -version 2>&1 | head -1)"
} >"$out/machine.txt"
say "$(head -1 "$out/machine.txt")"

# --- the database ---
if [ -z "$url" ]; then
  export TICKETING_DB_URL=jdbc:postgresql://127.0.0.1:5432/ticketing_bench
fi
export TICKETING_DB_USER=${TICKETING_DB_USER:-ticketing} TICKETING_DB_PASSWORD=${TICKETING_DB_PASSWORD:-ticketing}
# The servers it starts seal their token signing keys under this (required; a benchmark's own).
export TICKETING_AUTH_KEY_ENCRYPTION_SECRET=${TICKETING_AUTH_KEY_ENCRYPTION_SECRET:-bench-only-not-a-secret}
[ -n "${TICKETING_DB_URL:-}" ] || die "--url needs TICKETING_DB_URL (jdbc:postgresql://host:port/database)"
db_rest=${TICKETING_DB_URL#jdbc:postgresql://}
db_rest=${db_rest%%\?*}
db_name=${db_rest#*/}
db_hostport=${db_rest%%/*}
export PGHOST=${db_hostport%%:*} PGPORT=5432 PGDATABASE=$db_name PGUSER=$TICKETING_DB_USER PGPASSWORD=$TICKETING_DB_PASSWORD
if [ "$db_hostport" != "$PGHOST" ]; then PGPORT=${db_hostport##*:}; fi
sql() { psql -X -q -v ON_ERROR_STOP=1 "$@"; }
fresh_database() { # fresh_database <name>: dropped if it exists, created empty, owned by ticketing
  sql -h "$PGHOST" -p "$PGPORT" -U postgres -d postgres -c "SET client_min_messages = warning" \
    -c "DROP DATABASE IF EXISTS $1 WITH (FORCE)" -c "CREATE DATABASE $1 OWNER ticketing" \
    || die "creating the database $1"
}
# use_database <name>: a fresh database for a scenario of its own (the server and psql use it);
# main_database: back to the benchmark's own.
use_database() {
  fresh_database "$1"
  main_url=$TICKETING_DB_URL main_db=$PGDATABASE
  export TICKETING_DB_URL=${TICKETING_DB_URL%/*}/$1 PGDATABASE=$1
}
main_database() { export TICKETING_DB_URL=$main_url PGDATABASE=$main_db; }

if [ -z "$url" ]; then
  say "PostgreSQL: role 'ticketing' (db/scripts/setup-local-postgres.sh), fresh database $db_name"
  bash "$root/db/scripts/setup-local-postgres.sh" >"$out/logs/setup-postgres.log" 2>&1 \
    || die "db/scripts/setup-local-postgres.sh (see $out/logs/setup-postgres.log)"
  fresh_database "$db_name"
fi
echo "postgresql: $(psql -X -At -c 'SHOW server_version') at $PGHOST:$PGPORT, max_connections $(psql -X -At -c 'SHOW max_connections'), shared_buffers $(psql -X -At -c 'SHOW shared_buffers'), autovacuum $(psql -X -At -c 'SHOW autovacuum')" >>"$out/machine.txt"

# --- the server: the uber jar, copied so that a rebuild meanwhile does not pull it away ---
server_pid=""
stop_server() {
  [ -n "$server_pid" ] || return 0
  kill "$server_pid" 2>/dev/null || true
  for _ in $(seq 1 30); do kill -0 "$server_pid" 2>/dev/null || break; sleep 1; done
  kill -9 "$server_pid" 2>/dev/null || true
  wait "$server_pid" 2>/dev/null || true
  server_pid=""
}
trap 'stop_server' EXIT
trap 'exit 130' INT TERM

free_port() {
  local port
  for port in $(seq 18080 18180); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
  die "no free port in 18080-18180"
}

# start_server <name> [java options]: the uber jar as the README starts it; returns once /health/ready
# says UP (the server's own warm-up included), with the seconds since start in $ready_seconds.
start_server() {
  local name=$1 port boot
  shift
  port=$(free_port)
  base=http://127.0.0.1:$port
  say "server: java -Xmx1g $* -jar ticketing-micro.jar --nocluster --port $port (log: $out/logs/server-$name.log)"
  boot=$(date +%s%N)
  (cd "$out" && exec java -Xmx1g "$@" -jar ticketing-micro.jar --nocluster --port "$port") \
    >"$out/logs/server-$name.log" 2>&1 &
  server_pid=$!
  until curl -fs -o /dev/null "$base/health/ready"; do
    kill -0 "$server_pid" 2>/dev/null || die "the server stopped while starting (see $out/logs/server-$name.log)"
    [ $(( ($(date +%s%N) - boot) / 1000000000 )) -lt 240 ] || die "the server was not ready after 240 s (see $out/logs/server-$name.log)"
    sleep 0.2
  done
  ready_seconds=$(awk -v ns=$(( $(date +%s%N) - boot )) 'BEGIN {printf "%.1f", ns / 1e9}')
  say "server: ready in $ready_seconds s ($(grep -o 'Warm-up: [^;]*' "$out/logs/server-$name.log" | head -1 || echo 'no warm-up'))"
}

if [ -z "$url" ]; then
  if [ ! -f "$root/ticketing-web/target/ticketing-micro.jar" ]; then
    say "building the uber jar (./mvnw -DskipTests package -pl ticketing-web -am)"
    (cd "$root" && ./mvnw -B -q -DskipTests package -pl ticketing-web -am) >"$out/logs/build.log" 2>&1 \
      || die "building the uber jar (see $out/logs/build.log)"
  fi
  cp -p "$root/ticketing-web/target/ticketing-micro.jar" "$out/ticketing-micro.jar"
  echo "server: uber jar ticketing-web/target/ticketing-micro.jar built $(date -r "$out/ticketing-micro.jar" '+%F %T') (tree now at $(cd "$root" && git describe --always --dirty 2>/dev/null || echo '?')), -Xmx1g, on the same $(nproc) cores as PostgreSQL and Gatling" >>"$out/machine.txt"
else
  base=$url
  curl -fs -o /dev/null "$base/health/ready" || die "$base/health/ready does not answer 200"
  echo "server: $base (given)" >>"$out/machine.txt"
fi

# --- Gatling: the simulations compiled, their class path, one JVM per run ---
say "compiling the simulations (./mvnw -Pbench -pl bench test-compile)"
(cd "$root" && ./mvnw -B -q -Pbench -pl bench test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=test) >"$out/logs/compile.log" 2>&1 \
  || die "compiling the simulations (see $out/logs/compile.log)"
cp_bench=$out/test-classes:$(cat "$out/classpath.txt")
# As gatling-maven-plugin starts Gatling, but with C1 only (-XX:TieredStopAtLevel=1): each run is a
# new JVM of a few seconds, for which C2 compiles what it will hardly use, on the cores the server
# and PostgreSQL share. Measured against a warm server (book, 64 users, 10 s, runs alternated):
# Gatling 0.38-0.41 cores and 789-950 bookings/s with C1 only, 0.63-0.70 cores and 551-773 with C2.
gatling_jvm=(-Xmx1g -XX:+UseParallelGC -XX:TieredStopAtLevel=1 -XX:MaxInlineLevel=20 -XX:MaxTrivialSize=12
  --add-opens=java.base/java.lang=ALL-UNNAMED -cp "$cp_bench")

run_no=0
warmups=0
# gatling <label> <simulation> <model> <users|rate> <ref run id or -> [-Dbench.…]: one Gatling run,
# then the database check. Its id (r1, r2, …) is in $run_id.
gatling() {
  local label=$1 simulation=$2 model=$3 amount=$4 ref=$5
  shift 5
  run_no=$((run_no + 1))
  run_id=r$run_no
  local users=64 rate=$amount load
  if [ "$model" = closed ]; then users=$amount load="closed, $amount users"; else load="open, $amount users/s"; fi
  say "$label ($load, ${duration} s)"
  cpu_start
  java "${gatling_jvm[@]}" \
    -Dbench.baseUrl="$base" -Dbench.model="$model" -Dbench.users="$users" -Dbench.rate="$rate" \
    -Dbench.durationSeconds="$duration" -Dbench.rampSeconds="$ramp" \
    -Dbench.outcomes="$out/runs/$run_id" "$@" \
    io.gatling.app.Gatling --simulation "dev.ticketing.bench.$simulation" \
    --results-folder "$out/gatling/$run_id" --run-description "$label, $load" \
    >"$out/logs/$run_id-gatling.log" 2>&1 \
    || die "$label: Gatling failed (see $out/logs/$run_id-gatling.log)"
  cpu_end
  check_invariants "$label, $load"
  if [[ " $* " == *" -Dbench.shed=true "* ]]; then # the latency of 201s and 503s apart
    invariants="$invariants $(cat "$out/runs/$run_id-answers.txt")"
  fi
  local report
  report=$(ls -d "$out/gatling/$run_id"/*/ | head -1)
  printf '%s\t%s\t%s\tgatling\t%s\t%s\t%s %s\n' "$run_id" "$label" "$load" "${report%/}" "$ref" "$invariants" "$cpu" >>"$runs"
  java -cp "$cp_bench" dev.ticketing.bench.ResultsTable --last "$runs"
}

# check_invariants <label>: the database check after a run (bench/src/main/sql/check-invariants.sql).
check_invariants() {
  local booked=$out/runs/$run_id-booked.tsv refused=$out/runs/$run_id-refused.tsv
  [ -f "$booked" ] || : >"$booked"
  [ -f "$refused" ] || : >"$refused"
  invariants=$(sql -At -v booked="$booked" -v refused="$refused" -f "$bench/src/main/sql/check-invariants.sql" 2>&1) \
    || { printf '%s\n' "$invariants" >&2; die "invariant broken after $1"; }
  invariants=$(printf '%s\n' "$invariants" | grep '^invariants:' | sed 's/^invariants: //')
}

# CPU used during a run, in cores: the server's JVM, PostgreSQL's processes, the whole machine (so
# the load generator is the rest). cpu_start before the run, cpu_end after it sets $cpu.
ticks_of() { # utime + stime of the processes given
  local p t=0
  for p in "$@"; do
    [ -r "/proc/$p/stat" ] && t=$((t + $(sed 's/^.*) //' "/proc/$p/stat" | awk '{print $12 + $13}')))
  done
  echo "$t"
}
pg_ticks() { local p; for p in $(pgrep -x postgres); do echo "$p $(ticks_of "$p")"; done; }
busy_ticks() { awk '/^cpu / {print $2 + $3 + $4 + $7 + $8 + $9}' /proc/stat; }
cpu_start() {
  cpu_t0=$(date +%s%N) cpu_server0=$(ticks_of $server_pid) cpu_busy0=$(busy_ticks)
  pg_ticks >"$out/runs/pg-ticks-start"
}
cpu_end() {
  local seconds hz server pg busy
  seconds=$(( ($(date +%s%N) - cpu_t0) / 1000000 ))
  hz=$(getconf CLK_TCK)
  server=$(( $(ticks_of $server_pid) - cpu_server0 ))
  busy=$(( $(busy_ticks) - cpu_busy0 ))
  pg=$(pg_ticks | awk 'NR == FNR {start[$1] = $2; next} {sum += $2 - start[$1]} END {print sum + 0}' "$out/runs/pg-ticks-start" -)
  cpu=$(awk -v s="$server" -v p="$pg" -v b="$busy" -v hz="$hz" -v ms="$seconds" -v known="${server_pid:+1}" \
    'BEGIN {t = hz * ms / 1000; printf "cpu=%s/%.2f/%.2f", known ? sprintf("%.2f", s / t) : "?", p / t, b / t}')
}

# pgbench_run <clients asked> [batch]: the booking transaction on the release tier, straight on
# PostgreSQL, prepared as the application's connections prepare it (pgjdbc prepares a statement on the
# server once it has run five times; -M extended would plan each anew and understate the ceiling).
# With a batch size: the batch statement (booking-batch.pgbench.sql), that many bookings per statement
# and commit, as the application groups the bookings of a tier that arrive together.
pgbench_run() {
  local asked=$1 batch=${2:-} clients free script=$pgbench_script label="pgbench: booking transaction"
  if [ -n "$batch" ]; then
    script=$pgbench_batch_script
    label="pgbench: batches of $batch bookings"
  fi
  run_no=$((run_no + 1))
  run_id=r$run_no
  free=$(psql -X -At -c "SELECT current_setting('max_connections')::int
      - current_setting('superuser_reserved_connections')::int
      - (SELECT count(*) FROM pg_stat_activity
         WHERE backend_type = 'client backend' OR backend_type IS NULL) - 12")
  clients=$(( asked < free ? asked : free ))
  local note=""
  if [ "$clients" -lt "$asked" ]; then
    note="max_connections $(psql -X -At -c 'SHOW max_connections') leaves $free"
    say "pgbench: $asked clients do not fit ($note); running $clients. (Raise max_connections in postgresql.conf to measure $asked.)"
  fi
  say "$label, $clients clients, ${duration} s"
  mkdir -p "$out/runs/$run_id-pgbench"
  cpu_start
  (cd "$out/runs/$run_id-pgbench" && PGOPTIONS='-c default_transaction_isolation=read\ committed' \
    pgbench -n -M prepared -c "$clients" -j 2 -T "$duration" --log --log-prefix=tx "${pgbench_tier[@]}" \
      ${batch:+-D batch="$batch"} -f "$script" >../"$run_id-pgbench.txt" 2>&1) \
    || { cat "$out/runs/$run_id-pgbench.txt" >&2; die "pgbench failed"; }
  cpu_end
  check_invariants "$label, $clients clients"
  printf '%s\t%s\t%s\tpgbench\t%s\t%s\t%s %s%s\n' "$run_id" "$label" "$clients clients${note:+ ($note)}" \
    "$out/runs/$run_id-pgbench" "-" "$invariants" "$cpu" "${batch:+ per_tx=$batch}" >>"$runs"
  java -cp "$cp_bench" dev.ticketing.bench.ResultsTable --last "$runs"
  [ -n "$batch" ] || pgbench_id[$asked]=$run_id
}
declare -A pgbench_id

read_storm() { # read_storm <label> <path> <model> <users|rate> <ref>
  gatling "$1" ReadStormSimulation "$3" "$4" "$5" -Dbench.path="$2"
}

# jit_ticks: CPU ticks used so far by the server JVM's JIT compiler threads (C1, C2); empty when the
# server is not one this script started.
jit_ticks() {
  [ -n "${server_pid:-}" ] || return 0
  local t sum=0
  for t in /proc/"$server_pid"/task/*; do
    case $(cat "$t/comm" 2>/dev/null) in
      C1\ Compiler* | C2\ Compiler*) sum=$((sum + $(ticks_of "$server_pid/task/${t##*/}"))) ;;
    esac
  done
  echo "$sum"
}

# unreported <users> <simulation> [-Dbench.…]: one round of $warmup s, closed, not reported; checked
# like the others.
unreported() {
  local users=$1 simulation=$2
  shift 2
  warmups=$((warmups + 1))
  run_id=w$warmups
  java "${gatling_jvm[@]}" -Dbench.baseUrl="$base" -Dbench.model=closed -Dbench.users="$users" \
    -Dbench.durationSeconds="$warmup" -Dbench.rampSeconds=1 -Dbench.outcomes="$out/runs/$run_id" "$@" \
    io.gatling.app.Gatling --simulation "dev.ticketing.bench.$simulation" --results-folder "$out/gatling/warm-up" \
    --no-reports >"$out/logs/$run_id-gatling.log" 2>&1 || die "warm-up failed (see $out/logs/$run_id-gatling.log)"
  check_invariants "warm-up"
}

# warm_up <reads|all>: unreported rounds of $warmup s at 64 users, reads only or bookings (the rush
# journey on the release tier, leaving the tour concerts that the mixed runs book untouched) and reads in
# turn, until the server's JIT has compiled what the scenarios run: a round in which its compiler
# threads used less than 0.15 of a core (a bookings round, when bookings are measured next), after at
# least two rounds (at most $warmup_rounds rounds; a
# server given with --url, whose threads this script cannot see, gets 2).
# A just-started Payara Micro on 2 cores compiles for minutes (about 160 s of CPU here) and books at
# a third of its warm rate meanwhile: measured cold, the runs would compare the JIT, not the code.
# Checked like the others.
warm_up() {
  [ "$warmup" -gt 0 ] || return 0
  local kinds=$1 round what simulation jit0 jit cores
  local -a props
  for round in $(seq 1 "$warmup_rounds"); do
    if [ "$kinds" = all ] && [ $((round % 2)) = 1 ]; then
      what=bookings simulation=RushSimulation props=("${hot[@]}")
    else
      what=reads simulation=ReadStormSimulation props=(-Dbench.path=/api/tickets)
    fi
    jit0=$(jit_ticks)
    unreported 64 "$simulation" "${props[@]}"
    jit=$(jit_ticks)
    if [ -z "$jit" ]; then
      say "warm-up round $round: $what (closed, 64 users, ${warmup} s, not reported)"
      [ "$round" -lt 2 ] || return 0
      continue
    fi
    cores=$(awk -v t=$((jit - jit0)) -v hz="$(getconf CLK_TCK)" -v s="$warmup" 'BEGIN {printf "%.2f", t / hz / s}')
    say "warm-up round $round: $what (closed, 64 users, ${warmup} s, not reported): the server's JIT compilers used $cores cores"
    # Judged on a round of what is measured next: after the reads settle, the booking path may not.
    if [ "$round" -ge 2 ] && { [ "$kinds" = reads ] || [ "$what" = bookings ]; } \
      && awk -v c="$cores" 'BEGIN {exit !(c < 0.15)}'; then
      echo "warm-up ($kinds): $round rounds of ${warmup} s at 64 users until the server's JIT compilers used $cores cores in a round" >>"$out/machine.txt"
      return 0
    fi
  done
  say "warm-up: the JIT compilers still used $cores cores after $warmup_rounds rounds; measuring anyway"
  echo "warm-up ($kinds): $warmup_rounds rounds of ${warmup} s; the server's JIT compilers still used $cores cores in the last" >>"$out/machine.txt"
}

# wanted <scenario> [users]: whether --only lets it run (and, for a smoke run, at these users).
wanted() {
  { [ -z "$only" ] || [[ ",$only," == *",$1,"* ]]; } && ! { $smoke && [ "${2:-}" = 256 ]; }
}

# new_tier <concert> <code> <capacity>: a tier added to a concert (its tickets made by the database's
# trigger); prints its id.
new_tier() {
  psql -X -At -c "
    WITH t AS (INSERT INTO ticket_tier (concert_id, code, display_name, price_minor, currency, capacity, sort_order)
               SELECT $1, '$2', '$2', 5000, 'USD', $3, coalesce(max(sort_order), 0) + 1
               FROM ticket_tier WHERE concert_id = $1 RETURNING id)
    SELECT id FROM t"
}
new_concert() { # new_concert <name>: a published concert in 30 days; prints its id
  psql -X -At -c "
    WITH c AS (INSERT INTO concert (name, venue, starts_at, published)
               VALUES ('$1', 'Bench', now() + interval '30 days', true) RETURNING id)
    SELECT id FROM c"
}
# book_run <label> <concert> <tier> <seconds> [ref]: 64 bookers of 1 ticket, booking only, closed.
book_run() {
  local saved=$duration
  duration=$4
  gatling "$1" RushSimulation closed 64 "${5:--}" -Dbench.hotConcert="$2" -Dbench.hotTier="$3" \
    -Dbench.bookOnly=true -Dbench.mostTickets=1
  duration=$saved
}
# warm_book_run: book_run after one unreported round of the same on the same tier (none in a smoke run).
warm_book_run() {
  if [ "$warmup" -gt 0 ]; then
    unreported 64 RushSimulation -Dbench.hotConcert="$2" -Dbench.hotTier="$3" -Dbench.bookOnly=true -Dbench.mostTickets=1
  fi
  book_run "$@"
}
rate_of() { java -cp "$cp_bench" dev.ticketing.bench.ResultsTable --bookings-per-second "$runs" "$1"; }
ratio_of() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", (b > 0 ? a / b : 0)}'; }

# === 1. the default catalogue (800 tickets): availability and the HTTP floor ===
if wanted reads; then
  if [ -z "$url" ]; then start_server small; fi
  warm_up reads
  # The HTTP floor: the cheapest request the server answers (a small static file), against which the
  # other reads are set. /health/live runs the health machinery: measured, but no floor.
  read_storm "read storm GET /robots.txt (the HTTP floor), default catalogue" /robots.txt closed 64 -
  floor_small=$run_id
  read_storm "read storm GET /health/live, default catalogue" /health/live closed 64 "$floor_small"
  read_storm "read storm GET /api/tickets, default catalogue" /api/tickets closed 64 "$floor_small"
  # The database to itself for loading and for pgbench (all its connections free).
  if [ -z "$url" ]; then stop_server; fi
elif [ -z "$url" ]; then
  start_server small # migrates the fresh database
  stop_server
fi

# === 2. the big catalogue ===
say "catalogue: $concerts concerts x 4 tiers ($(awk "BEGIN {print int(5000 * $scale * $concerts)}") tickets, 30-70 % sold) + release tier HOT of $hot_capacity"
load_start=$(date +%s)
catalogue=$(sql -At -v concerts="$concerts" -v scale="$scale" -v hot_capacity="$hot_capacity" \
  -f "$bench/src/main/sql/catalogue.sql" 2>&1) || { printf '%s\n' "$catalogue" >&2; die "loading the catalogue"; }
read -r _ first_concert last_concert release_concert <<<"$(printf '%s\n' "$catalogue" | grep '^catalogue ')"
tickets_total=$(psql -X -At -c "SELECT count(*) FROM ticket")
say "catalogue: loaded in $(($(date +%s) - load_start)) s: $tickets_total ticket rows in all; tour concerts $first_concert-$last_concert, release concert $release_concert"
echo "catalogue: $tickets_total ticket rows ($concerts concerts x 4 tiers, 30-70 % sold; release tier HOT of $hot_capacity, concert $release_concert)" >>"$out/machine.txt"

# === 3. the database's ceiling: pgbench, the application's booking transaction ===
pgbench_script=$root/ticketing-ejb/src/test/resources/dev/ticketing/booking/hold/booking-transaction.pgbench.sql
pgbench_batch_script=$root/ticketing-ejb/src/test/resources/dev/ticketing/booking/hold/booking-batch.pgbench.sql
# What the application takes from its in-memory catalogue, given to pgbench as variables.
read -r tier_id tier_price tier_currency <<<"$(psql -X -At -F ' ' -c \
  "SELECT id, price_minor, currency FROM ticket_tier WHERE concert_id = $release_concert AND code = 'HOT'")"
release_tier=(-D concert="$release_concert" -D tier_id="$tier_id" -D tier_price_minor="$tier_price" -D tier_currency="$tier_currency")
pgbench_tier=("${release_tier[@]}")
pgbench_run 64
$smoke || pgbench_run 256
# The batch ceiling books into a tier of its own in an unpublished concert of its own, so that the
# release tier keeps its tickets and the release concert's counts stay as they were.
batch_capacity=$(( duration * 30000 + 50000 )) # a batch of 32 every 2-5 ms per client
read -r batch_concert batch_tier <<<"$(psql -X -At -F ' ' -c "
  WITH c AS (INSERT INTO concert (name, venue, starts_at, published)
             VALUES ('pgbench batches', 'Bench', now() + interval '60 days', false) RETURNING id),
       t AS (INSERT INTO ticket_tier (concert_id, code, display_name, price_minor, currency, capacity, sort_order)
             SELECT id, 'BATCH', 'Batch', $tier_price, '$tier_currency', $batch_capacity, 1 FROM c
             RETURNING concert_id, id)
  SELECT concert_id, id FROM t")"
pgbench_tier=(-D concert="$batch_concert" -D tier_id="$batch_tier" -D tier_price_minor="$tier_price" -D tier_currency="$tier_currency")
# As the application runs them: at most two batches of a tier at once (HoldBatches.BATCHES_AT_ONCE).
pgbench_run 2 32

# === 4. through HTTP ===
http_wanted=false
for scenario in reads book rush overload mixed edits room; do wanted "$scenario" && http_wanted=true; done
# The organiser of the edits scenario: the first organiser account, made at start from these.
bench_admin=bench-organiser@ticketing.example bench_admin_password=bench-organiser-password-1
if [ -z "$url" ] && $http_wanted; then
  # The room's visitors each come from an address of their own, as HAProxy reports it: the loopback
  # is trusted as the proxy so that the waiting room's per-address limit sees them apart.
  start_server big -Dticketing.admin.email="$bench_admin" -Dticketing.admin.password="$bench_admin_password" \
    -Dticketing.http.trusted-proxies=127.0.0.1/32
fi
hot=(-Dbench.hotConcert="$release_concert" -Dbench.hotTier=HOT)
tour=(-Dbench.firstConcert="$first_concert" -Dbench.lastConcert="$last_concert" -Dbench.tiers=VIP,FRONT_ROW,GA,BALCONY)
$http_wanted && warm_up all

big="$tickets_total tickets stored"
for users in 64 256; do
  wanted reads "$users" || continue
  read_storm "read storm GET /robots.txt (the HTTP floor), $big" /robots.txt closed "$users" -
  floor_id=$run_id
  read_storm "read storm GET /health/live, $big" /health/live closed "$users" "$floor_id"
  read_storm "read storm GET /api/tickets, $big" /api/tickets closed "$users" "$floor_id"
done
wanted reads && read_storm "read storm GET /api/tickets, $big" /api/tickets open "$read_rate" -

# The booking request alone, 1 ticket of the release tier: the transaction that pgbench runs, through
# HTTP at the same concurrency.
for users in 64 256; do
  wanted book "$users" || continue
  gatling "book: 1 ticket of the release tier, booking only" RushSimulation closed "$users" "${pgbench_id[$users]}" \
    "${hot[@]}" -Dbench.bookOnly=true -Dbench.mostTickets=1
done

rush_top=-
for users in 64 256; do
  wanted rush "$users" || continue
  gatling "rush: 1-4 tickets of the release tier" RushSimulation closed "$users" "${pgbench_id[$users]}" "${hot[@]}"
  rush_top=$run_id
done
wanted rush && gatling "rush: 1-4 tickets of the release tier" RushSimulation open "$book_rate" - "${hot[@]}"

# Overload: 4 times as many bookers as the biggest rush, each only booking, again and again. The
# server must keep answering: the bookings it admits keep their latency, the rest are shed at once
# with 503, and each user waits the Retry-After it was given before booking again.
crowd=256
$smoke && crowd=64
# Shedding thousands of requests a second runs code that no run before it does (the 503s, Grizzly's
# threads beyond those the rush needs): on a server warm from everything else, the first 10 s of
# overload confirmed 649-806 bookings/s in four tries, the next 10 s 922-1,235. One unreported round
# of it first, as the warm-up does for the rest.
if wanted overload && [ "$warmup" -gt 0 ]; then
  say "warm-up: overload (closed, $((4 * crowd)) users, ${warmup} s, not reported)"
  unreported "$((4 * crowd))" RushSimulation "${hot[@]}" -Dbench.shed=true -Dbench.bookOnly=true
  echo "warm-up (overload): 1 round of ${warmup} s at $((4 * crowd)) users before the overload run" >>"$out/machine.txt"
fi
wanted overload && gatling "overload: 4 times the bookers, booking only" RushSimulation closed "$((4 * crowd))" "$rush_top" \
  "${hot[@]}" -Dbench.shed=true -Dbench.bookOnly=true

for users in 64 256; do
  wanted mixed "$users" || continue
  gatling "mixed: 2-3 tiers of a tour concert" MixedSimulation closed "$users" "${pgbench_id[$users]}" "${tour[@]}"
done
wanted mixed && gatling "mixed: 2-3 tiers of a tour concert" MixedSimulation open "$book_rate" - "${tour[@]}"

# Organiser edits during a rush: the tier being booked renamed every 100 ms by an organiser (each
# edit locks the tier's row). The bookings' p95 must stay within 10 % of the same rush without edits.
# The edit path is warmed first, as the booking path is (an unreported round of bookings while the
# organiser edits): a cold edit costs the server ~30 ms of JIT compilation, a warm one ~4 ms
# (measured 2026-12-07, 1,000-edit rounds on the bench database), and the question here is what an
# edit costs the bookings, not what compiling the organisers' code costs once.
if wanted edits && [ -z "$url" ]; then
  token=$(curl -fs -X POST -H 'Content-Type: application/json' \
    -d "{\"email\":\"$bench_admin\",\"password\":\"$bench_admin_password\"}" "$base/api/auth/token" \
    | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
  [ -n "$token" ] || die "edits: no organiser token"
  editors=()
  start_editor() { # start_editor <log> <pause>: renames the release tier, one line per edit in <log>
    (
      n=0
      while :; do
        n=$((n + 1))
        curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -X PATCH -H "Authorization: Bearer $token" \
          -H 'Content-Type: application/json' -d "{\"displayName\":\"Release $((n % 2))\"}" \
          "$base/api/admin/tiers/$tier_id" >>"$1"
        sleep "$2"
      done
    ) &
    editors+=($!)
  }
  stop_editors() {
    local e
    for e in "${editors[@]}"; do kill "$e" 2>/dev/null || true; wait "$e" 2>/dev/null || true; done
    editors=()
  }
  if [ "$warmup" -gt 0 ]; then # four editors back to back through three unreported rounds of bookings
    : >"$out/runs/edits-warm-up.log"
    for e in 1 2 3 4; do start_editor "$out/runs/edits-warm-up.log" 0; done
    for round in 1 2 3; do
      unreported 64 RushSimulation "${hot[@]}" -Dbench.bookOnly=true -Dbench.mostTickets=1
    done
    stop_editors
    say "edits: warm-up, $(grep -c '^200 ' "$out/runs/edits-warm-up.log" || true) edits during 3 unreported rounds of bookings"
  fi
  gatling "edits: 1 ticket of the release tier, booking only, no edits" RushSimulation closed 64 - \
    "${hot[@]}" -Dbench.bookOnly=true -Dbench.mostTickets=1
  quiet_id=$run_id
  : >"$out/runs/edits.log"
  start_editor "$out/runs/edits.log" 0.1
  gatling "edits: the same while an organiser renames the tier every 100 ms" RushSimulation closed 64 "$quiet_id" \
    "${hot[@]}" -Dbench.bookOnly=true -Dbench.mostTickets=1
  edits_id=$run_id
  stop_editors
  edits_ok=$(grep -c '^200 ' "$out/runs/edits.log" || true)
  edits_all=$(grep -c . "$out/runs/edits.log" || true)
  [ "$edits_ok" -gt 0 ] || die "edits: no organiser edit succeeded (see $out/runs/edits.log)"
  p95_quiet=$(java -cp "$cp_bench" dev.ticketing.bench.ResultsTable --p95 "$runs" "$quiet_id")
  p95_edits=$(java -cp "$cp_bench" dev.ticketing.bench.ResultsTable --p95 "$runs" "$edits_id")
  say "edits: p95 $p95_quiet ms without edits, $p95_edits ms with $edits_ok edits ($(ratio_of "$p95_edits" "$p95_quiet"))"
  echo "edits ($quiet_id, $edits_id): bookings' p95 $p95_quiet ms without organiser edits, $p95_edits ms while an organiser renamed the tier every 100 ms ($edits_ok of $edits_all edits answered 200): $(ratio_of "$p95_edits" "$p95_quiet") of the p95 without" >>"$out/machine.txt"
fi

# A release through the waiting room (issue 25): a concert of $room_tickets tickets whose room lets
# people in at a set rate; $room_arrivals people arrive over $room_seconds s (open model, each from
# its own address as HAProxy would report it), join, poll as told, book 1-2 tickets when let in and
# pay. Then the same release with the room letting in twice what the server books per minute. And
# the memory a waiting person costs the server: places taken in a paused room, heap after a full GC.
if wanted room && [ -z "$url" ]; then
  room_token=$(curl -fs -X POST -H 'Content-Type: application/json' \
    -d "{\"email\":\"$bench_admin\",\"password\":\"$bench_admin_password\"}" "$base/api/auth/token" \
    | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
  [ -n "$room_token" ] || die "room: no organiser token"
  room_set() { # room_set <concert> <json>: the organisers' PUT of the concert's waiting room
    curl -fs -o /dev/null -X PUT -H "Authorization: Bearer $room_token" -H 'Content-Type: application/json' \
      -d "$2" "$base/api/admin/concerts/$1/waiting-room" || die "room: could not set the waiting room of concert $1"
  }
  room_release() { # room_release <label> <admit per minute> <active users>
    local concert tier ticks0 ticks1 polls cpu_polls last_sale last_line first_sold inversions sold
    concert=$(new_concert "$1")
    tier=$(new_tier "$concert" ROOM "$room_tickets" >/dev/null; echo ROOM)
    room_set "$concert" "{\"enabled\":true,\"activeUsers\":$3,\"admitPerMinute\":$2,\"admissionMinutes\":2}"
    ticks0=$(ticks_of "$server_pid")
    local saved_duration=$duration
    duration=$room_seconds
    gatling "$1" ReleaseRoomSimulation open "$(awk -v a="$room_arrivals" -v s="$room_seconds" 'BEGIN {printf "%.0f", a / s}')" - \
      -Dbench.hotConcert="$concert" -Dbench.hotTier=ROOM -Dbench.arrivals="$room_arrivals" \
      -Dbench.arrivalSeconds="$room_seconds"
    duration=$saved_duration
    ticks1=$(ticks_of "$server_pid")
    cat "$out/runs/$run_id-room.txt" | sed "s/^/         $run_id room: /"
    polls=$(sed -n 's/.*polls=\([0-9]*\).*/\1/p' "$out/runs/$run_id-room.txt")
    cpu_polls=$(awk -v t=$((ticks1 - ticks0)) -v p="$polls" -v hz="$(getconf CLK_TCK)" \
      'BEGIN {printf "%.0f", (p > 0 ? t * 1000 / hz / p * 1000 : 0)}')
    last_line=$(sed -n 's/.*last_in_line_answer_ms=\([0-9]*\).*/\1/p' "$out/runs/$run_id-room.txt")
    first_sold=$(sed -n 's/.*first_sold_out_ms=\([0-9]*\).*/\1/p' "$out/runs/$run_id-room.txt")
    read -r sold last_sale <<<"$(psql -X -At -F' ' -c "
      SELECT count(*) FILTER (WHERE k.booking_id IS NOT NULL),
             coalesce((extract(epoch FROM max(b.created_at)) * 1000)::bigint, 0)
      FROM ticket k JOIN ticket_tier t ON t.id = k.tier_id LEFT JOIN booking b ON b.id = k.booking_id
      WHERE t.concert_id = $concert")"
    # Places given after the opening: in order of arrival (the sequence), never one let in before a
    # place ahead of it.
    inversions=$(psql -X -At -c "
      SELECT count(*) FILTER (WHERE position < ahead_max) FROM (
        SELECT position, max(position) OVER (ORDER BY id ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS ahead_max
        FROM waiting_place WHERE concert_id = $concert AND position IS NOT NULL) p")
    say "$1: $sold of $room_tickets sold; server CPU $cpu_polls ms per 1,000 requests of the room's run ($polls polls); arrival-order inversions $inversions; last WAITING/ADMITTED answer $(( last_line - last_sale )) ms after the last sale, first SOLD_OUT $(( first_sold > 0 ? first_sold - last_sale : -1 )) ms after it"
    echo "$1 ($run_id): $(tr '\n' ' ' <"$out/runs/$run_id-room.txt")sold=$sold/$room_tickets inversions=$inversions last_in_line_after_last_sale_ms=$(( last_line - last_sale )) server_cpu_ms_per_1000_room_requests=$cpu_polls" >>"$out/machine.txt"
  }
  # First (the server fresh from its warm-up, nothing left over from a release) what waiting costs: $room_arrivals people join a paused room over $room_wait_arrival s and each waits $room_wait s in it,
  # polling as told (every ~10 s while paused), as a crowd waits for a sale that has not moved yet. The
  # server's CPU per 1,000 polls over a window with no joins in it (all have joined, none has left), then
  # the live heap per waiting person (class histogram after a full GC) against the same before.
  concert=$(new_concert "Room memory")
  new_tier "$concert" ROOM 1000 >/dev/null
  room_set "$concert" '{"enabled":true,"activeUsers":1,"admitPerMinute":1,"admissionMinutes":2}'
  curl -fs -o /dev/null -X POST -H "Authorization: Bearer $room_token" "$base/api/admin/concerts/$concert/waiting-room/pause" \
    || die "room: could not pause the memory room"
  # The live objects' bytes, as the class histogram counts them after the full GC it runs (the heap's
  # "used" figure also counts garbage a collection left for later, and moved by megabytes).
  heap() { jcmd "$server_pid" GC.class_histogram | awk '/^Total/ {printf "%.0f", $3 / 1024}'; }
  heap_before=$(heap)
  now_ms() { date +%s%3N; }
  sleep_until_ms() { local left=$(( $1 - $(now_ms) )); [ "$left" -le 0 ] || sleep "$(awk -v l="$left" 'BEGIN {printf "%.3f", l / 1000}')"; }
  # All have joined by Gatling's start (a few seconds) plus the arrivals; none leaves before the wait.
  wait_started=$(now_ms)
  window_from=$(( wait_started + (room_wait_arrival + 10) * 1000 )) window_to=$(( wait_started + (room_wait - 3) * 1000 ))
  window_seconds=$(( room_wait - 3 - room_wait_arrival - 10 ))
  java "${gatling_jvm[@]}" -Dbench.baseUrl="$base" -Dbench.hotConcert="$concert" -Dbench.hotTier=ROOM \
    -Dbench.arrivals="$room_arrivals" -Dbench.arrivalSeconds="$room_wait_arrival" -Dbench.waitSeconds="$room_wait" \
    -Dbench.countPollsFrom="$window_from" -Dbench.countPollsUntil="$window_to" -Dbench.outcomes="$out/runs/room-wait" \
    io.gatling.app.Gatling --simulation dev.ticketing.bench.ReleaseRoomSimulation \
    --results-folder "$out/gatling/room-memory" --no-reports >"$out/logs/room-memory-gatling.log" 2>&1 &
  waiting_run=$!
  sleep_until_ms "$window_from"; window_ticks0=$(ticks_of "$server_pid")
  sleep_until_ms "$window_to"; window_ticks1=$(ticks_of "$server_pid")
  waiting=$(psql -X -At -c "SELECT count(*) FROM waiting_place WHERE concert_id = $concert")
  heap_after=$(heap) # while they still wait (the first leave a few seconds later)
  wait "$waiting_run" || die "room memory: Gatling failed (see $out/logs/room-memory-gatling.log)"
  counted=$(sed -n 's/.*polls_counted=\([0-9]*\).*/\1/p' "$out/runs/room-wait-room.txt")
  cpu_per_1000_polls=$(awk -v t=$((window_ticks1 - window_ticks0)) -v p="${counted:-0}" -v hz="$(getconf CLK_TCK)" \
    'BEGIN {printf "%.0f", (p > 0 ? t * 1000 / hz / p * 1000 : 0)}')
  say "room waiting: $waiting people waiting in a paused room: $counted polls in $window_seconds s with no joins ($(( ${counted:-0} / window_seconds ))/s), server CPU $cpu_per_1000_polls ms per 1,000 polls"
  per_person=$(awk -v a="$heap_after" -v b="$heap_before" -v n="$waiting" 'BEGIN {printf "%.0f", (n > 0 ? (a - b) * 1024 / n : 0)}')
  say "room memory: $waiting people waiting in a paused room: live heap $heap_before KiB -> $heap_after KiB (class histogram after a full GC), $per_person bytes per person"
  echo "room waiting: $waiting people waiting (paused room), $counted polls in a $window_seconds s window without joins, server CPU $cpu_per_1000_polls ms per 1,000 polls; live heap (class histogram) $heap_before -> $heap_after KiB: $per_person bytes per waiting person" >>"$out/machine.txt"

  room_release "room: $room_arrivals people in ${room_seconds} s for $room_tickets tickets, let in at 3,000 a minute" 3000 1000
  room_release "room: the same, let in at twice what the server books ($room_fast_rate a minute), at most 50 inside" "$room_fast_rate" 50

fi

if [ -z "$url" ]; then stop_server; fi

# === 5. a tier sold whole on a fresh database ===
# A new deployment's first sale: a fresh database whose statistics say its booking tables are empty,
# one tier sold whole by 64 bookers of 1 ticket each. The booking rate must hold to the last ticket:
# the rate of each tenth of the tier (from the bookings' times, read from the database afterwards) is
# set against the first tenth's.
if wanted sellout && [ -z "$url" ]; then
  sellout_capacity=150000 sellout_seconds=240
  $smoke && sellout_capacity=5000 sellout_seconds=15
  sellout_db=${db_name}_sellout
  use_database "$sellout_db"
  start_server sellout # migrates the fresh database
  read -r sellout_concert sellout_tier <<<"$(psql -X -At -F ' ' -c "
    WITH c AS (INSERT INTO concert (name, venue, starts_at, published)
               VALUES ('Sell-out', 'Bench', now() + interval '30 days', true) RETURNING id),
         t AS (INSERT INTO ticket_tier (concert_id, code, display_name, price_minor, currency, capacity, sort_order)
               SELECT id, 'ALL', 'All', 5000, 'USD', $sellout_capacity, 1 FROM c RETURNING concert_id, id)
    SELECT concert_id, id FROM t")"
  sql -c "ANALYZE booking, booking_item, ticket" # statistics as a fresh deployment's
  saved_duration=$duration
  duration=$sellout_seconds
  gatling "sell-out: a tier of $sellout_capacity sold whole, fresh database" RushSimulation closed 64 - \
    -Dbench.hotConcert="$sellout_concert" -Dbench.hotTier=ALL -Dbench.bookOnly=true -Dbench.mostTickets=1
  duration=$saved_duration
  tenths=$(psql -X -At -F ' ' -c "
    WITH sold AS (SELECT b.created_at AS at, i.quantity AS q FROM booking b
                  JOIN booking_item i ON i.booking_id = b.id
                  WHERE i.tier_id = $sellout_tier AND b.status IN ('HELD', 'CONFIRMED')),
         running AS (SELECT at, sum(q) OVER (ORDER BY at ROWS UNBOUNDED PRECEDING) AS upto FROM sold),
         tenth AS (SELECT least(10, greatest(1, ceil(upto * 10.0 / $sellout_capacity)))::int AS n,
                          count(*) AS tickets, min(at) AS first, max(at) AS last
                   FROM running GROUP BY 1)
    SELECT n, round(tickets / greatest(extract(epoch FROM last - coalesce(lag(last) OVER (ORDER BY n), first)), 0.001))
    FROM tenth ORDER BY n")
  sold=$(psql -X -At -c "SELECT count(*) FROM ticket WHERE tier_id = $sellout_tier AND booking_id IS NOT NULL")
  per_tenth=$(printf '%s\n' "$tenths" | awk '{printf "%s%s", sep, $2; sep=" "}')
  first_tenth=$(printf '%s\n' "$tenths" | awk 'NR == 1 {print $2}')
  last_tenth=$(printf '%s\n' "$tenths" | awk 'END {print $2}')
  ratio=$(awk -v a="$last_tenth" -v b="$first_tenth" 'BEGIN {printf "%.2f", (b > 0 ? a / b : 0)}')
  say "sell-out: $sold of $sellout_capacity sold; bookings/s per tenth of the tier: $per_tenth; last tenth / first: $ratio"
  echo "sell-out ($run_id): $sold of $sellout_capacity tickets sold by 64 bookers on a fresh database; bookings/s per tenth of the tier: $per_tenth; the last tenth at $ratio of the first" >>"$out/machine.txt"
  stop_server
  main_database
fi

# === 6. a cold start: the first seconds after ready ===
# An instance started before a sale, or added under load, must book at the warm rate from the moment
# /health/ready says UP. Twice, on the big catalogue: the server started without its warm-up
# (ticketing.warm-up.max-seconds=0) and as the README starts it; each time 64 bookers of 1 ticket rush
# a fresh tier as soon as it is ready. After the second, the same server, now warm, books another
# fresh tier for as long: the reference.
if wanted coldstart && [ -z "$url" ]; then
  cold_seconds=30
  $smoke && cold_seconds=5
  cold_capacity=$(( cold_seconds * 8000 + 20000 ))
  cold_off=$(new_tier "$release_concert" COLD_OFF "$cold_capacity")
  cold_on=$(new_tier "$release_concert" COLD_ON "$cold_capacity")
  warm_tier=$(new_tier "$release_concert" WARM "$cold_capacity")
  start_server cold-off -Dticketing.warm-up.max-seconds=0
  ready_off=$ready_seconds
  book_run "cold start: the first $cold_seconds s after ready, warm-up off" "$release_concert" COLD_OFF "$cold_seconds"
  cold_off_id=$run_id
  stop_server
  start_server cold-on
  ready_on=$ready_seconds
  book_run "cold start: the first $cold_seconds s after ready, as the README starts it" "$release_concert" COLD_ON "$cold_seconds"
  cold_on_id=$run_id
  warm_book_run "warm: the same server after its cold start, a fresh tier" "$release_concert" WARM "$cold_seconds"
  warm_id=$run_id
  stop_server
  off_rate=$(rate_of "$cold_off_id") on_rate=$(rate_of "$cold_on_id") warm_rate=$(rate_of "$warm_id")
  say "cold start: ready in $ready_off s without the warm-up, $ready_on s with it; bookings/s in the first $cold_seconds s: $off_rate without, $on_rate with; warm $warm_rate"
  echo "cold start ($cold_off_id, $cold_on_id, $warm_id): start to ready $ready_off s without the warm-up, $ready_on s with it (as the README starts it); the first $cold_seconds s after ready booked $off_rate/s without it ($(ratio_of "$off_rate" "$warm_rate") of warm) and $on_rate/s with it ($(ratio_of "$on_rate" "$warm_rate") of warm); warm $warm_rate/s" >>"$out/machine.txt"
fi

# === 7. whatever is stored: a tier after 5,000,000 tickets ===
# The same server, whose connections planned the booking statements while the tables were empty:
# 64 bookers book a tier of an empty database; then 5,000,000 tickets (30-70 % sold) are loaded
# beside it, with no ANALYZE by the loader (as after a restore, or where autovacuum lags), and a tier
# created after them is booked the same way.
if wanted volume && [ -z "$url" ]; then
  volume_seconds=30 volume_scale=5
  $smoke && volume_seconds=5 volume_scale=0.1
  volume_db=${db_name}_volume
  use_database "$volume_db"
  volume_capacity=$(( volume_seconds * 8000 + 20000 ))
  start_server volume # migrates the fresh database
  empty_concert=$(new_concert "Empty database")
  new_tier "$empty_concert" EMPTY "$volume_capacity" >/dev/null
  warm_book_run "volume: a tier of an empty database" "$empty_concert" EMPTY "$volume_seconds"
  empty_id=$run_id
  say "volume: loading $(awk "BEGIN {print int(5000 * $volume_scale * 200)}") tickets beside it (no ANALYZE), the server running"
  load_start=$(date +%s)
  loaded=$(sql -At -v concerts=200 -v scale="$volume_scale" -v hot_capacity=1000 -v skip_analyse=1 \
    -f "$bench/src/main/sql/catalogue.sql" 2>&1) || { printf '%s\n' "$loaded" >&2; die "loading the volume catalogue"; }
  stored=$(psql -X -At -c "SELECT count(*) FROM ticket")
  say "volume: $stored tickets stored, loaded in $(($(date +%s) - load_start)) s"
  later_concert=$(new_concert "After the volume")
  new_tier "$later_concert" LATER "$volume_capacity" >/dev/null
  warm_book_run "volume: a tier created after $stored tickets" "$later_concert" LATER "$volume_seconds"
  later_id=$run_id
  stop_server
  empty_rate=$(rate_of "$empty_id") later_rate=$(rate_of "$later_id")
  say "volume: $empty_rate bookings/s in the empty database, $later_rate after $stored tickets ($(ratio_of "$later_rate" "$empty_rate"))"
  echo "volume ($empty_id, $later_id): one server, its connections from the start; a tier of the empty database booked $empty_rate/s, a tier created after $stored tickets (loaded without ANALYZE) $later_rate/s: $(ratio_of "$later_rate" "$empty_rate") of the empty database's" >>"$out/machine.txt"
  main_database
fi

# === 8. the table ===
echo "run: bench/run.sh${args[*]:+ ${args[*]}}: ${duration} s per run after a ${ramp} s ramp, $(date -u '+%F %H:%M UTC'), $(($(date +%s) - started)) s in all" >>"$out/machine.txt"
java -cp "$cp_bench" dev.ticketing.bench.ResultsTable "$runs" "$out/machine.txt" "$out/results.md"
say "charts: $out/charts/bookings-per-second.svg, p95.svg, load.svg"
if $publish; then
  mkdir -p "$root/docs/performance"
  cp "$out/results.md" "$root/docs/performance/latest-results.md"
  cp "$out/charts/bookings-per-second.svg" "$out/charts/p95.svg" "$out/charts/load.svg" "$root/docs/performance/"
  say "published: docs/performance/latest-results.md and the three charts beside it (commit them with the run's figures in docs/performance.md)"
fi
say "done in $(($(date +%s) - started)) s; table in $out/results.md, Gatling reports: $out/gatling/r*/*/index.html"
