package dev.ticketing.ui.door;

import dev.ticketing.checkin.CheckInAnswer;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** What the door page says about a scan: a word to see from afar, and a line to read. */
final class DoorWording {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

  private DoorWording() {}

  /** The big word. */
  static String headline(CheckInAnswer answer) {
    return switch (answer.result()) {
      case ADMITTED -> "ADMITTED";
      case ALREADY_ADMITTED -> "ALREADY ADMITTED";
      case REVOKED -> "REVOKED";
      case WRONG_CONCERT -> "NOT FOR THIS CONCERT";
      case NOT_A_TICKET -> "NOT A TICKET";
    };
  }

  /** The line under it. */
  static String detail(CheckInAnswer answer, ZoneId zone) {
    String ticket =
        answer.ticketId() == null ? "" : answer.tier() + " · ticket " + answer.ticketId();
    return switch (answer.result()) {
      case ADMITTED -> ticket;
      case ALREADY_ADMITTED ->
          "at "
              + answer.firstAdmittedAt().atZoneSameInstant(zone).format(TIME)
              + " at gate "
              + answer.firstGate()
              + " · "
              + ticket;
      case REVOKED -> "this ticket was cancelled · " + ticket;
      case WRONG_CONCERT -> "a ticket of another concert";
      case NOT_A_TICKET -> "the code is not one of our tickets: check it or scan again";
    };
  }

  /** The class that colours the answer. */
  static String styleClass(CheckInAnswer answer) {
    return answer.result().name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
