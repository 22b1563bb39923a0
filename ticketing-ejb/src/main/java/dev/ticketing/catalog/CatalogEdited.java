package dev.ticketing.catalog;

/**
 * An organiser changed a concert or its tiers (fired in the change's transaction): the catalogue
 * reads the concert again once the change is committed.
 */
public record CatalogEdited(long concertId) {}
