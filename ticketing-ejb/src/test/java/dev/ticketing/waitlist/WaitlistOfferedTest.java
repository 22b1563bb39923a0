package dev.ticketing.waitlist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An offer sent to every instance as a {@code NOTIFY}, and read back from it. */
class WaitlistOfferedTest {
  private static final WaitlistOffered OFFER =
      new WaitlistOffered(
          UUID.fromString("0b7e2f0e-5d4c-4a8e-9a51-3c1f6f0c2a17"),
          42,
          "o'brien+\"list\"@example.com",
          7,
          9,
          "FRONT_ROW",
          2,
          9000,
          "EUR",
          OffsetDateTime.parse("2027-05-01T10:15:30.123456Z"));

  @Test
  void anOfferReadBackFromItsNoticeIsTheSameOffer() {
    String notice = OFFER.toNotice();
    assertThat(notice).startsWith("offer:{").hasSizeLessThan(8000);
    assertThat(WaitlistOffered.fromNotice(notice)).contains(OFFER);
  }

  @Test
  void theChannelsOtherNoticesAndBrokenOnesCarryNoOffer() {
    assertThat(WaitlistOffered.fromNotice("123")).isEmpty(); // tickets back for tier 123
    assertThat(WaitlistOffered.fromNotice("offer:")).isEmpty();
    assertThat(WaitlistOffered.fromNotice("offer:{\"bookingId\":\"not an id\"}")).isEmpty();
    assertThat(WaitlistOffered.fromNotice("offer:[1,2]")).isEmpty();
  }
}
