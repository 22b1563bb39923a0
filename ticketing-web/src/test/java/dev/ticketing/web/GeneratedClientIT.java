package dev.ticketing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.ticketing.client.ApiClient;
import dev.ticketing.client.ApiException;
import dev.ticketing.client.api.BookingsApi;
import dev.ticketing.client.api.CatalogueApi;
import dev.ticketing.client.model.BookingItemRequest;
import dev.ticketing.client.model.BookingRequest;
import dev.ticketing.client.model.BookingView;
import dev.ticketing.client.model.PaymentRequest;
import dev.ticketing.client.model.Problem;
import dev.ticketing.client.model.TierView;
import dev.ticketing.web.support.TestDatabase;
import dev.ticketing.web.support.TestDatabase.Fixture;
import dev.ticketing.web.support.TicketingServer;
import java.net.URL;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The API as an integrator uses it: through a Java client that the build generates from the
 * committed OpenAPI document (openapi-generator, library {@code native}), against the real server.
 * If the document and the server disagree on a path, a name or a type, this client cannot book.
 */
@TicketingServer
class GeneratedClientIT {

  private ApiClient client;
  private CatalogueApi catalogue;
  private BookingsApi bookings;

  @BeforeEach
  void client(URL base) {
    client =
        new ApiClient()
            .setScheme(base.getProtocol())
            .setHost(base.getHost())
            .setPort(base.getPort())
            .setBasePath(base.getPath().replaceAll("/$", ""));
    catalogue = new CatalogueApi(client);
    bookings = new BookingsApi(client);
  }

  private static BookingRequest request(long concertId, String tier, int quantity) {
    return new BookingRequest()
        .concertId(concertId)
        .items(List.of(new BookingItemRequest().tier(tier).quantity(quantity)));
  }

  private TierView vip(long concertId) throws ApiException {
    return catalogue.getConcert(concertId).getTiers().get(0);
  }

  @Test
  void theGeneratedClientReadsAvailabilityHoldsPaysReadsAndCancelsABooking() throws Exception {
    Fixture f = TestDatabase.concert("Generated client", Map.of("VIP", 5));
    TierView before = vip(f.concertId());
    assertThat(before.getName()).isEqualTo("VIP");
    assertThat(before.getQuantityAvailable()).isEqualTo(5);

    BookingView held =
        bookings.holdBooking(request(f.concertId(), "VIP", 2), "client-" + UUID.randomUUID(), null);
    assertThat(held.getStatus()).isEqualTo(BookingView.StatusEnum.HELD);
    assertThat(held.getExpiresAt()).isAfter(OffsetDateTime.now());
    assertThat(held.getTotal()).isEqualTo(2 * before.getPrice());
    assertThat(held.getLinks().getPayment().toString()).endsWith(held.getBookingId() + "/payment");
    assertThat(vip(f.concertId()).getQuantityAvailable()).isEqualTo(3);

    BookingView paid =
        bookings.payBooking(
            held.getBookingId(), new PaymentRequest().card("4242 4242 4242 4242"), null);
    assertThat(paid.getStatus()).isEqualTo(BookingView.StatusEnum.CONFIRMED);
    BookingView read = bookings.getBooking(held.getBookingId());
    assertThat(read.getStatus()).isEqualTo(BookingView.StatusEnum.CONFIRMED);
    assertThat(read.getItems())
        .singleElement()
        .satisfies(item -> assertThat(item.getQuantity()).isEqualTo(2));

    BookingView cancelled = bookings.cancelBooking(held.getBookingId(), null);
    assertThat(cancelled.getStatus()).isEqualTo(BookingView.StatusEnum.CANCELLED);
    assertThat(vip(f.concertId()).getQuantityAvailable()).isEqualTo(5);
  }

  @Test
  void aRefusalReachesTheGeneratedClientAsATypedProblem() throws Exception {
    Fixture f = TestDatabase.concert("Generated refusal", Map.of("VIP", 3));

    try {
      bookings.holdBooking(request(f.concertId(), "VIP", 5), null, null);
      fail("booking 5 of 3 tickets was not refused");
    } catch (ApiException refused) {
      assertThat(refused.getCode()).isEqualTo(409);
      assertThat(refused.getResponseHeaders().firstValue("Content-Type"))
          .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
      Problem problem =
          client.getObjectMapper().readValue(refused.getResponseBody(), Problem.class);
      assertThat(problem.getType()).isEqualTo("urn:ticketing:problem:not-enough-tickets");
      assertThat(problem.getStatus()).isEqualTo(409);
      assertThat(problem.getTier()).isEqualTo("VIP");
      assertThat(problem.getRequested()).isEqualTo(5);
      assertThat(problem.getAvailable()).isEqualTo(3);
    }
    assertThat(vip(f.concertId()).getQuantityAvailable()).isEqualTo(3);
  }
}
