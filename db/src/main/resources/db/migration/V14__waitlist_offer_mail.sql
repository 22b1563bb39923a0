-- The waiting list's offer is mailed (issue 27: "told at once ... by email"), through the outbox of
-- the confirmation mail (V10).
--
--   * kind: what a mail says. CONFIRMATION (written by trigger e_ticket_issue when a booking is
--     paid: the column's default, so the trigger is unchanged) or WAITLIST_OFFER (written by the
--     offer assigner, WaitlistOffers, in the transaction that makes the offer: an offer that rolls
--     back leaves no mail, a committed one always has its mail);
--   * one mail of each kind per booking: an offer's hold that is later paid gets its confirmation
--     mail too, beside the offer mail it already had.

ALTER TABLE mail_outbox
    ADD COLUMN kind text NOT NULL DEFAULT 'CONFIRMATION'
        CHECK (kind IN ('CONFIRMATION', 'WAITLIST_OFFER'));
ALTER TABLE mail_outbox DROP CONSTRAINT mail_outbox_booking_id_key;
ALTER TABLE mail_outbox
    ADD CONSTRAINT mail_outbox_one_per_booking_and_kind UNIQUE (booking_id, kind);
