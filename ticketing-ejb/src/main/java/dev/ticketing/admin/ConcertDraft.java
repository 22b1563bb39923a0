package dev.ticketing.admin;

import dev.ticketing.catalog.PurchaseLimits;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A concert as an organiser describes it.
 *
 * @param salesOpenAt when the public can start booking, or null: as soon as it is published
 * @param salesCloseAt when booking stops, or null: when it is sold out
 * @param limits what one buyer may book of it
 */
public record ConcertDraft(
    String name,
    String venue,
    OffsetDateTime startsAt,
    String description,
    OffsetDateTime salesOpenAt,
    OffsetDateTime salesCloseAt,
    PurchaseLimits limits) {

  public ConcertDraft {
    limits = limits == null ? PurchaseLimits.NONE : limits;
  }

  /**
   * @throws OrganiserRefusedException if the sale closes before it opens, or the limit per account
   *     is out of range
   */
  void check() {
    if (salesOpenAt != null && salesCloseAt != null && !salesCloseAt.isAfter(salesOpenAt)) {
      throw new OrganiserRefusedException(
          OrganiserRefusedException.Reason.INVALID_SALE_WINDOW,
          "salesCloseAt",
          "The sale must close after it opens");
    }
    Integer max = limits.maxTicketsPerAccount();
    if (max != null && (max < 1 || max > PurchaseLimits.HIGHEST_LIMIT)) {
      throw new OrganiserRefusedException(
          OrganiserRefusedException.Reason.INVALID_PURCHASE_LIMIT,
          "maxTicketsPerAccount",
          "The limit per account is between 1 and " + PurchaseLimits.HIGHEST_LIMIT);
    }
  }

  /** What the audit log records of it. */
  Map<String, Object> facts() {
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("name", name);
    facts.put("venue", venue);
    facts.put("startsAt", String.valueOf(startsAt));
    facts.put("description", description);
    facts.put("salesOpenAt", salesOpenAt == null ? null : salesOpenAt.toString());
    facts.put("salesCloseAt", salesCloseAt == null ? null : salesCloseAt.toString());
    facts.put("maxTicketsPerAccount", limits.maxTicketsPerAccount());
    facts.put("accountRequired", limits.accountRequired());
    return facts;
  }
}
