package dev.ticketing.booking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketing.booking.refusal.BookingRejectedException;
import dev.ticketing.booking.refusal.InvalidBookingException;
import dev.ticketing.booking.refusal.InvalidQuantityException;
import dev.ticketing.booking.refusal.NotEnoughTicketsException;
import dev.ticketing.booking.refusal.PurchaseLimitException;
import dev.ticketing.booking.refusal.UnknownTierException;
import org.junit.jupiter.api.Test;

/** What a refusal tells the client: its reason, its words and its facts. */
class RefusalTest {

  @Test
  void notEnoughTicketsSaysHowManyAreLeft() {
    var e = new NotEnoughTicketsException("VIP", 4, 2);
    assertThat(e.reason()).isEqualTo(BookingRejectedException.Reason.NOT_ENOUGH_TICKETS);
    assertThat(e).hasMessage("Only 2 VIP tickets are left; 4 requested");
    assertThat(e.facts())
        .containsExactly(
            java.util.Map.entry("tier", "VIP"),
            java.util.Map.entry("requested", 4),
            java.util.Map.entry("available", 2));
    assertThat(e.field()).isNull();
  }

  @Test
  void noneLeftReadsAsSoldOut() {
    assertThat(new NotEnoughTicketsException("GA", 1, 0)).hasMessage("GA is sold out");
  }

  @Test
  void anUnknownTierNamesIt() {
    var e = new UnknownTierException("BALCONY");
    assertThat(e.reason()).isEqualTo(BookingRejectedException.Reason.UNKNOWN_TIER);
    assertThat(e).hasMessage("There is no ticket tier named 'BALCONY'");
    assertThat(e.facts()).containsEntry("tier", "BALCONY");
  }

  @Test
  void aPurchaseLimitSaysTheLimitAndHowManyRemain() {
    var e = new PurchaseLimitException(6, 4, 3);
    assertThat(e.reason()).isEqualTo(BookingRejectedException.Reason.PURCHASE_LIMIT);
    assertThat(e)
        .hasMessage("At most 6 tickets of this concert per account; you may book 2 more, not 3");
    assertThat(e.facts())
        .containsExactly(java.util.Map.entry("limit", 6), java.util.Map.entry("remaining", 2));
    assertThat(new PurchaseLimitException(6, 6, 2).remaining()).isZero();
    assertThat(new PurchaseLimitException(6, 6, 2))
        .hasMessage("At most 6 tickets of this concert per account; yours are all held or bought");
  }

  @Test
  void everyReasonHasARefusalThatCarriesIt() {
    assertThat(new InvalidQuantityException("GA", 11, 10).reason())
        .isEqualTo(BookingRejectedException.Reason.INVALID_QUANTITY);
    assertThat(new InvalidBookingException("items", "x").reason())
        .isEqualTo(BookingRejectedException.Reason.INVALID_ORDER);
  }
}
