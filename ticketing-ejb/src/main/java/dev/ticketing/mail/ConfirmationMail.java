package dev.ticketing.mail;

import dev.ticketing.eticket.IssuedTicket;
import dev.ticketing.eticket.TicketPdf;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The words of a booking's confirmation mail: its subject and plain-text body (the tickets travel
 * as the attached PDF).
 *
 * @param myBookings the address of My bookings, or null if none is configured
 */
public record ConfirmationMail(
    TicketPdf.Heading heading, List<IssuedTicket> tickets, String myBookings)
    implements OutgoingMail {
  static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH);

  @Override
  public MailKind kind() {
    return MailKind.CONFIRMATION;
  }

  @Override
  public String subject() {
    return "Your tickets: " + heading.concert();
  }

  @Override
  public String body() {
    StringBuilder text = new StringBuilder();
    text.append("Your booking is confirmed.\n\n")
        .append(heading.concert())
        .append('\n')
        .append(heading.venue())
        .append('\n')
        .append(heading.startsAt().withOffsetSameInstant(ZoneOffset.UTC).format(WHEN))
        .append("\n\n");
    for (IssuedTicket ticket : tickets) {
      text.append("  ")
          .append(ticket.tierName())
          .append(", ticket ")
          .append(ticket.ticketId())
          .append('\n');
    }
    text.append("\nYour tickets are attached (tickets.pdf): show the QR codes at the door,")
        .append(" on your phone or printed.\n")
        .append("Booking reference: ")
        .append(heading.bookingId())
        .append('\n');
    if (myBookings != null) {
      text.append("My bookings: ").append(myBookings).append('\n');
    }
    return text.toString();
  }
}
