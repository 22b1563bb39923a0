package dev.ticketing.catalog;

/**
 * A tier with how many of its tickets are not sold, as committed when it was read.
 *
 * @param available tickets not in any confirmed booking; tickets that an unfinished booking is
 *     claiming still count as available until it commits
 */
public record TierAvailability(TicketTier tier, int available) {
  public boolean soldOut() {
    return available == 0;
  }
}
