-- The booking transaction (BookingAttempt, ClaimMode.SKIP_LOCKED) for one ticket of one tier, as a
-- pgbench script: the statements the application sends, in its order, as PostgreSQL's statement log
-- shows them. bench/run.sh runs it for the database's ceiling:
--   pgbench -n -M extended -D concert=<concert id> -D tier_code=HOT -c 64 -j 2 -T 20 \
--           -f booking-transaction.pgbench.sql ticketing_bench
-- BookingTransactionScriptTest keeps the claim equal to TicketStock.claimSql(SKIP_LOCKED); the other
-- statements are EclipseLink's for Concert.find, TicketTier.BY_CODES and persisting Booking with one
-- BookingItem. Not here: the pool's "SELECT 1" before each of the application's three connection
-- check-outs. Isolation: the database's default, READ COMMITTED, as in the application.

-- The reads come before the first write, outside the transaction, as the application's do.
SELECT ID, NAME, starts_at, VENUE FROM concert WHERE (ID = :concert);
SELECT ID, CAPACITY, CODE, CURRENCY, display_name, price_minor, sort_order, concert_id
  FROM ticket_tier WHERE ((concert_id = :concert) AND (CODE IN (:tier_code)))
\gset tier_

BEGIN;
-- The application makes the booking id in Java (a random UUID); here the database does.
INSERT INTO booking (ID, created_at, CURRENCY, STATUS, total_minor, user_ref, concert_id)
  VALUES (gen_random_uuid(), now(), :tier_currency, 'CONFIRMED', :tier_price_minor, NULL, :concert)
  RETURNING ID AS id
\gset booking_
INSERT INTO booking_item (QUANTITY, unit_price_minor, booking_id, tier_id)
  VALUES (1, :tier_price_minor, :booking_id, :tier_id);
-- EclipseLink reads the item's identity back.
select lastval();
-- The claim: TicketStock.claimSql(ClaimMode.SKIP_LOCKED) with ?1 = :tier_id, ?2 = 1, ?3 = :booking_id.
WITH picked AS (SELECT id FROM ticket WHERE tier_id = :tier_id AND booking_id IS NULL
  ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED) UPDATE ticket SET booking_id = CAST(:booking_id AS uuid)
  FROM picked WHERE ticket.id = picked.id;
COMMIT;
