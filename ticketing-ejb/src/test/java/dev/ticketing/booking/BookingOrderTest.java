package dev.ticketing.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ticketing.booking.refusal.BookingRejectedException;
import dev.ticketing.booking.refusal.InvalidBookingException;
import dev.ticketing.booking.refusal.InvalidQuantityException;
import dev.ticketing.booking.refusal.UnknownTierException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What an order must be before the booking engine touches the database. */
class BookingOrderTest {
  private static final int LIMIT = 10;

  private static BookingOrder order(BookingOrder.Line... lines) {
    return new BookingOrder(1L, Arrays.asList(lines), "ada");
  }

  private static BookingOrder.Line line(String tier, int quantity) {
    return new BookingOrder.Line(tier, quantity);
  }

  @Test
  void aWellFormedOrderOfSeveralTiersPasses() {
    assertThatCode(() -> order(line("VIP", 1), line("GA", LIMIT)).validate(LIMIT))
        .doesNotThrowAnyException();
  }

  @Test
  void anOrderWithoutLinesIsInvalid() {
    assertThatThrownBy(() -> new BookingOrder(null, null, null).validate(LIMIT))
        .isInstanceOfSatisfying(
            InvalidBookingException.class,
            e -> {
              assertThat(e.field()).isEqualTo("items");
              assertThat(e.reason()).isEqualTo(BookingRejectedException.Reason.INVALID_ORDER);
            });
  }

  @Test
  void aLineWithoutTierIsInvalid() {
    assertThatThrownBy(() -> order(line(" ", 1)).validate(LIMIT))
        .isInstanceOf(InvalidBookingException.class)
        .hasMessage("Every line needs a tier");
  }

  @Test
  void aTierListedTwiceIsInvalidAndSaysToGiveItsTotalOnce() {
    assertThatThrownBy(() -> order(line("GA", 1), line("GA", 2)).validate(LIMIT))
        .isInstanceOf(InvalidBookingException.class)
        .hasMessageContaining("GA is listed twice");
  }

  @Test
  void aQuantityBelowOneOrAboveTheLimitIsInvalidAndNamesTheLimit() {
    for (int quantity : new int[] {0, -1, LIMIT + 1, Integer.MAX_VALUE, Integer.MIN_VALUE}) {
      assertThatThrownBy(() -> order(line("VIP", quantity)).validate(LIMIT))
          .isInstanceOfSatisfying(
              InvalidQuantityException.class,
              e -> {
                assertThat(e.maxPerTier()).isEqualTo(LIMIT);
                assertThat(e.field()).isEqualTo("quantity");
                assertThat(e.facts()).containsEntry("tier", "VIP").containsEntry("maxPerTier", 10);
              });
    }
  }

  @Test
  void aCodeNoTierCanHaveIsUnknownWithoutAskingTheDatabase() {
    for (String code : List.of("vip", "1GA", "GA-1", "A".repeat(33), "GA ", "ÄA")) {
      assertThatThrownBy(() -> order(line(code, 1)).validate(LIMIT))
          .as(code)
          .isInstanceOf(UnknownTierException.class);
    }
    assertThatCode(() -> order(line("A".repeat(32), 1)).validate(LIMIT)).doesNotThrowAnyException();
  }

  @Test
  void linesAreLockedInAscendingTierIdWhateverOrderTheyWereListedIn() {
    BookingOrder order = order(line("GA", 4), line("VIP", 1), line("FRONT_ROW", 2));
    Map<String, Long> ids = Map.of("VIP", 1L, "FRONT_ROW", 2L, "GA", 3L);

    assertThat(order.inLockOrder(ids))
        .extracting(BookingOrder.Line::tier)
        .containsExactly("VIP", "FRONT_ROW", "GA");
    assertThat(order(line("VIP", 1), line("GA", 4)).inLockOrder(ids))
        .isEqualTo(order(line("GA", 4), line("VIP", 1)).inLockOrder(ids));
  }

  @Test
  void aSingleTierOrderIsForTheDefaultConcert() {
    BookingOrder order = BookingOrder.single("VIP", 2, null);
    assertThat(order.concertId()).isNull();
    assertThat(order.lines()).containsExactly(line("VIP", 2));
  }
}
