package dev.ticketing.ui.door;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketing.checkin.CheckInAnswer;
import dev.ticketing.checkin.CheckInResult;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DoorWordingTest {
  @Test
  void anAlreadyAdmittedTicketSaysWhenAndAtWhichGate() {
    CheckInAnswer answer =
        new CheckInAnswer(
            CheckInResult.ALREADY_ADMITTED,
            7L,
            "VIP",
            OffsetDateTime.of(2027, 6, 1, 19, 2, 0, 0, ZoneOffset.UTC),
            "3");

    assertThat(DoorWording.headline(answer)).isEqualTo("ALREADY ADMITTED");
    assertThat(DoorWording.detail(answer, ZoneOffset.UTC))
        .isEqualTo("at 19:02 at gate 3 · VIP · ticket 7");
    assertThat(DoorWording.styleClass(answer)).isEqualTo("already-admitted");
  }

  @Test
  void eachResultHasItsOwnUnmistakableWord() {
    assertThat(CheckInResult.values())
        .extracting(r -> DoorWording.headline(new CheckInAnswer(r, null, null, null, null)))
        .doesNotHaveDuplicates()
        .contains("ADMITTED", "REVOKED", "NOT FOR THIS CONCERT", "NOT A TICKET");
  }
}
