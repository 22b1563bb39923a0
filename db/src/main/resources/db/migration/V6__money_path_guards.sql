-- The request that holds an idempotency key, as a fencing token: each request that takes the key (the
-- first, or a repeat taking over after the lease ran out) writes its own token, and every later write to
-- the key (recording the booking, the answer, giving the key up) names it. A first request that outlived
-- its lease and lost the key to a repeat finds the token changed, writes nothing and rolls back with its
-- booking: one key, one booking, one charge.
ALTER TABLE idempotency_key ADD COLUMN owner uuid;

-- Defence in depth: a ticket is taken away from a HELD or CONFIRMED booking only by the transaction that
-- ends that booking (expiry, cancellation): checked at commit, whatever the order of the statements.
CREATE FUNCTION ticket_kept_by_live_booking() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM booking WHERE id = OLD.booking_id AND status IN ('HELD', 'CONFIRMED')) THEN
        RAISE EXCEPTION 'ticket % taken away from booking %, which is still held or confirmed',
            OLD.id, OLD.booking_id
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER ticket_kept_by_live_booking
    AFTER UPDATE OF booking_id ON ticket
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW WHEN (OLD.booking_id IS NOT NULL AND NEW.booking_id IS DISTINCT FROM OLD.booking_id)
    EXECUTE FUNCTION ticket_kept_by_live_booking();

-- Refunds the provider did not confirm are asked for again, oldest first, with a growing pause.
ALTER TABLE payment
    ADD COLUMN refund_attempts integer NOT NULL DEFAULT 0,
    ADD COLUMN refund_retry_at timestamptz;

-- Every card authorisation the application was given and what became of it: recorded as soon as the
-- provider answers, before the booking is confirmed. The reconciliation (PaymentReconciliation) finds
-- those left AUTHORISED by a crash or a lost answer: captured if their booking was confirmed with them,
-- released if not, each once (the provider treats a repeated capture or release as one).
CREATE TABLE card_authorisation (
    authorisation_id text        PRIMARY KEY CHECK (length(authorisation_id) BETWEEN 1 AND 100),
    booking_id       uuid        NOT NULL REFERENCES booking (id),
    provider         text        NOT NULL CHECK (length(provider) BETWEEN 1 AND 50),
    amount_minor     bigint      NOT NULL CHECK (amount_minor >= 0),
    currency         char(3)     NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    state            text        NOT NULL CHECK (state IN ('AUTHORISED', 'CAPTURED', 'RELEASED', 'REFUNDED')),
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    -- Not before this is the reconciliation to look at it (again): one instance at a time.
    reconcile_after  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX card_authorisation_open ON card_authorisation (created_at) WHERE state = 'AUTHORISED';
INSERT INTO card_authorisation (authorisation_id, booking_id, provider, amount_minor, currency, state,
                                created_at, updated_at)
SELECT authorisation_id, booking_id, provider, amount_minor, currency,
       CASE WHEN refund_id IS NOT NULL THEN 'REFUNDED' ELSE 'CAPTURED' END, paid_at, paid_at
FROM payment;

-- The simulated card provider's own books (used only by it, as a provider's dashboard): shared by every
-- instance and kept across restarts, as a real provider's are; in the database, not in memory.
CREATE TABLE simulated_card_ledger (
    authorisation_id text        PRIMARY KEY,
    reference        uuid        NOT NULL,
    card             text        NOT NULL,
    amount_minor     bigint      NOT NULL,
    currency         char(3)     NOT NULL,
    state            text        NOT NULL CHECK (state IN ('AUTHORISED', 'CAPTURED', 'RELEASED', 'REFUNDED')),
    capture_calls    integer     NOT NULL DEFAULT 0,
    captures         integer     NOT NULL DEFAULT 0,
    releases         integer     NOT NULL DEFAULT 0,
    refunds          integer     NOT NULL DEFAULT 0,
    created_at       timestamptz NOT NULL DEFAULT now()
);
