package dev.ticketing.admin;

import java.time.OffsetDateTime;

/**
 * A concert as an organiser describes it.
 *
 * @param salesOpenAt when the public can start booking, or null: as soon as it is published
 * @param salesCloseAt when booking stops, or null: when it is sold out
 */
public record ConcertDraft(
    String name,
    String venue,
    OffsetDateTime startsAt,
    String description,
    OffsetDateTime salesOpenAt,
    OffsetDateTime salesCloseAt) {}
