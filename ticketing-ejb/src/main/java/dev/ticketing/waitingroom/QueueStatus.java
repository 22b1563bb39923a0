package dev.ticketing.waitingroom;

import java.time.Instant;

/**
 * A place's standing, as a visitor polling it sees it.
 *
 * @param ticket the place's ticket (the key to this status)
 * @param position the place in line, 1-based, never changed; null in the pre-queue
 * @param ahead how many wait before it now; null in the pre-queue
 * @param estimatedWaitSeconds until it is let in, at the room's rate; null when not waiting
 * @param pollAfterSeconds when to ask again (jittered)
 * @param admission the admission token, once let in
 * @param admittedUntil until when the admission lets its holder book
 * @param stalled true when this instance cannot read the room's counter: no one is let in past it
 *     until it can (the room fails closed)
 * @param joinedNow whether this answer made the place (else it existed)
 */
public record QueueStatus(
    long concertId,
    String ticket,
    QueueState state,
    Long position,
    Long ahead,
    Long estimatedWaitSeconds,
    int pollAfterSeconds,
    String admission,
    Instant admittedUntil,
    Instant opensAt,
    boolean stalled,
    boolean joinedNow) {}
