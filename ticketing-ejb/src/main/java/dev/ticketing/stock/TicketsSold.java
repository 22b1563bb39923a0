package dev.ticketing.stock;

import java.util.Map;
import java.util.UUID;

/**
 * CDI event fired by every booking. Observe it with {@code @Observes(during =
 * TransactionPhase.AFTER_SUCCESS)} to act only once the booking is committed, outside its
 * transaction and its locks.
 *
 * @param quantities tickets sold per tier code
 */
public record TicketsSold(long concertId, UUID bookingId, Map<String, Integer> quantities) {}
