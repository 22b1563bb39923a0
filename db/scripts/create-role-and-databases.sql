-- Creates the application's own roles and databases. Idempotent: safe to run again.
-- Run as a superuser:  psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -f db/scripts/create-role-and-databases.sql
--
-- Two roles, least privilege:
--   ticketing      owns the databases and the schema; migrations (Flyway) run as this role
--                  (ticketing.db.migration-user). Not a superuser; CREATEDB lets the integration
--                  tests make a fresh database per run.
--   ticketing_app  what the running application connects as (ticketing.db.user): it reads and writes
--                  rows and cannot create, alter or drop anything. Its grants are given by the
--                  migration itself (db/migration/afterMigrate.sql), on every table there is.
SELECT 'CREATE ROLE ticketing LOGIN CREATEDB PASSWORD ''ticketing'''
WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ticketing') \gexec

SELECT 'CREATE ROLE ticketing_app LOGIN PASSWORD ''ticketing_app'''
WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ticketing_app') \gexec

SELECT 'CREATE DATABASE ticketing OWNER ticketing'
WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'ticketing') \gexec
