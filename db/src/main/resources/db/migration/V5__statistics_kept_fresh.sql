-- The booking path's plans must not depend on when the planner's statistics were last refreshed.
-- A plan that a connection cached while a table was small (a foreign-key check planned when
-- booking_item was empty is a sequential scan) stays cached until the table's statistics change,
-- and a sequential scan of a table that has since grown to a million rows costs milliseconds per
-- check. Autovacuum refreshes statistics in production; where it lags or is off, the application
-- asks for it itself, through this function: it analyses each booking table that changed by more
-- than min_changes rows and by more than the given fraction of its size since it was last
-- analysed. ANALYZE needs the table's owner, so the function runs as its owner (SECURITY DEFINER)
-- with a fixed search_path; it does nothing else. An analysed table's cached plans are made again in
-- every session. One caller at a time: a second caller in the meantime returns at once.
CREATE FUNCTION refresh_booking_statistics(min_changes bigint, fraction double precision)
    RETURNS SETOF text
    LANGUAGE plpgsql
    SECURITY DEFINER
    SET search_path FROM CURRENT
AS $$
DECLARE
    stale record;
BEGIN
    IF NOT pg_try_advisory_xact_lock(hashtext('refresh_booking_statistics')) THEN
        RETURN;
    END IF;
    FOR stale IN
        SELECT s.relid::regclass AS tab
        FROM pg_stat_user_tables s
        JOIN pg_class c ON c.oid = s.relid
        WHERE s.relid IN ('booking'::regclass, 'booking_item'::regclass, 'ticket'::regclass,
                          'payment'::regclass, 'idempotency_key'::regclass)
          AND s.n_mod_since_analyze >= greatest(min_changes, fraction * greatest(c.reltuples, 0))
    LOOP
        EXECUTE format('ANALYZE %s', stale.tab);
        RETURN NEXT stale.tab::text;
    END LOOP;
END
$$;
REVOKE ALL ON FUNCTION refresh_booking_statistics(bigint, double precision) FROM PUBLIC;
