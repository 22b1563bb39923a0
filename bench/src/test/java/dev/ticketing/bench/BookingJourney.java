package dev.ticketing.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jmesPath;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import java.util.Map;
import java.util.SortedMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A booker's journey, shared by the rush and the mixed load: read the concert's availability, book
 * (all tiers at once, {@code POST /api/bookings}), and on {@code 201} read the booking back and
 * check that it holds what was asked. A {@code 409} ("not enough tickets") is an answer, not an
 * error: it is recorded in {@link BookingOutcomes} and counted apart.
 */
final class BookingJourney {
  private static final String CONCERT = "concertId";
  private static final String ITEMS = "items";
  private static final String EXPECTED = "expected";

  private BookingJourney() {}

  /**
   * @param order what a user books this time: the concert and {@code tier -> quantity}
   */
  static ChainBuilder of(String name, Function<Session, Order> order, BookingOutcomes outcomes) {
    return exec(session -> {
          Order next = order.apply(session);
          return session
              .removeAll(
                  "bookingId", "status", "refusedTier", "refusedRequested", "refusedAvailable")
              .set(CONCERT, next.concertId())
              .set(ITEMS, next.json())
              .set(EXPECTED, next.expected());
        })
        .exec(
            http(name + ": availability").get("/api/concerts/#{concertId}").check(status().is(200)))
        .exec(
            http(name + ": book")
                .post("/api/bookings")
                .body(StringBody("{\"concertId\":#{concertId},\"items\":#{items}}"))
                .check(
                    status().in(201, 409).saveAs("status"),
                    jsonPath("$.bookingId").optional().saveAs("bookingId"),
                    jsonPath("$.tier").optional().saveAs("refusedTier"),
                    jsonPath("$.requested").ofInt().optional().saveAs("refusedRequested"),
                    jsonPath("$.available").ofInt().optional().saveAs("refusedAvailable")))
        .exec(
            session -> {
              long concertId = session.getLong(CONCERT);
              if (session.contains("bookingId")) {
                outcomes.booked(
                    session.getString("bookingId"), concertId, session.getString(EXPECTED));
              } else if (session.contains("refusedTier")) {
                outcomes.refused(
                    concertId,
                    session.getString("refusedTier"),
                    session.getInt("refusedRequested"),
                    session.getInt("refusedAvailable"));
              }
              return session;
            })
        .doIf(session -> session.contains("bookingId"))
        .then(
            http(name + ": read booking")
                .get("/api/bookings/#{bookingId}")
                .check(
                    status().is(200),
                    jsonPath("$.status").in("HELD", "CONFIRMED"),
                    jmesPath(
                            "join(',', sort_by(items, &tier)[].join(':', [tier,"
                                + " to_string(quantity)]))")
                        .is(session -> session.getString(EXPECTED))));
  }

  /** One booking to make: concert and quantity by tier code. */
  record Order(long concertId, SortedMap<String, Integer> quantities) {
    String json() {
      return quantities.entrySet().stream()
          .map(e -> "{\"tier\":\"" + e.getKey() + "\",\"quantity\":" + e.getValue() + "}")
          .collect(Collectors.joining(",", "[", "]"));
    }

    /** The items as the read-back must show them: {@code TIER:q} in tier order. */
    String expected() {
      return quantities.entrySet().stream()
          .map(Map.Entry::getKey)
          .map(tier -> tier + ":" + quantities.get(tier))
          .collect(Collectors.joining(","));
    }
  }
}
