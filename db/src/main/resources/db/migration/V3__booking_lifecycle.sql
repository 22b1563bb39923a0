-- The booking lifecycle: a booking holds its tickets while its buyer pays, then is CONFIRMED (paid),
-- EXPIRED (the hold ran out) or CANCELLED. Tickets of an EXPIRED or CANCELLED booking are back in
-- stock (their booking_id is NULL again), so the claim's partial index ticket_unsold never holds
-- them: the claim is not slowed by how many holds came and went.
--
--   HELD ──pay──> CONFIRMED ──cancel (refund)──> CANCELLED
--     │ └────────cancel──────────────────────────> CANCELLED
--     └──hold runs out──> EXPIRED
--
-- The rules are enforced here as well as in Java:
--   * only the transitions drawn above (trigger booking_status_transition);
--   * a HELD booking has an expiry time;
--   * at commit: a CONFIRMED booking has a payment, an EXPIRED or CANCELLED one owns no ticket
--     (deferred trigger booking_state_consistent);
--   * a booking has at most one payment (primary key), so it can never be charged twice.

ALTER TABLE booking DROP CONSTRAINT booking_status_check;
ALTER TABLE booking
    ADD COLUMN expires_at   timestamptz,
    ADD COLUMN confirmed_at timestamptz,
    ADD COLUMN ended_at     timestamptz,
    ADD CONSTRAINT booking_status_check CHECK (status IN ('HELD', 'CONFIRMED', 'EXPIRED', 'CANCELLED')),
    ADD CONSTRAINT booking_held_expires CHECK (status <> 'HELD' OR expires_at IS NOT NULL);
-- The expiry sweep reads due holds in expiry order, from this index only.
CREATE INDEX booking_held_until ON booking (expires_at) WHERE status = 'HELD';

-- The card payment of a booking, as the payment provider answered it. The charge is authorised
-- before the booking is confirmed and taken (captured) once it is; a refund is recorded when the
-- booking is cancelled after payment.
CREATE TABLE payment (
    booking_id       uuid        PRIMARY KEY REFERENCES booking (id),
    provider         text        NOT NULL CHECK (length(provider) BETWEEN 1 AND 50),
    authorisation_id text        NOT NULL UNIQUE CHECK (length(authorisation_id) BETWEEN 1 AND 100),
    amount_minor     bigint      NOT NULL CHECK (amount_minor >= 0),
    currency         char(3)     NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    card_last4       char(4)     CHECK (card_last4 ~ '^[0-9]{4}$'),
    paid_at          timestamptz NOT NULL DEFAULT now(),
    refund_requested_at timestamptz,
    refund_id        text        CHECK (length(refund_id) BETWEEN 1 AND 100),
    refunded_at      timestamptz,
    CHECK (refund_id IS NULL OR refund_requested_at IS NOT NULL),
    CHECK ((refund_id IS NULL) = (refunded_at IS NULL))
);
-- Refunds asked for and not yet confirmed by the provider, for the retry sweep.
CREATE INDEX payment_refund_pending ON payment (refund_requested_at)
    WHERE refund_requested_at IS NOT NULL AND refund_id IS NULL;

-- Bookings made before payments existed were confirmed at once: they get a payment record that says so.
UPDATE booking SET confirmed_at = created_at WHERE status = 'CONFIRMED';
INSERT INTO payment (booking_id, provider, authorisation_id, amount_minor, currency, paid_at)
SELECT id, 'before-payments', 'before-payments-' || id, total_minor, currency, created_at
FROM booking WHERE status = 'CONFIRMED';
UPDATE booking SET ended_at = created_at WHERE status = 'CANCELLED';

CREATE FUNCTION booking_status_transition() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.status = OLD.status
       OR (OLD.status = 'HELD' AND NEW.status IN ('CONFIRMED', 'EXPIRED', 'CANCELLED'))
       OR (OLD.status = 'CONFIRMED' AND NEW.status = 'CANCELLED') THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'booking % cannot go from % to %', NEW.id, OLD.status, NEW.status
        USING ERRCODE = 'check_violation';
END
$$;
CREATE TRIGGER booking_status_transition
    BEFORE UPDATE OF status ON booking
    FOR EACH ROW EXECUTE FUNCTION booking_status_transition();

-- Checked at commit, for bookings that are not HELD (a new booking is HELD: no cost on the booking path).
CREATE FUNCTION booking_state_consistent() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.status = 'CONFIRMED' AND NOT EXISTS (SELECT 1 FROM payment WHERE booking_id = NEW.id) THEN
        RAISE EXCEPTION 'booking % is CONFIRMED without a payment', NEW.id
            USING ERRCODE = 'check_violation';
    END IF;
    IF NEW.status IN ('EXPIRED', 'CANCELLED') AND EXISTS (SELECT 1 FROM ticket WHERE booking_id = NEW.id) THEN
        RAISE EXCEPTION 'booking % is % but still owns tickets', NEW.id, NEW.status
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NULL;
END
$$;
CREATE CONSTRAINT TRIGGER booking_state_consistent
    AFTER INSERT OR UPDATE ON booking
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW WHEN (NEW.status <> 'HELD')
    EXECUTE FUNCTION booking_state_consistent();

-- Idempotency keys (the Idempotency-Key header of POST requests): the first request with a key does
-- the work; a repeat with the same request gets the first answer again, with another request 422.
-- A row is taken (lease_until in the future) while its first request runs; the transaction that
-- makes the request's effect also records it here (booking_id, then response_status when complete),
-- so a retry after a crash resumes where the first request stopped and never books twice.
-- Kept 24 hours.
CREATE TABLE idempotency_key (
    scope           text        NOT NULL CHECK (length(scope) BETWEEN 1 AND 300),
    key             text        NOT NULL CHECK (length(key) BETWEEN 1 AND 255),
    fingerprint     text        NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    lease_until     timestamptz NOT NULL,
    booking_id      uuid        REFERENCES booking (id),
    response_status integer     CHECK (response_status BETWEEN 200 AND 299),
    completed_at    timestamptz,
    PRIMARY KEY (scope, key),
    CHECK ((response_status IS NULL) = (completed_at IS NULL))
);
CREATE INDEX idempotency_key_created ON idempotency_key (created_at);
