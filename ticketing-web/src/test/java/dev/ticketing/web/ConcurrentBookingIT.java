package dev.ticketing.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketing.web.support.Api;
import dev.ticketing.web.support.AtOnce;
import dev.ticketing.web.support.Deployments;
import dev.ticketing.web.support.TestDatabase;
import dev.ticketing.web.support.TestDatabase.Fixture;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Real concurrent HTTP requests against a real Payara Micro and PostgreSQL, then the database
 * invariants. Each request runs on its own thread and all are released at the same instant.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConcurrentBookingIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.ticketingWar();
  }

  @ArquillianResource private URL base;
  private Api api;

  @BeforeEach
  void client() {
    api = new Api(base);
  }

  @AfterEach
  void invariantsHold() {
    TestDatabase.assertInvariants();
  }

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
}
