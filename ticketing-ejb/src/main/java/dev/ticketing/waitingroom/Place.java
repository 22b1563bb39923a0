package dev.ticketing.waitingroom;

import java.time.Instant;

/** A place in a waiting room, as its row says. {@code position} is null in the pre-queue. */
record Place(
    long id,
    long concertId,
    Long position,
    Long ownerId,
    Instant admittedAt,
    Instant enteredAt,
    Instant bookedAt,
    Instant expiredAt) {}
