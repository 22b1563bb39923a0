package dev.ticketing.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BookingTest {

  @Test
  void aBookingsReferenceIsARandomVersion4Uuid() {
    Set<UUID> ids = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      UUID id = new Booking(1, null, "USD").getId();
      assertThat(id.version()).isEqualTo(4);
      assertThat(id.variant()).isEqualTo(2);
      ids.add(id);
    }
    assertThat(ids).hasSize(10_000);
  }

  @Test
  void itsTotalIsTheSumOfItsLinesAtTheirPrices() {
    Booking booking = new Booking(1, "ada", "USD");
    booking.add(new BookingItem(booking, 1, 2, 10_000));
    booking.add(new BookingItem(booking, 3, 4, 1_000));
    assertThat(booking.getTotalMinor()).isEqualTo(24_000);
    assertThat(booking.getStatus()).isEqualTo(BookingStatus.CONFIRMED);
  }
}
