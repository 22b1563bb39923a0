package dev.ticketing.mail;

import dev.ticketing.booking.BookingSummary;
import dev.ticketing.eticket.TicketPdf;
import java.math.BigDecimal;
import java.net.URI;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.UUID;

/**
 * The words of a waiting list's offer mail: which concert, tier and how many tickets are held for
 * the person next in line, until when, and where to pay them.
 *
 * @param heading the concert (name, venue, time) as the tickets will say it
 * @param offer the offer's booking (HELD, its owner the entry's account)
 * @param payLink the address of the offer's payment step, or null if none is configured
 */
public record WaitlistOfferMail(TicketPdf.Heading heading, BookingSummary offer, String payLink)
    implements OutgoingMail {

  /**
   * The payment step of a hold is on its concert's booking screen ({@code
   * concerts/{id}?pay={booking}}), beside My bookings: its address is resolved against {@code
   * ticketing.mail.my-bookings-url}, the one address of the site the mails know.
   *
   * @param myBookings the address of My bookings, or null
   * @return the address, or null without {@code myBookings}
   */
  public static String payLink(String myBookings, long concertId, UUID bookingId) {
    if (myBookings == null || myBookings.isBlank()) {
      return null;
    }
    String base = myBookings.strip();
    while (base.endsWith("/")) {
      base = base.substring(0, base.length() - 1);
    }
    return URI.create(base).resolve("concerts/" + concertId + "?pay=" + bookingId).toString();
  }

  @Override
  public MailKind kind() {
    return MailKind.WAITLIST_OFFER;
  }

  @Override
  public String subject() {
    return "Tickets held for you: " + heading.concert();
  }

  @Override
  public String body() {
    StringBuilder text = new StringBuilder();
    text.append(
            "Tickets came back and you are next on the waiting list: they are yours to buy.\n\n")
        .append(heading.concert())
        .append('\n')
        .append(heading.venue())
        .append('\n')
        .append(
            heading.startsAt().withOffsetSameInstant(ZoneOffset.UTC).format(ConfirmationMail.WHEN))
        .append("\n\n");
    for (BookingSummary.Item item : offer.items()) {
      text.append("  ").append(item.quantity()).append(" × ").append(item.tierName()).append('\n');
    }
    text.append("Total: ")
        .append(money(offer.totalMinor(), offer.currency()))
        .append("\n\nThey are held for you until ")
        .append(
            offer.expiresAt().withOffsetSameInstant(ZoneOffset.UTC).format(ConfirmationMail.WHEN))
        .append(". Not paid by then, they go to the next person on the list.\n");
    if (payLink != null) {
      text.append("Pay for them here: ").append(payLink).append('\n');
    } else {
      text.append("Pay for them in My bookings, logged in with this address.\n");
    }
    text.append("Booking reference: ").append(offer.id()).append('\n');
    return text.toString();
  }

  /** {@code EUR 20.00}: the amount in the currency's own minor units. */
  static String money(long minor, String currency) {
    int digits;
    try {
      digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
    } catch (IllegalArgumentException unknown) {
      digits = 2;
    }
    return currency + " " + BigDecimal.valueOf(minor, digits).toPlainString();
  }
}
