package dev.ticketing.ui.views;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketing.booking.BookingRejectedException;
import dev.ticketing.booking.InvalidBookingException;
import dev.ticketing.booking.InvalidQuantityException;
import dev.ticketing.booking.NotEnoughTicketsException;
import dev.ticketing.booking.UnknownTierException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** What the booking screen says when a booking is refused. */
class OutcomeWordingTest {
  private static final UnaryOperator<String> NAMES =
      code -> code.equals("GA") ? "General Admission" : code;

  @Test
  void notEnoughNamesTheTierAsPeopleKnowItAndWhatIsLeft() {
    assertThat(OutcomeWording.refusal(new NotEnoughTicketsException("GA", 4, 2), NAMES))
        .isEqualTo(
            "Not enough General Admission tickets: you asked for 4, only 2 General Admission"
                + " tickets are left now. Nothing was booked. We kept your other choices; please"
                + " check them and book again.");
  }

  @Test
  void noneLeftSaysSoldOut() {
    assertThat(OutcomeWording.refusal(new NotEnoughTicketsException("GA", 1, 0), NAMES))
        .startsWith(
            "Not enough General Admission tickets: you asked for 1, but General Admission"
                + " is sold out. Nothing was booked.");
  }

  @Test
  void everyRefusalSaysSomethingAndThatNothingWasBookedOrWhatTheLimitIs() {
    List<BookingRejectedException> refusals =
        List.of(
            new NotEnoughTicketsException("GA", 3, 1),
            new InvalidQuantityException("GA", 11, 10),
            new UnknownTierException("GONE"),
            new InvalidBookingException("items", "no lines"));
    Set<BookingRejectedException.Reason> covered =
        EnumSet.noneOf(BookingRejectedException.Reason.class);
    for (BookingRejectedException refused : refusals) {
      covered.add(refused.reason());
      String words = OutcomeWording.refusal(refused, NAMES);
      assertThat(words).as(refused.reason().name()).isNotBlank().doesNotContain("Exception");
    }
    assertThat(covered).isEqualTo(EnumSet.allOf(BookingRejectedException.Reason.class));
    assertThat(OutcomeWording.refusal(new InvalidQuantityException("GA", 11, 10), NAMES))
        .isEqualTo("You can book at most 10 tickets of each tier in one order.");
  }

  @Test
  void theTotalCountsTicketsInWords() {
    assertThat(OutcomeWording.total(0, "")).isEqualTo("Choose how many tickets you want");
    assertThat(OutcomeWording.total(1, "$10.00")).isEqualTo("Total: 1 ticket, $10.00");
    assertThat(OutcomeWording.total(3, "$30.00")).isEqualTo("Total: 3 tickets, $30.00");
  }
}
