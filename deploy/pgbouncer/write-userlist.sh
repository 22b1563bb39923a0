#!/usr/bin/env bash
# Writes PgBouncer's user list (auth_file) to FILE, readable by its owner only: the runtime role
# (TICKETING_DB_USER, default ticketing_app) with its password from TICKETING_DB_PASSWORD, which has
# no default. PgBouncer checks the instances' logins against it (scram-sha-256) and logs in to
# PostgreSQL with the same password. Run at each start by the pooler's image, deploy/topology.sh and
# the scale-out test; the list is never committed.
# Usage: TICKETING_DB_PASSWORD=... deploy/pgbouncer/write-userlist.sh FILE
set -euo pipefail
file=${1:?usage: write-userlist.sh FILE}
user=${TICKETING_DB_USER:-ticketing_app}
: "${TICKETING_DB_PASSWORD:?set TICKETING_DB_PASSWORD, the password of the runtime role $user}"
# In the list a double quote inside a quoted field is written twice.
umask 077
printf '"%s" "%s"\n' "${user//\"/\"\"}" "${TICKETING_DB_PASSWORD//\"/\"\"}" >"$file"
