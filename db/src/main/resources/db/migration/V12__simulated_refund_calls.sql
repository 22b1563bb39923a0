-- The simulated card provider counts the refunds it was asked for, answered or not, so that a test
-- card can leave its first refunds unanswered (TestCard.REFUND_UNANSWERED) and the refund retry's
-- back-off can be watched from outside.
ALTER TABLE simulated_card_ledger ADD COLUMN refund_calls integer NOT NULL DEFAULT 0;
