package dev.ticketing.waitlist;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * "Told at once, on screen and by email": CDI event fired inside the transaction that makes the
 * offer ({@link WaitlistOffers#assign}). An observer that must act only once the offer is committed
 * uses {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)} (the push to open screens, {@code
 * ui.live.OfferNotices}, does); one that must be written with the offer or not at all observes it
 * {@code @Observes}, in the transaction (the offer's mail, {@code
 * dev.ticketing.mail.MailOutbox#offered}).
 *
 * @param bookingId the offer: an ordinary HELD booking of the account
 * @param accountId its owner
 * @param email its owner's email
 * @param tier the tier's code
 * @param quantity tickets offered (fewer than asked only if the entry accepts fewer)
 * @param expiresAt when the offer runs out unless paid
 */
public record WaitlistOffered(
    UUID bookingId,
    long accountId,
    String email,
    long concertId,
    long tierId,
    String tier,
    int quantity,
    long totalMinor,
    String currency,
    OffsetDateTime expiresAt) {}
