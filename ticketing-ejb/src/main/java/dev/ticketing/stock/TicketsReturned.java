package dev.ticketing.stock;

import java.util.Map;
import java.util.UUID;

/**
 * CDI event fired when a booking's tickets go back on sale (its hold expired, or it was cancelled).
 * Observe it with {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)} to act only once that
 * is committed.
 *
 * @param quantities tickets returned per tier id
 */
public record TicketsReturned(long concertId, UUID bookingId, Map<Long, Integer> quantities) {}
