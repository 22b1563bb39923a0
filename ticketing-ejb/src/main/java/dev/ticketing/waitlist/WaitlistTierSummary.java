package dev.ticketing.waitlist;

/**
 * A tier's waiting list as its organisers see it.
 *
 * @param waiting entries waiting for an offer (the list's length)
 * @param waitingTickets tickets those entries ask for
 * @param offered entries holding an offer now
 * @param converted entries whose offer was paid
 * @param lapsed entries whose offer ran out or was cancelled
 * @param kept tickets kept for the list right now (freed, not yet offered)
 * @param offerMinutes how long an offer is held
 */
public record WaitlistTierSummary(
    String tier,
    boolean open,
    int waiting,
    int waitingTickets,
    int offered,
    int converted,
    int lapsed,
    int kept,
    int offerMinutes) {}
