package dev.ticketing.admin;

import java.time.OffsetDateTime;

/** One change an organiser made: who, when, what, to which concert, tier or booking. */
public record AuditEntry(
    OffsetDateTime at, String actor, String action, String subject, String detail) {}
