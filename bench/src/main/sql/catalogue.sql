-- The benchmark's catalogue, loaded once the application has migrated the schema:
--   * :concerts concerts "Bench tour, night N", each with tiers VIP, FRONT_ROW, GA, BALCONY
--     (400, 1100, 2500 and 1000 tickets, times :scale): 1,000,000 tickets at 200 concerts and scale 1;
--   * between 30 % and 70 % of each of those tiers already sold, as bookings of 1 to 4 tickets made
--     in the last month, so that the ticket table holds what a live system holds;
--   * the release: concert "Release night" with tier HOT of :hot_capacity tickets (and a small VIP),
--     nothing sold yet.
-- The database makes one ticket row per ticket from ticket_tier.capacity (trigger of V1), and checks
-- at commit that every booking item owns exactly its quantity of tickets.
-- Earlier concerts (the default one, an earlier run's) are left as they are. Prints the new ids:
-- "catalogue <first tour concert> <last tour concert> <release concert>".
--   psql -v concerts=200 -v scale=1 -v hot_capacity=300000 [-v skip_analyse=1] -f catalogue.sql
\set ON_ERROR_STOP on

BEGIN;
SELECT coalesce(max(id), 0) AS before FROM concert \gset

INSERT INTO concert (name, venue, starts_at, published)
SELECT 'Bench tour, night ' || n, 'Arena ' || (n % 17 + 1),
       TIMESTAMPTZ '2027-01-01 20:00:00+00' + n * INTERVAL '1 day', true
FROM generate_series(1, :concerts) AS n
ORDER BY n;

INSERT INTO ticket_tier (concert_id, code, display_name, price_minor, currency, capacity, sort_order)
SELECT c.id, t.code, t.display_name, t.price_minor, 'USD', greatest(1, round(t.capacity * :scale))::int, t.sort_order
FROM concert c,
     (VALUES ('VIP', 'VIP', 25000, 400, 1),
             ('FRONT_ROW', 'Front Row', 12000, 1100, 2),
             ('GA', 'General Admission', 6000, 2500, 3),
             ('BALCONY', 'Balcony', 4000, 1000, 4)) AS t (code, display_name, price_minor, capacity, sort_order)
WHERE c.id > :before
ORDER BY c.id, t.sort_order;

-- Sold seats: the first 30-70 % of each tier (a fixed spread by tier id), in blocks of ten seats
-- bought as four bookings of 1, 2, 3 and 4 tickets.
CREATE TEMP TABLE sold_seat ON COMMIT DROP AS
SELECT k.id AS ticket_id, k.tier_id, t.concert_id, t.price_minor, t.currency,
       (k.seq - 1) / 10 AS block,
       CASE WHEN (k.seq - 1) % 10 < 1 THEN 1 WHEN (k.seq - 1) % 10 < 3 THEN 2
            WHEN (k.seq - 1) % 10 < 6 THEN 3 ELSE 4 END AS part
FROM ticket_tier t
JOIN concert c ON c.id = t.concert_id AND c.id > :before
JOIN ticket k ON k.tier_id = t.id
WHERE k.seq <= t.capacity * (30 + (t.id * 7919) % 41) / 100;

CREATE TEMP TABLE sale ON COMMIT DROP AS
SELECT gen_random_uuid() AS booking_id, tier_id, concert_id, price_minor, currency, block, part,
       count(*)::int AS quantity
FROM sold_seat
GROUP BY tier_id, concert_id, price_minor, currency, block, part;

INSERT INTO booking (id, concert_id, status, created_at, confirmed_at, total_minor, currency)
SELECT booking_id, concert_id, 'CONFIRMED', bought_at, bought_at, price_minor * quantity, currency
FROM (SELECT *, now() - random() * INTERVAL '30 days' AS bought_at FROM sale) AS s;

-- A confirmed booking has its payment (the database checks it at commit).
INSERT INTO payment (booking_id, provider, authorisation_id, amount_minor, currency, card_last4)
SELECT booking_id, 'simulated', 'bench_' || booking_id, price_minor * quantity, currency, '4242'
FROM sale;

INSERT INTO booking_item (booking_id, tier_id, quantity, unit_price_minor)
SELECT booking_id, tier_id, quantity, price_minor FROM sale;

UPDATE ticket k SET booking_id = s.booking_id
FROM sold_seat st JOIN sale s ON (s.tier_id, s.block, s.part) = (st.tier_id, st.block, st.part)
WHERE k.id = st.ticket_id;

-- The release.
WITH release AS (
    INSERT INTO concert (name, venue, starts_at, published)
    VALUES ('Release night', 'Stadium', TIMESTAMPTZ '2027-06-01 20:00:00+00', true)
    RETURNING id
)
INSERT INTO ticket_tier (concert_id, code, display_name, price_minor, currency, capacity, sort_order)
SELECT release.id, t.code, t.display_name, t.price_minor, 'USD', t.capacity, t.sort_order
FROM release, (VALUES ('HOT', 'Release', 9900, :hot_capacity, 1),
                      ('VIP', 'VIP', 30000, 1000, 2)) AS t (code, display_name, price_minor, capacity, sort_order);

-- The mixed load picks concerts by id between the first and the last of the tour.
SELECT min(id) AS first_concert, max(id) AS last_concert, count(*) AS tour_concerts
FROM concert WHERE id > :before AND name LIKE 'Bench tour, night %' \gset
SELECT id AS release_concert FROM concert WHERE id > :before AND name = 'Release night' \gset
SELECT :last_concert - :first_concert + 1 <> :tour_concerts AS gaps \gset
\if :gaps
  DO $$ BEGIN RAISE EXCEPTION 'the tour''s concert ids are not consecutive'; END $$;
\endif

COMMIT;

-- -v skip_analyse=1: the statistics stay as they were (the volume scenario: the running server, not the
-- loader, must notice that its tables grew).
\if :{?skip_analyse}
\else
VACUUM ANALYZE concert, ticket_tier, ticket, booking, booking_item;
\endif
\echo catalogue :first_concert :last_concert :release_concert
