package dev.ticketing.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketing.web.support.Api;
import dev.ticketing.web.support.AtOnce;
import dev.ticketing.web.support.Metrics;
import dev.ticketing.web.support.TestDatabase;
import dev.ticketing.web.support.TestDatabase.Fixture;
import dev.ticketing.web.support.TicketingServer;
import java.net.URI;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Real concurrent HTTP requests against a real Payara Micro and PostgreSQL, then the database
 * invariants. Each request runs on its own thread and all are released at the same instant.
 */
@TicketingServer
class ConcurrentBookingIT {

  // Set before each test by @TicketingServer.
  private URL base;
  private Api api;

  /**
   * Fires {@code count} bookings at once; the body of booking i is {@code body.apply(i)}. A booking
   * shed with 503 under the burst is sent again after its Retry-After, as a client does.
   */
  private List<Api.Reply> fireAtOnce(int count, IntFunction<String> body) throws Exception {
    return AtOnce.send(
        count, i -> Api.retryingWhenShed(() -> api.postJson("api/bookings", body.apply(i))));
  }

  private static long count(List<Api.Reply> replies, int status) {
    return replies.stream().filter(r -> r.status() == status).count();
  }

  @Test
  void threeHundredBookersForOneHundredTicketsSellExactlyOneHundred() throws Exception {
    Fixture f = TestDatabase.concert("Rush", Map.of("VIP", 100));
    String json =
        "{\"concertId\":" + f.concertId() + ",\"items\":[{\"tier\":\"VIP\",\"quantity\":1}]}";

    List<Api.Reply> replies = fireAtOnce(300, i -> json);

    Map<Integer, Long> byStatus =
        replies.stream().collect(Collectors.groupingBy(Api.Reply::status, Collectors.counting()));
    assertThat(count(replies, 201)).as("held, of %s", byStatus).isEqualTo(100);
    assertThat(count(replies, 409)).as("refused as sold out, of %s", byStatus).isEqualTo(200);
    assertThat(TestDatabase.unsold(f.tier("VIP"))).isZero();
    assertThat(TestDatabase.sold(f.tier("VIP"))).isEqualTo(100);
    assertThat(TestDatabase.bookingsOf(f.concertId())).isEqualTo(100);
  }

  @Test
  void sixtyBookersOfATierWithPlentyLeftAllSucceed() throws Exception {
    Fixture f = TestDatabase.concert("Plenty", Map.of("GA", 1000));
    String json =
        "{\"concertId\":" + f.concertId() + ",\"items\":[{\"tier\":\"GA\",\"quantity\":2}]}";

    List<Api.Reply> replies = fireAtOnce(60, i -> json);

    assertThat(replies).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(201));
    assertThat(TestDatabase.unsold(f.tier("GA"))).isEqualTo(1000 - 120);
  }

  @Test
  void severalTierBookingsThatCrossFinishWithoutDeadlock() throws Exception {
    Fixture f = TestDatabase.concert("Cross", Map.of("VIP", 500, "GA", 500));
    String vipFirst =
        "{\"concertId\":"
            + f.concertId()
            + ",\"items\":[{\"tier\":\"VIP\",\"quantity\":1},{\"tier\":\"GA\",\"quantity\":2}]}";
    String gaFirst =
        "{\"concertId\":"
            + f.concertId()
            + ",\"items\":[{\"tier\":\"GA\",\"quantity\":2},{\"tier\":\"VIP\",\"quantity\":1}]}";

    List<Api.Reply> replies = fireAtOnce(100, i -> i % 2 == 0 ? vipFirst : gaFirst);

    assertThat(replies).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(201));
    assertThat(TestDatabase.unsold(f.tier("VIP"))).isEqualTo(400);
    assertThat(TestDatabase.unsold(f.tier("GA"))).isEqualTo(300);
  }

  @Test
  void crossingBookingsThatSellBothTiersOutNeverOversellOrSayNoWhileTicketsRemain()
      throws Exception {
    Fixture f = TestDatabase.concert("CrossSellout", Map.of("VIP", 30, "GA", 45));
    Random random = new Random(42);
    int[] vip = new int[120];
    int[] ga = new int[120];
    for (int i = 0; i < vip.length; i++) {
      vip[i] = 1 + random.nextInt(3);
      ga[i] = 1 + random.nextInt(3);
    }

    List<Api.Reply> replies =
        fireAtOnce(
            120,
            i -> {
              String a = "{\"tier\":\"VIP\",\"quantity\":" + vip[i] + "}";
              String b = "{\"tier\":\"GA\",\"quantity\":" + ga[i] + "}";
              return "{\"concertId\":"
                  + f.concertId()
                  + ",\"items\":["
                  + (i % 2 == 0 ? a + "," + b : b + "," + a)
                  + "]}";
            });

    assertThat(replies).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isIn(201, 409));
    int vipLeft = TestDatabase.unsold(f.tier("VIP"));
    int gaLeft = TestDatabase.unsold(f.tier("GA"));
    int vipSold = 0;
    int gaSold = 0;
    for (int i = 0; i < replies.size(); i++) {
      Api.Reply reply = replies.get(i);
      if (reply.status() == 201) {
        vipSold += vip[i];
        gaSold += ga[i];
      } else {
        // Stock only falls, so what is left at the end was left when this booking was refused:
        // the refusal was right only if that could not have served it.
        boolean vipShort = reply.json().getString("tier").equals("VIP");
        assertThat(vipShort ? vipLeft : gaLeft)
            .as("refused %s while tickets remained", reply)
            .isLessThan(vipShort ? vip[i] : ga[i]);
      }
    }
    assertThat(vipSold).isEqualTo(30 - vipLeft);
    assertThat(gaSold).isEqualTo(45 - gaLeft);
  }

  /**
   * A release: everyone books one tier at once, 1-4 tickets each, more than there are. The bookings
   * arriving together are held in batches (the metrics show batches of several), and the batch that
   * the free rows no longer cover is rolled back and made one booking at a time: the tier sells out
   * exactly, each booking owns its own tickets (the invariants after each test), and nobody is told
   * "sold out" while their quantity was still there.
   */
  @Test
  void aReleaseHeldInBatchesSellsOutExactlyAndRefusesOnlyWhatIsGone() throws Exception {
    Fixture f = TestDatabase.concert("Release", Map.of("HOT", 400));
    Random random = new Random(7);
    int[] quantity = new int[240];
    for (int i = 0; i < quantity.length; i++) {
      quantity[i] = 1 + random.nextInt(4);
    }
    URI metrics = base.toURI().resolve("/metrics"); // the server's, beside the application
    String before = api.get(metrics).body();

    List<Api.Reply> replies =
        fireAtOnce(
            quantity.length,
            i ->
                "{\"concertId\":"
                    + f.concertId()
                    + ",\"items\":[{\"tier\":\"HOT\",\"quantity\":"
                    + quantity[i]
                    + "}]}");

    assertThat(replies).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isIn(201, 409));
    int left = TestDatabase.unsold(f.tier("HOT"));
    int sold = 0;
    for (int i = 0; i < replies.size(); i++) {
      Api.Reply reply = replies.get(i);
      if (reply.status() == 201) {
        sold += quantity[i];
        assertThat(
                TestDatabase.queryInt(
                    "SELECT count(*) FROM ticket WHERE booking_id = CAST(? AS uuid)",
                    reply.json().getString("bookingId")))
            .as("tickets of %s", reply)
            .isEqualTo(quantity[i]);
      } else {
        assertThat(left).as("refused %s while tickets remained", reply).isLessThan(quantity[i]);
      }
    }
    assertThat(sold).isEqualTo(400 - left);
    assertThat(replies).as("refused: the tier sold out").anyMatch(r -> r.status() == 409);

    String after = api.get(metrics).body();
    assertThat(after).as("the metrics").contains("ticketing_booking_requests_total");
    long batches = held(after, "batches") - held(before, "batches");
    long batched = held(after, "batched") - held(before, "batched");
    assertThat(batched)
        .as("bookings held in %s batches: more bookings than batches", batches)
        .isGreaterThan(batches);
  }

  /** {@code ticketing_booking_<name>_total{outcome="held"}}. */
  private static long held(String metrics, String name) {
    return Metrics.counter(
        metrics, "ticketing_booking_" + name + "_total", Map.of("outcome", "held"));
  }
}
