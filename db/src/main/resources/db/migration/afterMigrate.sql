-- Runs after every migration, as the schema's owner (ticketing.db.migration-user): the application's
-- runtime role (ticketing.db.user, here ${app_role}) may read and write rows and use sequences, and
-- nothing more: it cannot create, alter or drop anything, nor read Flyway's history. Idempotent.
-- Nothing to grant when the runtime role is the owner itself (a single-role setup).
DO $$
BEGIN
    IF '${app_role}' <> current_user AND EXISTS (SELECT FROM pg_roles WHERE rolname = '${app_role}') THEN
        EXECUTE format('GRANT USAGE ON SCHEMA public TO %I', '${app_role}');
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %I', '${app_role}');
        EXECUTE format('REVOKE ALL ON flyway_schema_history FROM %I', '${app_role}');
        EXECUTE format('GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO %I', '${app_role}');
        -- The one function the runtime role may call: it refreshes the planner's statistics (V5).
        EXECUTE format('GRANT EXECUTE ON FUNCTION refresh_booking_statistics(bigint, double precision) TO %I', '${app_role}');
    END IF;
END
$$;
