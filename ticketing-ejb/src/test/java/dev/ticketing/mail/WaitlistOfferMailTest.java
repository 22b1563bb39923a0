package dev.ticketing.mail;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketing.booking.BookingStatus;
import dev.ticketing.booking.BookingSummary;
import dev.ticketing.eticket.TicketPdf;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WaitlistOfferMailTest {
  private static final UUID ID = UUID.fromString("0b7e2f0e-5d4c-4a8e-9a51-3c1f6f0c2a17");

  private static BookingSummary offer() {
    return new BookingSummary(
        ID,
        7,
        "Spring Gala",
        null,
        BookingStatus.HELD,
        OffsetDateTime.of(2027, 6, 1, 9, 0, 0, 0, ZoneOffset.UTC),
        // 11:10 at +02:00: the mail says it in UTC, as the confirmation says the concert's time
        OffsetDateTime.of(2027, 6, 1, 11, 10, 0, 0, ZoneOffset.ofHours(2)),
        List.of(new BookingSummary.Item("VIP", "Very Important", 2, 1000)),
        2000,
        "EUR",
        "ada@example.com");
  }

  private static TicketPdf.Heading heading() {
    return new TicketPdf.Heading(
        ID,
        "Spring Gala",
        "Post Hall",
        OffsetDateTime.of(2027, 7, 1, 20, 0, 0, 0, ZoneOffset.UTC),
        "ada@example.com");
  }

  @Test
  void theOfferMailSaysConcertTierQuantityTotalUntilWhenAndWhereToPay() {
    WaitlistOfferMail mail =
        new WaitlistOfferMail(
            heading(),
            offer(),
            WaitlistOfferMail.payLink("https://tickets.example/my-bookings", 7, ID));

    assertThat(mail.kind()).isEqualTo(MailKind.WAITLIST_OFFER);
    assertThat(mail.subject()).isEqualTo("Tickets held for you: Spring Gala");
    assertThat(mail.body())
        .contains("Spring Gala", "Post Hall", "Thu 1 Jul 2027, 20:00 UTC")
        .contains("2 × Very Important")
        .contains("Total: EUR 20.00")
        .contains("held for you until Tue 1 Jun 2027, 09:10 UTC")
        .contains("Pay for them here: https://tickets.example/concerts/7?pay=" + ID)
        .contains("Booking reference: " + ID);
  }

  @Test
  void withoutAnAddressOfMyBookingsTheMailSaysWhereToPayWithoutALink() {
    WaitlistOfferMail mail =
        new WaitlistOfferMail(heading(), offer(), WaitlistOfferMail.payLink(null, 7, ID));

    assertThat(mail.payLink()).isNull();
    assertThat(mail.body()).contains("Pay for them in My bookings").doesNotContain("http");
    assertThat(WaitlistOfferMail.payLink("  ", 7, ID)).isNull();
  }

  @Test
  void thePayLinkIsTheConcertsBookingScreenBesideMyBookings() {
    assertThat(WaitlistOfferMail.payLink("https://t.example/app/my-bookings/", 3, ID))
        .isEqualTo("https://t.example/app/concerts/3?pay=" + ID);
    assertThat(WaitlistOfferMail.payLink("http://localhost:8080/my-bookings", 3, ID))
        .isEqualTo("http://localhost:8080/concerts/3?pay=" + ID);
  }

  @Test
  void amountsAreWrittenInTheCurrencysOwnMinorUnits() {
    assertThat(WaitlistOfferMail.money(2000, "EUR")).isEqualTo("EUR 20.00");
    assertThat(WaitlistOfferMail.money(5, "USD")).isEqualTo("USD 0.05");
    assertThat(WaitlistOfferMail.money(1500, "JPY")).isEqualTo("JPY 1500");
  }
}
