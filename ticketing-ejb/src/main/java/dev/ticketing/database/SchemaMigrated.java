package dev.ticketing.database;

/** The schema is up to date: fired once per start, as soon as the migration has run. */
public record SchemaMigrated() {}
