package dev.ticketing.web.problem;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/**
 * The HTTP-level refusals of JAX-RS (unknown path 404, wrong method 405, wrong media type 415, not
 * acceptable 406, ...) as problem+json, keeping the headers they need (such as {@code Allow}).
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
  @Context private UriInfo uriInfo;

  @Override
  public Response toResponse(WebApplicationException e) {
    Response original = e.getResponse();
    Response.StatusType status = original.getStatusInfo();
    if (status.getStatusCode() >= 500) {
      return Problem.unexpected(e).toResponse(uriInfo);
    }
    String detail = detail(e, status);
    Response problem =
        switch (status.getStatusCode()) {
          // The same problems as RolesAllowedFeature's, whichever of the two refused first.
          case 401 -> Problem.challenge(Problem.unauthenticated().toResponse(uriInfo));
          case 403 -> Problem.forbidden(detail).toResponse(uriInfo);
          default ->
              Problem.of(status, slug(status), status.getReasonPhrase(), detail)
                  .toResponse(uriInfo);
        };
    Response.ResponseBuilder builder = Response.fromResponse(problem);
    if (e instanceof NotAllowedException) {
      builder.header(HttpHeaders.ALLOW, original.getHeaderString(HttpHeaders.ALLOW));
    }
    return builder.build();
  }

  private static String detail(WebApplicationException e, Response.StatusType status) {
    return switch (status.getStatusCode()) {
      case 400 -> "The request could not be read: the body is missing or is not JSON";
      case 403 -> "Your account's role does not allow this";
      case 404 -> "There is nothing at this address";
      case 405 -> "This address does not accept that method";
      case 406 -> "This address answers with application/json only";
      case 415 -> "Send the body as application/json";
      default -> e.getMessage() == null ? status.getReasonPhrase() : e.getMessage();
    };
  }

  private static String slug(Response.StatusType status) {
    return status.getReasonPhrase().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
  }
}
