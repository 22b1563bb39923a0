package dev.ticketing.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BookingTest {
  private static final Duration HOLD = Duration.ofMinutes(10);

  @Test
  void aBookingsReferenceIsARandomVersion4Uuid() {
    Set<UUID> ids = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      UUID id = new Booking(1, null, "USD", HOLD).getId();
      assertThat(id.version()).isEqualTo(4);
      assertThat(id.variant()).isEqualTo(2);
      ids.add(id);
    }
    assertThat(ids).hasSize(10_000);
  }

  @Test
  void itsTotalIsTheSumOfItsLinesAtTheirPrices() {
    Booking booking = new Booking(1, "ada", "USD", HOLD);
    booking.add(new BookingItem(booking, 1, 2, 10_000));
    booking.add(new BookingItem(booking, 3, 4, 1_000));
    assertThat(booking.getTotalMinor()).isEqualTo(24_000);
    assertThat(booking.getStatus()).isEqualTo(BookingStatus.HELD);
  }

  @Test
  void aNewBookingIsHeldUntilItsHoldRunsOut() {
    Booking booking = new Booking(1, "ada", "USD", HOLD);
    assertThat(booking.getStatus()).isEqualTo(BookingStatus.HELD);
    assertThat(booking.getExpiresAt()).isEqualTo(booking.getCreatedAt().plus(HOLD));
    assertThat(booking.holdRanOut(booking.getExpiresAt().minusNanos(1000))).isFalse();
    assertThat(booking.holdRanOut(booking.getExpiresAt())).isTrue();
  }

  @Test
  void onlyTheLifecyclesTransitionsAreAllowed() {
    OffsetDateTime now = Booking.now();
    Booking paid = new Booking(1, null, "USD", HOLD);
    paid.confirm(now);
    assertThat(paid.getStatus()).isEqualTo(BookingStatus.CONFIRMED);
    assertThatThrownBy(() -> paid.confirm(now)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> paid.end(BookingStatus.EXPIRED, now))
        .isInstanceOf(IllegalStateException.class);
    paid.end(BookingStatus.CANCELLED, now);
    assertThat(paid.getStatus()).isEqualTo(BookingStatus.CANCELLED);
    assertThatThrownBy(() -> paid.end(BookingStatus.CANCELLED, now))
        .isInstanceOf(IllegalStateException.class);

    Booking lapsed = new Booking(1, null, "USD", HOLD);
    lapsed.end(BookingStatus.EXPIRED, now);
    assertThatThrownBy(() -> lapsed.confirm(now)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> lapsed.end(BookingStatus.CANCELLED, now))
        .isInstanceOf(IllegalStateException.class);
  }
}
