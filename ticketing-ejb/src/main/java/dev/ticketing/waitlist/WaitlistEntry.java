package dev.ticketing.waitlist;

import java.time.OffsetDateTime;

/**
 * One account's entry on a tier's waiting list.
 *
 * @param state WAITING, OFFERED (an offer is held: {@code bookingId}), CONVERTED (the offer was
 *     paid), LAPSED (the offer ran out or was cancelled)
 * @param place 1 for the first WAITING entry of the tier, and so on; null unless WAITING
 * @param offeredQuantity how many tickets the offer holds, null before an offer
 */
public record WaitlistEntry(
    long id,
    String tier,
    int quantity,
    boolean acceptFewer,
    String state,
    Integer place,
    String bookingId,
    Integer offeredQuantity,
    OffsetDateTime joinedAt) {}
