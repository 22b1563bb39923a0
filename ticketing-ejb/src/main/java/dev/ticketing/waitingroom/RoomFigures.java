package dev.ticketing.waitingroom;

/**
 * A room as organisers watch it.
 *
 * @param waiting in line, not yet let in (the pre-queue included)
 * @param inside let in and not yet done
 * @param admittedLastMinute let in within the last minute
 * @param estimatedClearSeconds until everyone waiting is let in at the configured rate
 */
public record RoomFigures(
    long concertId,
    RoomSettings settings,
    boolean paused,
    boolean opened,
    boolean soldOut,
    long waiting,
    long inside,
    long admittedThrough,
    long admittedLastMinute,
    long estimatedClearSeconds) {}
