package dev.ticketing.bench;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.rampUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The load a simulation puts on the server, from the {@code -Dbench.*} system properties that
 * {@code bench/run.sh} passes, and the two ways of applying it.
 *
 * <ul>
 *   <li><b>closed</b> ({@code bench.model=closed}): {@code bench.users} clients arrive over {@code
 *       bench.rampSeconds} and each repeats the journey until the ramp and {@code
 *       bench.durationSeconds} are over (all stop together), on its own kept-alive connection.
 *       Concurrency is fixed, throughput is what the server gives: the same shape as pgbench's
 *       clients, so the two rates compare.
 *   <li><b>open</b> ({@code bench.model=open}): new users arrive at {@code bench.rate} per second
 *       (reached over the ramp) whatever the server's speed, each makes the journey once on a new
 *       connection and leaves. Throughput is fixed, latency is what the server gives.
 * </ul>
 */
record BenchLoad(
    String baseUrl, String model, int users, double rate, int durationSeconds, int rampSeconds) {

  static BenchLoad fromSystemProperties() {
    return new BenchLoad(
        System.getProperty("bench.baseUrl", "http://127.0.0.1:8080"),
        System.getProperty("bench.model", "closed"),
        Integer.getInteger("bench.users", 64),
        Double.parseDouble(System.getProperty("bench.rate", "50")),
        Integer.getInteger("bench.durationSeconds", 20),
        Integer.getInteger("bench.rampSeconds", 3));
  }

  HttpProtocolBuilder protocol() {
    HttpProtocolBuilder protocol =
        http.baseUrl(baseUrl)
            .acceptHeader("application/json")
            .contentTypeHeader("application/json")
            // The warm-up request goes to gatling.io by default: loopback only here.
            .disableWarmUp()
            .disableCaching();
    // Users on kept-alive connections of one pool, as a load balancer in front of the server
    // keeps them (HAProxy's http-reuse): the server then pays for requests, not for connections.
    return Boolean.getBoolean("bench.sharedConnections") ? protocol.shareConnections() : protocol;
  }

  /** The journey under this load, named for the report. */
  PopulationBuilder apply(String name, ChainBuilder journey) {
    Duration ramp = Duration.ofSeconds(rampSeconds);
    Duration steady = Duration.ofSeconds(durationSeconds);
    return switch (model) {
      case "closed" -> {
        // Set by the first user to arrive: the moment every user stops.
        AtomicLong endNanos = new AtomicLong();
        long runNanos = ramp.plus(steady).toNanos();
        yield scenario(name)
            .exec(
                session -> {
                  endNanos.compareAndSet(0, System.nanoTime() + runNanos);
                  return session;
                })
            .exec(asLongAs(session -> System.nanoTime() - endNanos.get() < 0).on(journey))
            .injectOpen(rampUsers(users).during(ramp));
      }
      case "open" ->
          scenario(name)
              .exec(journey)
              .injectOpen(
                  rampUsersPerSec(1).to(rate).during(ramp),
                  constantUsersPerSec(rate).during(steady));
      default -> throw new IllegalArgumentException("bench.model must be closed or open: " + model);
    };
  }
}
