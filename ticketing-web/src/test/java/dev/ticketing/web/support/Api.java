package dev.ticketing.web.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** A real HTTP client of the deployed application. */
public final class Api {
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private final URI base;

  /**
   * @param base the application's root, as Arquillian gives it (ends with a slash)
   */
  public Api(URL base) {
    this.base = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
  }

  public URI uri(String path) {
    return base.resolve(path.startsWith("/") ? path.substring(1) : path);
  }

  /** An address on the server's root, outside the application (e.g. {@code /health}). */
  public URI serverUri(String path) {
    return base.resolve(path);
  }

  public Reply get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET());
  }

  public Reply get(URI uri) {
    return send(HttpRequest.newBuilder(uri).GET());
  }

  public Reply postJson(String path, String json) {
    return send(request(path, "application/json", json));
  }

  /** A JSON {@code POST} with an {@code Idempotency-Key} header. */
  public Reply postJson(String path, String json, String idempotencyKey) {
    return send(request(path, "application/json", json).header("Idempotency-Key", idempotencyKey));
  }

  /** A {@code POST} without a body. */
  public Reply post(String path) {
    return send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.noBody()));
  }

  public Reply post(String path, String contentType, String body) {
    return send(request(path, contentType, body));
  }

  public CompletableFuture<Reply> postJsonAsync(String path, String json) {
    return http.sendAsync(
            request(path, "application/json", json).build(), HttpResponse.BodyHandlers.ofString())
        .thenApply(Reply::new);
  }

  /**
   * A request with a bearer token (none when {@code token} is null) and a JSON body (none when
   * {@code json} is null).
   */
  public Reply call(String method, String path, String token, String json) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path))
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return send(request);
  }

  /** A customer's new account: registers it and returns its bearer token. */
  public String newCustomer(String email) {
    String credentials = "{\"email\":\"" + email + "\",\"password\":\"customer-password-1\"}";
    Reply registered = postJson("api/auth/register", credentials);
    if (registered.status() != 201) {
      throw new IllegalStateException("registration failed: " + registered);
    }
    return token(email, "customer-password-1");
  }

  /** The tests' organiser (configured for the test server) as a bearer token. */
  public String organiser() {
    return token(
        System.getProperty("ticketing.it.admin.email"),
        System.getProperty("ticketing.it.admin.password"));
  }

  /** A bearer token for the account. */
  public String token(String email, String password) {
    Reply reply =
        postJson(
            "api/auth/token", "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
    if (reply.status() != 200) {
      throw new IllegalStateException("no token for " + email + ": " + reply);
    }
    return reply.json().getString("token");
  }

  public Reply send(HttpRequest.Builder request) {
    try {
      return new Reply(
          http.send(
              request.timeout(Duration.ofSeconds(60)).build(),
              HttpResponse.BodyHandlers.ofString()));
    } catch (Exception e) {
      throw new IllegalStateException("request failed: " + e, e);
    }
  }

  private HttpRequest.Builder request(String path, String contentType, String body) {
    return HttpRequest.newBuilder(uri(path))
        .timeout(Duration.ofSeconds(60))
        .header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(body));
  }

  /**
   * Sends a request as a well-behaved client does under load: a {@code 503} (the booking path shed
   * it during a burst) is sent again after its {@code Retry-After}, up to five times. Every other
   * answer is final.
   */
  public static Reply retryingWhenShed(java.util.function.Supplier<Reply> request) {
    Reply reply = request.get();
    for (int retry = 0; retry < 5 && reply.status() == 503; retry++) {
      String after = reply.header("Retry-After");
      if (after == null) {
        return reply; // not a shed request: let the test see it
      }
      try {
        Thread.sleep(Long.parseLong(after) * 1000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return reply;
      }
      reply = request.get();
    }
    return reply;
  }

  /** A response with its body parsed on demand. */
  public record Reply(HttpResponse<String> response) {
    public int status() {
      return response.statusCode();
    }

    public String body() {
      return response.body();
    }

    public String header(String name) {
      return response.headers().firstValue(name).orElse(null);
    }

    public String contentType() {
      return header("Content-Type");
    }

    public JsonObject json() {
      return (JsonObject) parse();
    }

    public JsonArray jsonArray() {
      return (JsonArray) parse();
    }

    private JsonStructure parse() {
      try (var reader = Json.createReader(new StringReader(body()))) {
        return reader.read();
      }
    }

    @Override
    public String toString() {
      return status() + " " + body();
    }
  }
}
