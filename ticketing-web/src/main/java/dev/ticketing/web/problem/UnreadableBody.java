package dev.ticketing.web.problem;

import dev.ticketing.web.http.BodyRefusedException;
import dev.ticketing.web.http.BodyTooLargeException;
import dev.ticketing.web.http.JsonTooDeepException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.Response.Status;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The problem for a request body that could not be read: over the size limit (413), nested too
 * deep, not JSON, or JSON of the wrong shape (400). The readers wrap what went wrong in different
 * exceptions (JAX-RS, JSON-B, JSON-P), so the cause chain decides.
 */
final class UnreadableBody {
  /** Yasson names the property it could not read as: Unable to deserialize property 'x'. */
  private static final Pattern PROPERTY = Pattern.compile("property '([A-Za-z0-9_]+)'");

  private UnreadableBody() {}

  /** Whether reading the body is what failed. */
  static boolean isCauseOf(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof BodyRefusedException
          || cause instanceof JsonParsingException
          || cause instanceof JsonbException) {
        return true;
      }
    }
    return false;
  }

  static Problem problem(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof BodyTooLargeException tooLarge) {
        return Problem.of(
                Status.REQUEST_ENTITY_TOO_LARGE,
                "body-too-large",
                "Request body too large",
                tooLarge.getMessage())
            .with("maxBytes", tooLarge.limit());
      }
      if (cause instanceof JsonTooDeepException tooDeep) {
        return Problem.of(
            Status.BAD_REQUEST,
            "too-deeply-nested",
            "JSON nested too deeply",
            tooDeep.getMessage());
      }
    }
    boolean syntax = false;
    String field = null;
    String reason = null;
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      syntax |= cause instanceof JsonParsingException;
      String message = cause.getMessage();
      if (message == null) {
        continue;
      }
      Matcher property = PROPERTY.matcher(message);
      if (field == null && property.find()) {
        field = property.group(1);
      }
      if (message.startsWith("expected a") || message.startsWith("number out of")) {
        reason = message;
      }
    }
    if (syntax) {
      return Problem.of(
          Status.BAD_REQUEST,
          "malformed-json",
          "Malformed JSON",
          "The body is not well-formed JSON");
    }
    String what = reason != null ? reason : "a value of the wrong type";
    String detail =
        field != null
            ? "Field '" + field + "': " + what
            : "The body does not have the expected shape: " + what;
    Problem problem =
        Problem.of(Status.BAD_REQUEST, "unreadable-body", "Unreadable request body", detail);
    if (field != null) {
      problem.withErrors(List.of(new Problem.FieldError(field, what)));
    }
    return problem;
  }
}
