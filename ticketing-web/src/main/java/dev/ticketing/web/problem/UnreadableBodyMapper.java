package dev.ticketing.web.problem;

import dev.ticketing.web.http.BodyRefusedException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A body that is not the JSON the operation takes (syntax error, a string where a number belongs, a
 * number out of range): 400. A body over the size limit: 413. See {@link UnreadableBody}.
 */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {
  @Context private UriInfo uriInfo;

  @Override
  public Response toResponse(ProcessingException e) {
    return UnreadableBody.problem(e).toResponse(uriInfo);
  }

  /** JSON-B errors that reach the application without a JAX-RS wrapper. */
  @Provider
  public static class JsonbExceptionMapper implements ExceptionMapper<JsonbException> {
    @Context private UriInfo uriInfo;

    @Override
    public Response toResponse(JsonbException e) {
      return UnreadableBody.problem(e).toResponse(uriInfo);
    }
  }

  /** A body refused by the request filter before any reader saw it. */
  @Provider
  public static class BodyRefusedMapper implements ExceptionMapper<BodyRefusedException> {
    @Context private UriInfo uriInfo;

    @Override
    public Response toResponse(BodyRefusedException e) {
      return UnreadableBody.problem(e).toResponse(uriInfo);
    }
  }
}
