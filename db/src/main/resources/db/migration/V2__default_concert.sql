-- The original catalogue: one concert with VIP, FRONT_ROW and GA (prices in cents).
WITH c AS (
    INSERT INTO concert (name, venue, starts_at)
    VALUES ('Opening Night', 'City Arena', TIMESTAMPTZ '2027-06-19 20:00:00+00')
    RETURNING id
)
INSERT INTO ticket_tier (concert_id, code, display_name, price_minor, currency, capacity, sort_order)
SELECT c.id, t.code, t.display_name, t.price_minor, 'USD', t.capacity, t.sort_order
FROM c, (VALUES ('VIP', 'VIP', 10000, 100, 1),
                ('FRONT_ROW', 'Front Row', 5000, 200, 2),
                ('GA', 'General Admission', 1000, 500, 3)) AS t (code, display_name, price_minor, capacity, sort_order);
