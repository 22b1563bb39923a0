-- The official postgres image runs this once, when it creates its data directory
-- (docker-compose.yml mounts it into /docker-entrypoint-initdb.d): the application's runtime role,
-- which may only read and write rows (see create-role-and-databases.sql).
CREATE ROLE ticketing_app LOGIN PASSWORD 'ticketing_app';
