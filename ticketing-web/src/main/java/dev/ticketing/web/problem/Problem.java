package dev.ticketing.web.problem;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * An RFC 9457 problem details body ({@code application/problem+json}): type, title, status, detail,
 * instance, and extension members such as {@code errors} or {@code available}.
 */
public final class Problem {
  public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");
  private static final String TYPE_PREFIX = "urn:ticketing:problem:";
  private static final Logger LOG = Logger.getLogger(Problem.class.getName());

  private final Map<String, Object> members = new LinkedHashMap<>();
  private final int status;

  private Problem(int status, String type, String title, String detail) {
    this.status = status;
    members.put("type", TYPE_PREFIX + type);
    members.put("title", title);
    members.put("status", status);
    members.put("detail", detail);
  }

  /**
   * @param type a short slug, e.g. {@code not-enough-tickets}; becomes a URN
   * @param title the same for every problem of this type
   * @param detail what happened this time, in words a client can show
   */
  public static Problem of(Response.StatusType status, String type, String title, String detail) {
    return new Problem(status.getStatusCode(), type, title, detail);
  }

  /**
   * A 500 for what went wrong on the server's side: the body gives a correlation id, never a stack
   * trace or a class name; the log gives the same id with the whole exception.
   */
  public static Problem unexpected(Throwable e) {
    String correlationId = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Unexpected error, correlation id " + correlationId, e);
    return of(
            Response.Status.INTERNAL_SERVER_ERROR,
            "internal-error",
            "Internal error",
            "Something went wrong on our side. Quote correlation id " + correlationId + ".")
        .with("correlationId", correlationId);
  }

  /**
   * {@code 401}: no logged-in caller where one is needed. Its response carries {@code
   * WWW-Authenticate: Bearer} ({@link #challenge}).
   */
  public static Problem unauthenticated() {
    return of(
        Response.Status.UNAUTHORIZED,
        "unauthenticated",
        "Login required",
        "Send a bearer token: get one at POST /api/auth/token");
  }

  /** {@code 403}: the caller's roles do not allow this. */
  public static Problem forbidden(String detail) {
    return of(Response.Status.FORBIDDEN, "forbidden", "Not allowed", detail);
  }

  /** A {@code 401} response with the challenge that says which credentials to send. */
  public static Response challenge(Response unauthenticated) {
    return Response.fromResponse(unauthenticated).header("WWW-Authenticate", "Bearer").build();
  }

  /** A problem whose status has no constant in {@link Response.Status} (such as 422). */
  public static Problem of(int status, String type, String title, String detail) {
    return new Problem(status, type, title, detail);
  }

  /** Adds an extension member. */
  public Problem with(String name, Object value) {
    members.put(name, value);
    return this;
  }

  /** Adds the list of invalid fields: each with its name and what is wrong. */
  public Problem withErrors(List<FieldError> errors) {
    return with("errors", errors.stream().map(FieldError::asMap).toList());
  }

  public Response toResponse(UriInfo uriInfo) {
    if (uriInfo != null) {
      members.putIfAbsent("instance", uriInfo.getRequestUri().getRawPath());
    }
    return Response.status(status).type(MEDIA_TYPE).entity(members).build();
  }

  /**
   * The body as JSON, for a response written outside JAX-RS (the authentication mechanism).
   *
   * @param instance the request's path
   */
  public String toJson(String instance) {
    members.putIfAbsent("instance", instance);
    try (Jsonb jsonb = JsonbBuilder.create()) {
      return jsonb.toJson(members);
    } catch (Exception e) {
      throw new IllegalStateException("a map of strings and numbers is always JSON", e);
    }
  }

  public int status() {
    return status;
  }

  /** One invalid field of a request. */
  public record FieldError(String field, String message) {
    Map<String, Object> asMap() {
      Map<String, Object> map = new LinkedHashMap<>();
      map.put("field", field);
      map.put("message", message);
      return map;
    }
  }
}
