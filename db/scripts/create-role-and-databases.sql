-- Creates the application's own role and databases. Idempotent: safe to run again.
-- Run as a superuser:  psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -f db/scripts/create-role-and-databases.sql
-- The role is not a superuser; CREATEDB lets the integration tests make a fresh database per run.
SELECT 'CREATE ROLE ticketing LOGIN CREATEDB PASSWORD ''ticketing'''
WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ticketing') \gexec

SELECT 'CREATE DATABASE ticketing OWNER ticketing'
WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'ticketing') \gexec
