#!/usr/bin/env bash
# Makes sure the machine's PostgreSQL runs and holds the project's role and database.
# Idempotent. Used by .ci/run; a newcomer with a local PostgreSQL runs it once.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
host=${PGHOST:-127.0.0.1}
port=${PGPORT:-5432}
superuser=${PGSUPERUSER:-postgres}

if ! pg_isready -q -h "$host" -p "$port"; then
  if command -v pg_ctlcluster >/dev/null && [ -d /etc/postgresql ]; then
    echo "starting PostgreSQL..."
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -n1)" main start
  fi
  for _ in $(seq 1 30); do pg_isready -q -h "$host" -p "$port" && break; sleep 1; done
fi
pg_isready -h "$host" -p "$port"
psql -q -h "$host" -p "$port" -U "$superuser" -d postgres -v ON_ERROR_STOP=1 -f "$here/create-role-and-databases.sql"
echo "PostgreSQL at $host:$port has roles 'ticketing' (owner, migrations) and 'ticketing_app' (the running application) and database 'ticketing'"
