package dev.ticketing.waitingroom;

import java.time.OffsetDateTime;

/**
 * What organisers set for a concert's waiting room.
 *
 * @param enabled whether the room is on: bookings of the concert then need an admission
 * @param activeUsers at most this many let in and not yet done (booked, expired) at once
 * @param admitPerMinute this many let in per minute, at most
 * @param admissionMinutes how long an admission lets its holder book
 * @param prequeueOpensAt from when people may join before the sale opens (they are placed in random
 *     order at the opening); null: from the moment the room is on
 */
public record RoomSettings(
    boolean enabled,
    int activeUsers,
    int admitPerMinute,
    int admissionMinutes,
    OffsetDateTime prequeueOpensAt) {}
