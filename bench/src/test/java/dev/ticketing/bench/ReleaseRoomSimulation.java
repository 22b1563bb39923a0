package dev.ticketing.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A release with a waiting room: {@code bench.arrivals} people arrive over {@code
 * bench.arrivalSeconds} (open model), each from an address of its own (as HAProxy reports it in
 * {@code X-Forwarded-For}; the server trusts the loopback as its proxy). Each joins the concert's
 * line ({@code POST /api/concerts/{id}/queue}), polls its place as told ({@code pollAfterSeconds}),
 * and once let in books 1 or 2 tickets of {@code bench.hotTier} with its admission and pays; told
 * {@code SOLD_OUT}, {@code CLOSED} or {@code EXPIRED}, it leaves.
 *
 * <p>Writes {@code <bench.outcomes>-room.txt}: the latency percentiles of joins, polls, admitted
 * bookings and payments (ms), how each visit ended, and the moments the run's end is judged by: the
 * last answer {@code WAITING} or {@code ADMITTED} to anyone, and the first {@code SOLD_OUT} (epoch
 * ms, compared by {@code bench/run.sh} with the last sale in the database). Booked ids go to {@code
 * -booked.tsv} as in the other runs, for the invariants check.
 */
public class ReleaseRoomSimulation extends Simulation {
  private static final Set<String> IN_LINE = Set.of("PREQUEUE", "WAITING", "PAUSED");
  private static final String CARD = "4242424242424242";

  /** Whether each person only joins and leaves ({@code -Dbench.joinOnly=true}). */
  private static final boolean JOIN_ONLY = Boolean.getBoolean("bench.joinOnly");

  /**
   * If above 0, each person waits in line this many seconds after joining, polling as told, then
   * leaves without booking ({@code -Dbench.waitSeconds}: the run that measures what waiting costs).
   */
  private static final int WAIT_SECONDS = Integer.getInteger("bench.waitSeconds", 0);

  /**
   * Polls answered from this moment on (epoch ms, {@code -Dbench.countPollsFrom}) are counted
   * apart, for the server's CPU per poll over a window that has no joins in it.
   */
  private static final long COUNT_POLLS_FROM = Long.getLong("bench.countPollsFrom", 0);

  /** The end of that window (epoch ms, {@code -Dbench.countPollsUntil}). */
  private static final long COUNT_POLLS_UNTIL =
      Long.getLong("bench.countPollsUntil", Long.MAX_VALUE);

  private final Map<String, ConcurrentLinkedQueue<Integer>> millis = new ConcurrentHashMap<>();
  private final Map<String, AtomicLong> ends = new ConcurrentHashMap<>();
  private final AtomicLong lastInLineAnswer = new AtomicLong();
  private final AtomicLong firstSoldOut = new AtomicLong(Long.MAX_VALUE);
  private final AtomicLong polls = new AtomicLong();
  private final AtomicLong start = new AtomicLong();
  private final AtomicLong pollsCounted = new AtomicLong();
  private final BookingOutcomes outcomes = new BookingOutcomes();

  {
    String baseUrl = System.getProperty("bench.baseUrl", "http://127.0.0.1:8080");
    long concert = Long.getLong("bench.hotConcert");
    String tier = System.getProperty("bench.hotTier", "HOT");
    int arrivals = Integer.getInteger("bench.arrivals", 20_000);
    int arrivalSeconds = Integer.getInteger("bench.arrivalSeconds", 60);

    ChainBuilder poll =
        answered(
            "poll",
            Set.of(200),
            http("room: poll")
                .get("/api/concerts/" + concert + "/queue/#{ticket}")
                .check(
                    jsonPath("$.state").optional().saveAs("state"),
                    jsonPath("$.pollAfterSeconds").ofInt().optional().saveAs("pollAfter"),
                    jsonPath("$.admission").optional().saveAs("admission")));

    ChainBuilder visit =
        exec(session ->
                session
                    .set(
                        "from",
                        "10."
                            + ThreadLocalRandom.current().nextInt(256)
                            + "."
                            + ThreadLocalRandom.current().nextInt(256)
                            + "."
                            + (1 + ThreadLocalRandom.current().nextInt(254)))
                    .set("quantity", 1 + ThreadLocalRandom.current().nextInt(2))
                    .set("state", "JOINING"))
            .exec(
                answered(
                    "join",
                    Set.of(200, 201),
                    http("room: join")
                        .post("/api/concerts/" + concert + "/queue")
                        .header("X-Forwarded-For", "#{from}")
                        .body(StringBody("{}"))
                        .check(
                            jsonPath("$.ticket").optional().saveAs("ticket"),
                            jsonPath("$.state").optional().saveAs("state"),
                            jsonPath("$.pollAfterSeconds").ofInt().optional().saveAs("pollAfter"),
                            jsonPath("$.admission").optional().saveAs("admission"))))
            .exitHereIf(session -> JOIN_ONLY || !session.contains("ticket"))
            .exec(session -> session.set("joinedAt", System.currentTimeMillis()))
            .asLongAs(
                session ->
                    IN_LINE.contains(session.getString("state"))
                        && (WAIT_SECONDS == 0
                            || System.currentTimeMillis() - session.getLong("joinedAt")
                                < WAIT_SECONDS * 1000L))
            .on(
                pause(session -> Duration.ofSeconds(Math.max(1, session.getInt("pollAfter"))))
                    .exec(poll))
            .exitHereIf(session -> WAIT_SECONDS > 0)
            .exec(
                session -> {
                  ends.computeIfAbsent(session.getString("state"), s -> new AtomicLong())
                      .incrementAndGet();
                  return session;
                })
            .doIf(session -> "ADMITTED".equals(session.getString("state")))
            .then(
                exec(answered(
                        "book",
                        Set.of(201, 409),
                        http("room: book")
                            .post("/api/bookings")
                            .header("Admission", "#{admission}")
                            .header("X-Forwarded-For", "#{from}")
                            .body(
                                StringBody(
                                    "{\"concertId\":"
                                        + concert
                                        + ",\"items\":[{\"tier\":\""
                                        + tier
                                        + "\",\"quantity\":#{quantity}}]}"))
                            .check(jsonPath("$.bookingId").optional().saveAs("bookingId"))))
                    .exec(
                        session -> {
                          outcomes.answered(session.getInt("code"), session.getInt("ms"));
                          if (session.contains("bookingId")) {
                            TreeMap<String, Integer> items = new TreeMap<>();
                            items.put(tier, session.getInt("quantity"));
                            outcomes.booked(
                                session.getString("bookingId"),
                                concert,
                                new BookingJourney.Order(concert, items).expected());
                          }
                          return session;
                        })
                    .doIf(session -> session.contains("bookingId"))
                    .then(
                        answered(
                            "pay",
                            Set.of(200),
                            http("room: pay")
                                .post("/api/bookings/#{bookingId}/payment")
                                .header("X-Forwarded-For", "#{from}")
                                .body(StringBody("{\"card\":\"" + CARD + "\"}")))));

    setUp(
            scenario("release with a waiting room")
                .exec(visit)
                .injectOpen(
                    constantUsersPerSec((double) arrivals / arrivalSeconds)
                        .during(Duration.ofSeconds(arrivalSeconds))))
        .protocols(
            http.baseUrl(baseUrl)
                .acceptHeader("application/json")
                .contentTypeHeader("application/json")
                .disableWarmUp()
                .disableCaching());
  }

  /**
   * The request, made again after its {@code Retry-After} for as long as it is answered {@code 503}
   * (the server shedding, as a client should take it); each {@code 503} is counted apart, any
   * answer not in {@code expected} as an error.
   */
  private ChainBuilder answered(
      String name, Set<Integer> expected, HttpRequestActionBuilder request) {
    return exec(session -> session.set("answered", false))
        .asLongAs(session -> !session.getBoolean("answered"))
        .on(
            exec(request.check(
                    status().saveAs("code"),
                    responseTimeInMillis().saveAs("ms"),
                    header("Retry-After").optional().saveAs("retryAfter")))
                .exec(
                    session -> {
                      int code = session.contains("code") ? session.getInt("code") : 0;
                      if (code == 503) {
                        count(name + "_shed");
                        return session.set("answered", false);
                      }
                      if (!expected.contains(code)) {
                        count(name + "_errors");
                      }
                      return seen(session.set("answered", true), name);
                    })
                .doIf(session -> !session.getBoolean("answered"))
                .then(
                    pause(
                        session ->
                            Duration.ofSeconds(
                                session.contains("retryAfter")
                                    ? Math.max(1, Long.parseLong(session.getString("retryAfter")))
                                    : 1))));
  }

  private void count(String what) {
    ends.computeIfAbsent(what, s -> new AtomicLong()).incrementAndGet();
  }

  private Session seen(Session session, String request) {
    record(request, session.contains("ms") ? session.getInt("ms") : 0);
    if (request.equals("poll")) {
      polls.incrementAndGet();
      long at = System.currentTimeMillis();
      if (COUNT_POLLS_FROM > 0 && at >= COUNT_POLLS_FROM && at < COUNT_POLLS_UNTIL) {
        pollsCounted.incrementAndGet();
      }
    }
    if (!request.equals("poll") && !request.equals("join")) {
      return session;
    }
    long now = System.currentTimeMillis();
    String state = session.getString("state");
    if (IN_LINE.contains(state) || "ADMITTED".equals(state)) {
      lastInLineAnswer.accumulateAndGet(now, Math::max);
    } else if ("SOLD_OUT".equals(state)) {
      firstSoldOut.accumulateAndGet(now, Math::min);
    }
    if (!session.contains("pollAfter")) {
      return session.set("pollAfter", 1);
    }
    return session;
  }

  private void record(String request, int ms) {
    millis.computeIfAbsent(request, r -> new ConcurrentLinkedQueue<>()).add(ms);
    // Also per 10 s of the run, by when the answer came: whether a p95 is the whole run's or its
    // first seconds' (a path the server has not run before compiles while it serves).
    long now = System.currentTimeMillis();
    start.compareAndSet(0, now);
    millis
        .computeIfAbsent(
            request + "@" + (now - start.get()) / 10_000, r -> new ConcurrentLinkedQueue<>())
        .add(ms);
  }

  @Override
  public void after() {
    outcomes.writeIfAsked();
    List<String> lines = new ArrayList<>();
    for (String request : List.of("join", "poll", "book", "pay")) {
      Collection<Integer> all = millis.getOrDefault(request, new ConcurrentLinkedQueue<>());
      lines.add(
          String.format(
              "%s_count=%d %s_p50=%d %s_p95=%d %s_p99=%d",
              request,
              all.size(),
              request,
              percentile(all, 50),
              request,
              percentile(all, 95),
              request,
              percentile(all, 99)));
    }
    int lastWindow =
        millis.keySet().stream()
            .filter(key -> key.contains("@"))
            .mapToInt(key -> Integer.parseInt(key.substring(key.indexOf('@') + 1)))
            .max()
            .orElse(-1);
    for (String request : List.of("join", "poll", "book")) {
      StringBuilder windows = new StringBuilder(request + "_p95_per_10s=");
      for (int window = 0; window <= lastWindow; window++) {
        Collection<Integer> in = millis.get(request + "@" + window);
        windows.append(window == 0 ? "" : ",").append(in == null ? "-" : percentile(in, 95));
      }
      lines.add(windows.toString());
    }
    StringBuilder ended = new StringBuilder();
    new TreeMap<>(ends)
        .forEach(
            (what, n) ->
                ended
                    .append(what.contains("_") ? " " : " ended_")
                    .append(what)
                    .append('=')
                    .append(n));
    lines.add(ended.toString().strip());
    lines.add(
        "last_in_line_answer_ms="
            + lastInLineAnswer.get()
            + " first_sold_out_ms="
            + (firstSoldOut.get() == Long.MAX_VALUE ? 0 : firstSoldOut.get())
            + " polls="
            + polls.get()
            + " polls_counted="
            + pollsCounted.get());
    String prefix = System.getProperty("bench.outcomes");
    if (prefix != null) {
      try {
        Files.write(Path.of(prefix + "-room.txt"), lines);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    lines.forEach(line -> System.out.println("[bench] room: " + line));
  }

  private static int percentile(Collection<Integer> values, int p) {
    List<Integer> sorted = values.stream().sorted().toList();
    return sorted.isEmpty() ? 0 : sorted.get((int) Math.ceil(p / 100.0 * sorted.size()) - 1);
  }
}
