package dev.ticketing.web.fault;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;

/**
 * Bookers who book one ticket of a tier, again and again, from several threads, until stopped;
 * every answer is kept with the time it came. Requests the server never answered (it was killed)
 * are kept as status -1, with what the client saw as body. Behind a load balancer, each answer
 * names the instance that gave it (its {@code X-Instance} header, set by HAProxy).
 */
public final class Rush implements AutoCloseable {
  /** One answer. */
  public record Answer(long atNanos, int status, String body, String retryAfter, String instance) {
    public String bookingId() {
      return json().getString("bookingId", null);
    }

    JsonObject json() {
      try (var reader = Json.createReader(new StringReader(body))) {
        return reader.readObject();
      }
    }
  }

  private final HttpClient http;
  private final ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean running = new AtomicBoolean(true);
  private final List<Thread> threads = new ArrayList<>();

  Rush(ApplicationProcess app, long concertId, String tier, int bookers) {
    this(app.uri("/api/bookings"), concertId, tier, bookers);
  }

  /** Bookers who post to {@code bookings} (the address of {@code POST /api/bookings}). */
  public Rush(URI bookings, long concertId, String tier, int bookers) {
    this(bookings, null, concertId, tier, bookers);
  }

  /** The same over HTTPS, trusting what {@code tls} trusts (null: the JDK's own trust). */
  public Rush(URI bookings, SSLContext tls, long concertId, String tier, int bookers) {
    HttpClient.Builder client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2));
    if (tls != null) {
      client.sslContext(tls);
    }
    http = client.build();
    String body =
        "{\"concertId\":" + concertId + ",\"items\":[{\"tier\":\"" + tier + "\",\"quantity\":1}]}";
    HttpRequest request =
        HttpRequest.newBuilder(bookings)
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    for (int i = 0; i < bookers; i++) {
      Thread thread =
          new Thread(
              () -> {
                while (running.get()) {
                  try {
                    HttpResponse<String> response =
                        http.send(request, HttpResponse.BodyHandlers.ofString());
                    answers.add(
                        new Answer(
                            System.nanoTime(),
                            response.statusCode(),
                            response.body(),
                            response.headers().firstValue("Retry-After").orElse(null),
                            response.headers().firstValue("X-Instance").orElse(null)));
                  } catch (IOException noAnswer) {
                    answers.add(new Answer(System.nanoTime(), -1, noAnswer.toString(), null, null));
                    pause(50);
                  } catch (InterruptedException e) {
                    return;
                  }
                }
              },
              "booker-" + i);
      thread.setDaemon(true);
      thread.start();
      threads.add(thread);
    }
  }

  public static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Stops the bookers and returns every answer, in the order they came. */
  public List<Answer> stop() throws InterruptedException {
    running.set(false);
    for (Thread thread : threads) {
      thread.join(60_000);
    }
    return answers.stream().sorted((a, b) -> Long.compare(a.atNanos(), b.atNanos())).toList();
  }

  /** The answers so far, while the bookers go on. */
  public List<Answer> snapshot() {
    return List.copyOf(answers);
  }

  /** How many answers of each status. */
  public static Map<Integer, Long> byStatus(List<Answer> answers) {
    return answers.stream()
        .collect(Collectors.groupingBy(Answer::status, TreeMap::new, Collectors.counting()));
  }

  @Override
  public void close() throws InterruptedException {
    stop();
  }
}
