-- The booking transaction (BookingAttempt, ClaimMode.SKIP_LOCKED: a new booking HELD for 10 minutes) for one ticket of one tier, as a
-- pgbench script: the statements the application sends, in its order, as PostgreSQL's statement log
-- shows them (ALTER DATABASE … SET log_statement = 'all', one booking, compare). bench/run.sh runs it
-- for the database's ceiling:
--   pgbench -n -M extended -c 64 -j 2 -T 20 -D concert=<id> -D tier_id=<id> -D tier_price_minor=<cents> \
--           -D tier_currency=USD -f booking-transaction.pgbench.sql ticketing_bench
-- BookingTransactionScriptTest keeps the claim equal to TicketStock.claimSql(SKIP_LOCKED); the other
-- statements are EclipseLink's for persisting a Booking with one BookingItem. The application takes
-- the concert and the tier (id, price, currency) from its in-memory catalogue, with no query: here
-- they are pgbench variables. Not here: the connection pool's own validation query ("SELECT 1").
-- Isolation: the database's default, READ COMMITTED, as in the application.

BEGIN;
-- The application makes the booking id in Java (a random UUID); here the database does.
INSERT INTO booking (ID, concert_id, confirmed_at, created_at, CURRENCY, ended_at, expires_at, STATUS,
  total_minor, user_ref)
  VALUES (gen_random_uuid(), :concert, NULL, now(), :tier_currency, NULL, now() + interval '600 seconds',
  'HELD', :tier_price_minor, NULL)
  RETURNING ID AS id
\gset booking_
INSERT INTO booking_item (QUANTITY, tier_id, unit_price_minor, booking_id)
  VALUES (1, :tier_id, :tier_price_minor, :booking_id);
-- EclipseLink reads the item's identity back.
select lastval();
-- The claim: TicketStock.claimSql(ClaimMode.SKIP_LOCKED) with ?1 = :tier_id, ?2 = 1, ?3 = :booking_id.
WITH picked AS (SELECT id FROM ticket WHERE tier_id = :tier_id AND booking_id IS NULL
  ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED) UPDATE ticket SET booking_id = CAST(:booking_id AS uuid)
  FROM picked WHERE ticket.id = picked.id;
COMMIT;
