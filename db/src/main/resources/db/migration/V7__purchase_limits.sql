-- A concert's purchase limits, set by its organisers (both off by default, as for every concert
-- that existed before):
--   * max_tickets_per_account: at most this many tickets of the concert, held and confirmed
--     together, for one account; NULL: no limit. The booking transaction enforces it under the
--     account's row lock (BookingAttempt), so parallel requests of one account cannot pass it;
--   * account_required: only a logged-in account may book it (release sales).
ALTER TABLE concert
    ADD COLUMN max_tickets_per_account integer
        CONSTRAINT concert_max_tickets_per_account CHECK (max_tickets_per_account BETWEEN 1 AND 1000),
    ADD COLUMN account_required boolean NOT NULL DEFAULT false;
