package dev.ticketing.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jmesPath;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import java.time.Duration;
import java.util.Map;
import java.util.SortedMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A booker's journey, shared by the rush and the mixed load: read the concert's availability, book
 * (all tiers at once, {@code POST /api/bookings}), and on {@code 201} read the booking back and
 * check that it holds what was asked. A {@code 409} ("not enough tickets") is an answer, not an
 * error: it is recorded in {@link BookingOutcomes} and counted apart. With {@code
 * -Dbench.shed=true} (the overload run) so is a {@code 503}: the server shedding what it cannot
 * serve in time.
 */
final class BookingJourney {
  private static final String CONCERT = "concertId";
  private static final String ITEMS = "items";
  private static final String EXPECTED = "expected";

  /**
   * Whether a {@code 503} is an answer (the overload run) rather than an error: the server shedding
   * what it cannot serve in time. The user then waits for the {@code Retry-After} it was given, as
   * a client should, before the next journey.
   */
  private static final boolean SHED_IS_ANSWER = Boolean.getBoolean("bench.shed");

  /** Whether the journey is the booking request alone, without the reads around it. */
  private static final boolean BOOK_ONLY = Boolean.getBoolean("bench.bookOnly");

  private BookingJourney() {}

  /**
   * @param order what a user books this time: the concert and {@code tier -> quantity}
   */
  static ChainBuilder of(String name, Function<Session, Order> order, BookingOutcomes outcomes) {
    return exec(session -> {
          Order next = order.apply(session);
          return session
              .removeAll(
                  "bookingId",
                  "status",
                  "bookMillis",
                  "retryAfter",
                  "refusedTier",
                  "refusedRequested",
                  "refusedAvailable")
              .set(CONCERT, next.concertId())
              .set(ITEMS, next.json())
              .set(EXPECTED, next.expected());
        })
        .doIf(session -> !BOOK_ONLY)
        .then(
            http(name + ": availability").get("/api/concerts/#{concertId}").check(status().is(200)))
        .exec(
            http(name + ": book")
                .post("/api/bookings")
                .body(StringBody("{\"concertId\":#{concertId},\"items\":#{items}}"))
                .check(
                    (SHED_IS_ANSWER ? status().in(201, 409, 503) : status().in(201, 409))
                        .saveAs("status"),
                    responseTimeInMillis().saveAs("bookMillis"),
                    header("Retry-After").optional().saveAs("retryAfter"),
                    jsonPath("$.bookingId").optional().saveAs("bookingId"),
                    jsonPath("$.tier").optional().saveAs("refusedTier"),
                    jsonPath("$.requested").ofInt().optional().saveAs("refusedRequested"),
                    jsonPath("$.available").ofInt().optional().saveAs("refusedAvailable")))
        .exec(
            session -> {
              long concertId = session.getLong(CONCERT);
              if (session.contains("status")) {
                outcomes.answered(session.getInt("status"), session.getInt("bookMillis"));
              }
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
        .doIf(session -> session.contains("retryAfter"))
        .then(pause(session -> Duration.ofSeconds(Long.parseLong(session.getString("retryAfter")))))
        .doIf(session -> !BOOK_ONLY && session.contains("bookingId"))
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
