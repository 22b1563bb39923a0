package dev.ticketing.web.health;

import dev.ticketing.booking.hold.Rehearsal;
import dev.ticketing.database.SchemaMigration;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.StringReader;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.metrics.Gauge;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Makes readiness mean "ready for the rush". A new JVM books at a fraction of its warm rate while
 * its JIT compilers work through the booking path, and an instance is cold exactly when it is
 * needed: started before a sale, or added under load. So before {@link WarmUpReadiness} says UP,
 * the server practises on itself until its compilers have little left to do ({@value
 * #SETTLED_MILLIS} ms of compilation in {@value #SETTLED_WINDOW_SECONDS} s), at most {@code
 * ticketing.warm-up.max-seconds} (0: no warm-up):
 *
 * <ul>
 *   <li>{@value #HTTP_WORKERS} clients send it the requests of a rush through its own HTTP
 *       listener: the catalogue and a concert's counts, bookings that are refused (a tier that does
 *       not exist, a body that is not valid, a booking that is not there), each through the same
 *       filters, JSON binding, validation, booking gate, booking transaction and problem answers as
 *       a real one;
 *   <li>{@value #REHEARSAL_WORKERS} workers rehearse the booking statements, alone and in batches,
 *       on a concert of their own in transactions that are rolled back ({@link Rehearsal}).
 * </ul>
 *
 * It leaves no trace: nothing is committed, and the booking metrics its requests counted are
 * removed when it ends (they start again from zero with the first real request).
 */
@ApplicationScoped
public class WarmUp {
  private static final Logger LOG = Logger.getLogger(WarmUp.class.getName());

  static final int HTTP_WORKERS = 24;
  static final int REHEARSAL_WORKERS = 2;
  static final long SETTLED_MILLIS = 300;
  static final int SETTLED_WINDOW_SECONDS = 2;
  private static final int MIN_SECONDS = 5;
  private static final String NO_SUCH_TIER = "WARM_UP_NO_SUCH_TIER";

  enum State {
    WAITING,
    RUNNING,
    DONE,
    OFF
  }

  @Inject private SchemaMigration schema;

  @Inject private Rehearsal rehearsal;

  @Inject private MetricRegistry metrics;

  @Resource private ManagedThreadFactory threads;

  private volatile State state = State.WAITING;
  private volatile String summary = "";

  /** The metrics that existed when the warm-up began sending requests; null before. */
  private volatile Set<MetricID> countedBefore;

  private final AtomicBoolean stop = new AtomicBoolean();
  private final AtomicLong requests = new AtomicLong();
  private final AtomicLong rehearsed = new AtomicLong();
  private final long startedNanos = System.nanoTime();

  /** Starts the warm-up once the application is deployed. */
  void start(@Observes @Initialized(ApplicationScoped.class) ServletContext context) {
    Config config = ConfigProvider.getConfig(WarmUp.class.getClassLoader());
    int maxSeconds = config.getValue("ticketing.warm-up.max-seconds", Integer.class);
    if (maxSeconds <= 0) {
      state = State.OFF;
      summary = "off (ticketing.warm-up.max-seconds=0)";
      return;
    }
    Optional<URI> base =
        config
            .getOptionalValue("payara.instance.http.port", Integer.class)
            .map(port -> URI.create("http://127.0.0.1:" + port + context.getContextPath() + "/"));
    threads.newThread(() -> run(maxSeconds, base)).start();
  }

  State state() {
    return state;
  }

  String summary() {
    return summary;
  }

  private void run(int maxSeconds, Optional<URI> base) {
    long deadline = startedNanos + Duration.ofSeconds(maxSeconds).toNanos();
    try {
      while (!schema.isMigrated()) {
        if (System.nanoTime() > deadline) {
          // The database is not there yet: readiness waits for it anyway, and a warm-up then
          // would hold up the first requests it could serve.
          finish("skipped: the database was not ready within " + maxSeconds + " s");
          return;
        }
        Thread.sleep(200);
      }
      countedBefore = metrics.getMetricIDs();
      state = State.RUNNING;
      long from = System.nanoTime();
      List<Thread> workers = new ArrayList<>();
      if (base.isPresent()) {
        URI uri = base.get();
        HttpClient client =
            HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2))
                .build();
        // One round alone first: the server's first JSON requests must not come at once (Payara's
        // JaxRSJsonContextResolver sets itself up unsafely on first use; FirstJsonAlone holds the
        // others back, this keeps the workers from queueing behind it).
        try {
          round(client, uri, List.of());
        } catch (IOException | RuntimeException notAnswered) {
          LOG.log(Level.FINE, "warm-up's first round not answered", notAnswered);
        }
        for (int i = 0; i < HTTP_WORKERS; i++) {
          workers.add(threads.newThread(() -> requests(client, uri)));
        }
      }
      for (int i = 0; i < REHEARSAL_WORKERS; i++) {
        workers.add(threads.newThread(this::rehearse));
      }
      workers.forEach(Thread::start);
      String why = awaitSettled(deadline);
      stop.set(true);
      for (Thread worker : workers) {
        worker.join(Duration.ofSeconds(10).toMillis());
      }
      finish(
          String.format(
              "%d requests and %d rehearsed bookings in %.1f s; %s",
              requests.get(), rehearsed.get(), (System.nanoTime() - from) / 1e9, why));
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      stop.set(true);
      finish("interrupted");
    } catch (RuntimeException failed) {
      LOG.log(Level.WARNING, "warm-up failed; ready without it", failed);
      stop.set(true);
      finish("failed: " + failed);
    }
  }

  /** Waits until the JIT compilers have settled, or the deadline; says which. */
  private String awaitSettled(long deadline) throws InterruptedException {
    CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    boolean measurable = jit != null && jit.isCompilationTimeMonitoringSupported();
    long[] window = new long[SETTLED_WINDOW_SECONDS + 1];
    StringBuilder perSecond = new StringBuilder();
    int second = 0;
    long last = measurable ? jit.getTotalCompilationTime() : 0;
    while (System.nanoTime() < deadline) {
      Thread.sleep(1000);
      second++;
      if (!measurable) {
        continue;
      }
      long total = jit.getTotalCompilationTime();
      perSecond.append(perSecond.length() == 0 ? "" : " ").append(total - last);
      last = total;
      long compiled = total - window[second % window.length];
      window[second % window.length] = total;
      if (second >= Math.max(MIN_SECONDS, window.length) && compiled < SETTLED_MILLIS) {
        return String.format(
            "the JIT compilers settled (%d ms of compilation in the last %d s; ms per second: %s)",
            compiled, SETTLED_WINDOW_SECONDS, perSecond);
      }
    }
    return "stopped at ticketing.warm-up.max-seconds (JIT compilation, ms per second: "
        + perSecond
        + ")";
  }

  private void finish(String how) {
    // What the warm-up's requests counted goes (if it sent any); gauges (the gate's) are the
    // server's own.
    Set<MetricID> before = countedBefore;
    if (before != null) {
      metrics.removeMatching(
          (id, metric) ->
              !before.contains(id)
                  && id.getName().startsWith("ticketing.")
                  && !(metric instanceof Gauge));
    }
    summary = how;
    state = State.DONE;
    LOG.info(
        String.format(
            "Warm-up: %s; ready %.1f s after the application started",
            how, (System.nanoTime() - startedNanos) / 1e9));
  }

  /** One client's loop of requests; any answer will do, none changes anything. */
  private void requests(HttpClient client, URI base) {
    List<Long> concerts = List.of();
    while (!stop.get()) {
      try {
        concerts = round(client, base, concerts);
      } catch (InterruptedException interrupted) {
        return;
      } catch (Exception notAnswered) {
        LOG.log(Level.FINE, "warm-up request not answered", notAnswered);
        pause();
      }
    }
  }

  /** One round of the requests of a rush; returns the concerts' ids, read once. */
  private List<Long> round(HttpClient client, URI base, List<Long> known)
      throws IOException, InterruptedException {
    List<Long> concerts =
        known.isEmpty() ? concertIds(get(client, base.resolve("api/concerts")).body()) : known;
    get(client, base.resolve("api/tickets"));
    for (long concert : concerts.subList(0, Math.min(3, concerts.size()))) {
      get(client, base.resolve("api/concerts/" + concert));
      // The waiting room's polls: a ticket that is none (404). No join: a room may be on (an
      // instance started during a release), and a join would take a place in its line.
      get(client, base.resolve("api/concerts/" + concert + "/queue/warm-up-" + UUID.randomUUID()));
      post(
          client,
          base.resolve("api/bookings"),
          "{\"concertId\":"
              + concert
              + ",\"items\":[{\"tier\":\""
              + NO_SUCH_TIER
              + "\",\"quantity\":1}]}");
    }
    post(client, base.resolve("api/bookings"), "{\"items\":[{\"tier\":\"VIP\"}]}");
    post(client, base.resolve("api/book"), "{\"tier\":\"" + NO_SUCH_TIER + "\",\"quantity\":1}");
    get(client, base.resolve("api/bookings/" + UUID.randomUUID()));
    return concerts;
  }

  private void rehearse() {
    while (!stop.get()) {
      try {
        rehearsed.addAndGet(rehearsal.rehearse(4, 2, 32));
      } catch (RuntimeException rolledBack) {
        // Rolled back by design: the container reports the rollback of a rehearsal only when
        // something failed in it.
        LOG.log(Level.FINE, "rehearsal failed", rolledBack);
        pause();
      }
    }
  }

  private HttpResponse<String> get(HttpClient client, URI uri)
      throws IOException, InterruptedException {
    requests.incrementAndGet();
    return client.send(
        HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private void post(HttpClient client, URI uri, String json)
      throws IOException, InterruptedException {
    requests.incrementAndGet();
    client.send(
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.discarding());
  }

  private static List<Long> concertIds(String json) {
    try {
      JsonArray concerts = Json.createReader(new StringReader(json)).readArray();
      return concerts.stream()
          .map(c -> ((JsonObject) c).getJsonNumber("id").longValue())
          .collect(Collectors.toList());
    } catch (RuntimeException notAList) {
      return List.of();
    }
  }

  private void pause() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      stop.set(true);
    }
  }
}
