package dev.ticketing.checkin;

import java.time.OffsetDateTime;

/**
 * The answer to one scan.
 *
 * @param ticketId the e-ticket scanned, or null if the code is not a ticket
 * @param tier the ticket's tier code, or null
 * @param firstAdmittedAt when the ticket was first let in (now, if this scan let it in), or null
 * @param firstGate the gate that first let it in, or null
 */
public record CheckInAnswer(
    CheckInResult result,
    Long ticketId,
    String tier,
    OffsetDateTime firstAdmittedAt,
    String firstGate) {

  static CheckInAnswer notATicket() {
    return new CheckInAnswer(CheckInResult.NOT_A_TICKET, null, null, null, null);
  }
}
