package dev.ticketing.web.problem;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A body that is not the JSON the operation takes (syntax error, a string where a number belongs, a
 * number out of range): 400. A body over the size limit: 413.
 */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {
  @Context private UriInfo uriInfo;

  @Override
  public Response toResponse(ProcessingException e) {
    return problemFor(e, uriInfo);
  }

  static Response problemFor(Throwable e, UriInfo uriInfo) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof RequestBodyLimit.TooLargeException tooLarge) {
        return RequestBodyLimit.problem(tooLarge.limit()).toResponse(uriInfo);
      }
      if (cause instanceof RequestBodyLimit.TooDeepException tooDeep) {
        return Problem.of(
                Status.BAD_REQUEST,
                "too-deeply-nested",
                "JSON nested too deeply",
                "The body nests objects or arrays deeper than " + tooDeep.limit() + " levels")
            .toResponse(uriInfo);
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
              "The body is not well-formed JSON")
          .toResponse(uriInfo);
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
    return problem.toResponse(uriInfo);
  }

  /** Yasson names the property it could not read as: Unable to deserialize property 'x'. */
  private static final Pattern PROPERTY = Pattern.compile("property '([A-Za-z0-9_]+)'");

  /** JSON-B errors that reach the application without a JAX-RS wrapper. */
  @Provider
  public static class JsonbExceptionMapper implements ExceptionMapper<JsonbException> {
    @Context private UriInfo uriInfo;

    @Override
    public Response toResponse(JsonbException e) {
      return problemFor(e, uriInfo);
    }
  }
}
