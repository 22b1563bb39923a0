#!/usr/bin/env bash
# The official postgres image runs this once, when it creates its data directory
# (docker-compose.yml mounts it into /docker-entrypoint-initdb.d): the application's runtime role,
# which may only read and write rows (see create-role-and-databases.sql), with the password from
# TICKETING_DB_PASSWORD (no default: the compose file refuses to start without it).
: "${TICKETING_DB_PASSWORD:?the runtime role ticketing_app needs TICKETING_DB_PASSWORD}"
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v app_password="$TICKETING_DB_PASSWORD" <<'SQL'
CREATE ROLE ticketing_app LOGIN PASSWORD :'app_password';
SQL
