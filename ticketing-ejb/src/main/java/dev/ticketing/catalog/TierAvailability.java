package dev.ticketing.catalog;

/**
 * A tier with its price and how many of its tickets are not sold, as committed when it was read.
 *
 * @param code the tier's name in the API, used to book it ({@code FRONT_ROW})
 * @param displayName the tier's name as people say it ({@code Front Row})
 * @param priceMinor price of one ticket in minor units of {@code currency}
 * @param capacity tickets the tier has in all
 * @param available tickets not in any booking; tickets that an unfinished booking is claiming still
 *     count as available until it commits
 */
public record TierAvailability(
    long id,
    String code,
    String displayName,
    long priceMinor,
    String currency,
    int capacity,
    int available) {

  public boolean soldOut() {
    return available == 0;
  }
}
