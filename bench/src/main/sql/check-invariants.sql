-- The database after a load run: fails (psql exits non-zero) if an invariant broke.
--   psql -v booked=<run>-booked.tsv -v refused=<run>-refused.tsv -f check-invariants.sql
-- booked: every 201 the run got (booking id, concert id, TIER:q,... in tier order);
-- refused: every 409 (concert id, tier, requested, available as answered). See BookingOutcomes.
--
-- Invariants, each of which fails the run:
--   * every tier has exactly `capacity` ticket rows, and no more sold than that (not oversold);
--   * every tier's sold ticket rows equal the quantities of its booking items;
--   * every 201 answered is a committed booking of that concert, HELD (the booking answers) or
--     CONFIRMED, whose items are what was asked, each owning exactly its quantity of tickets; no
--     booking id was answered twice. ("sold" below counts held tickets too: not available.)
-- Counted, not failed: false "sold out", a 409 for a quantity that the tier still had at the end
-- (stock only goes down during a run, so it had them when it refused).
\set ON_ERROR_STOP on
\pset footer off

CREATE TEMP TABLE answered (booking_id uuid, concert_id bigint, items text);
CREATE TEMP TABLE refused (concert_id bigint, tier text, requested int, available int);
\set load_answered '\\copy answered FROM ' :'booked'
:load_answered
\set load_refused '\\copy refused FROM ' :'refused'
:load_refused

CREATE TEMP TABLE tier_state AS
SELECT t.id, t.concert_id, t.code, t.capacity,
       coalesce(k.rows, 0) AS rows, coalesce(k.sold, 0) AS sold, coalesce(i.quantity, 0) AS items
FROM ticket_tier t
LEFT JOIN (SELECT tier_id, count(*) AS rows, count(booking_id) AS sold FROM ticket GROUP BY tier_id) k
       ON k.tier_id = t.id
LEFT JOIN (SELECT bi.tier_id, sum(bi.quantity) AS quantity FROM booking_item bi
           JOIN booking b ON b.id = bi.booking_id AND b.status IN ('HELD', 'CONFIRMED')
           GROUP BY bi.tier_id) i
       ON i.tier_id = t.id;

CREATE TEMP TABLE answered_state AS
SELECT a.booking_id, a.concert_id, a.items AS asked, b.concert_id AS booked_concert, b.status,
       (SELECT string_agg(t.code || ':' || bi.quantity, ',' ORDER BY t.code)
        FROM booking_item bi JOIN ticket_tier t ON t.id = bi.tier_id
        WHERE bi.booking_id = a.booking_id) AS items,
       (SELECT count(*) FROM booking_item bi
        WHERE bi.booking_id = a.booking_id
          AND bi.quantity <> (SELECT count(*) FROM ticket k
                              WHERE k.booking_id = bi.booking_id AND k.tier_id = bi.tier_id)) AS short_items
FROM answered a LEFT JOIN booking b ON b.id = a.booking_id;

SELECT
  (SELECT count(*) FROM tier_state WHERE rows <> capacity) AS tiers_wrong_rows,
  (SELECT count(*) FROM tier_state WHERE sold > capacity) AS tiers_oversold,
  (SELECT count(*) FROM tier_state WHERE sold <> items) AS tiers_sold_not_booked,
  (SELECT count(*) FROM answered_state WHERE status IS NULL) AS answered_missing,
  (SELECT count(*) FROM answered_state
   WHERE status IS NOT NULL AND (status NOT IN ('HELD', 'CONFIRMED') OR booked_concert <> concert_id
                                 OR items IS DISTINCT FROM asked OR short_items > 0)) AS answered_wrong,
  (SELECT count(*) - count(DISTINCT booking_id) FROM answered) AS answered_twice,
  (SELECT count(*) FROM answered) AS answered,
  (SELECT count(*) FROM refused) AS refused,
  (SELECT count(*) FROM refused r JOIN tier_state t ON t.concert_id = r.concert_id AND t.code = r.tier
   WHERE r.requested <= t.capacity - t.sold) AS false_sold_out,
  (SELECT string_agg(code || ' ' || (capacity - sold) || ' of ' || capacity, ', ')
   FROM tier_state WHERE code = 'HOT') AS hot_left
\gset

\echo invariants: answered=:answered refused=:refused false_sold_out=:false_sold_out tiers_oversold=:tiers_oversold tiers_wrong_rows=:tiers_wrong_rows tiers_sold_not_booked=:tiers_sold_not_booked answered_missing=:answered_missing answered_wrong=:answered_wrong answered_twice=:answered_twice hot_left: :hot_left

SELECT :tiers_wrong_rows + :tiers_oversold + :tiers_sold_not_booked
       + :answered_missing + :answered_wrong + :answered_twice > 0 AS broken
\gset
\if :broken
  SELECT id, concert_id, code, capacity, rows, sold, items FROM tier_state
  WHERE rows <> capacity OR sold > capacity OR sold <> items LIMIT 20;
  SELECT booking_id, concert_id, asked, booked_concert, status, items, short_items FROM answered_state
  WHERE status IS NULL OR status NOT IN ('HELD', 'CONFIRMED') OR booked_concert <> concert_id
     OR items IS DISTINCT FROM asked OR short_items > 0 LIMIT 20;
  DO $$ BEGIN RAISE EXCEPTION 'invariant broken (see the counts and rows above)'; END $$;
\endif
