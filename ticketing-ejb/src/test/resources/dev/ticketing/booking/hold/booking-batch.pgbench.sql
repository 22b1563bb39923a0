-- A batch of bookings held together (HoldBatches, BookingAttempt.claimTogether): :batch new bookings
-- of one ticket of one tier, HELD (for a day, so that none expires while the benchmark runs), in one
-- statement and one commit, as the application
-- groups the bookings of a tier that arrive together. bench/run.sh runs it beside the one-booking
-- script for the ceiling of bookings grouped as the application groups them:
--   pgbench -n -M prepared -c 64 -j 2 -T 20 -D batch=32 -D concert=<id> -D tier_id=<id> \
--           -D tier_price_minor=<cents> -D tier_currency=USD -f booking-batch.pgbench.sql ticketing_bench
-- The statement is BookingInsert.BATCH_SQL; BookingTransactionScriptTest keeps the two equal, its
-- array parameters replaced by the arrays the database makes here: booking ids from random numbers,
-- no user references and no owners (anonymous bookings), the times from now(), one ticket each at
-- the tier's price; the claim floor 0 (each claim starts at the tier's first ticket).

\set booking_seed random(1, 9223372036854775806)
BEGIN;
WITH wanted AS (SELECT * FROM unnest(CAST(CAST((SELECT array_agg(md5(:client_id || '-' || :booking_seed
  || '-' || g)) FROM generate_series(1, CAST(:batch AS integer)) g) AS text[]) AS uuid[]),
  CAST((SELECT array_agg(CAST(NULL AS text)) FROM generate_series(1, CAST(:batch AS integer))) AS text[]),
  CAST((SELECT array_agg(CAST(NULL AS bigint)) FROM generate_series(1, CAST(:batch AS integer))) AS bigint[]),
  CAST(CAST((SELECT array_agg(CAST(now() AS text)) FROM generate_series(1, CAST(:batch AS integer))) AS text[])
  AS timestamptz[]), CAST(CAST((SELECT array_agg(CAST(now() + interval '1 day' AS text)) FROM
  generate_series(1, CAST(:batch AS integer))) AS text[]) AS timestamptz[]),
  CAST(array_fill(1, ARRAY[CAST(:batch AS integer)]) AS integer[]),
  CAST(array_fill(CAST(:tier_price_minor AS bigint), ARRAY[CAST(:batch AS integer)]) AS bigint[]))
  WITH ORDINALITY AS w (id, user_ref, owner_id, created_at, expires_at, quantity, unit_price_minor, n)),
  new_bookings AS (INSERT INTO booking (id, concert_id, user_ref, owner_id, status, created_at, expires_at,
  total_minor, currency) SELECT id, CAST(:concert AS bigint), user_ref, owner_id, 'HELD', created_at,
  expires_at, quantity * unit_price_minor, CAST(:tier_currency AS text) FROM wanted),
  new_items AS (INSERT INTO booking_item (booking_id, tier_id, quantity, unit_price_minor) SELECT id,
  CAST(:tier_id AS bigint), quantity, unit_price_minor FROM wanted),
  ranges AS (SELECT id, sum(quantity) OVER (ORDER BY n) - quantity AS after, sum(quantity) OVER (ORDER BY n)
  AS upto FROM wanted),
  picked AS (SELECT id, row_number() OVER (ORDER BY id) AS k FROM (SELECT id FROM ticket WHERE tier_id =
  CAST(:tier_id AS bigint) AND booking_id IS NULL AND id >= CAST(0 AS bigint) ORDER BY id LIMIT :batch FOR
  UPDATE SKIP LOCKED) free)
  UPDATE ticket SET booking_id = ranges.id FROM picked JOIN ranges ON picked.k > ranges.after AND picked.k <=
  ranges.upto WHERE ticket.id = picked.id;
COMMIT;
