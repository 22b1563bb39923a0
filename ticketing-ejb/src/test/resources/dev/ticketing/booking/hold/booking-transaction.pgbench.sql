-- The booking transaction (BookingAttempt, ClaimMode.SKIP_LOCKED: a new booking HELD for 10 minutes) for one ticket of one tier, as a
-- pgbench script: the statements the application sends, in its order, as PostgreSQL's statement log
-- shows them (ALTER DATABASE … SET log_statement = 'all', one booking, compare). bench/run.sh runs it
-- for the database's ceiling:
--   pgbench -n -M extended -c 64 -j 2 -T 20 -D concert=<id> -D tier_id=<id> -D tier_price_minor=<cents> \
--           -D tier_currency=USD -f booking-transaction.pgbench.sql ticketing_bench
-- The one statement is BookingInsert.sql(1, SKIP_LOCKED): the booking, its item and the claim of its
-- ticket. BookingTransactionScriptTest keeps the two equal, its parameters replaced as follows. The
-- application takes the concert and the tier (id, price, currency) from its in-memory catalogue, with
-- no query: here they are pgbench variables. It makes the booking id (a random UUID) and the times
-- in Java: here the database does, from a random number (md5 of it is 32 hex digits, a uuid), and
-- now(). A booking made without logging in has no user reference and no owner: NULL. The claim floor
-- (TicketStock.floor, the tier's lowest unsold ticket id as the application last looked it up) is 0
-- here: each claim starts at the tier's first ticket. Not here: the
-- connection pool's own validation query ("SELECT 1").
-- Isolation: the database's default, READ COMMITTED, as in the application.

\set booking_seed random(1, 9223372036854775806)
BEGIN;
WITH new_booking AS (INSERT INTO booking (id, concert_id, user_ref, owner_id, status, created_at,
  expires_at, total_minor, currency) VALUES (CAST(md5(:client_id || '-' || :booking_seed) AS uuid), :concert,
  CAST(NULL AS text), CAST(NULL AS bigint), 'HELD', now(), now() + interval '600 seconds', :tier_price_minor,
  :tier_currency) RETURNING id),
  new_items AS (INSERT INTO booking_item (booking_id, tier_id, quantity, unit_price_minor)
  VALUES ((SELECT id FROM new_booking), :tier_id, 1, :tier_price_minor)),
  picked AS (SELECT id FROM ticket WHERE tier_id = :tier_id AND booking_id IS NULL AND id >= 0 ORDER BY id
  LIMIT 1 FOR UPDATE SKIP LOCKED)
  UPDATE ticket SET booking_id = (SELECT id FROM new_booking) FROM picked WHERE ticket.id = picked.id;
COMMIT;
