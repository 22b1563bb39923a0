package dev.ticketing.web.problem;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A call that an EJB's roles refused (the resources check the same roles first, so this is the
 * second line): {@code 401} without a logged-in caller, else {@code 403}.
 */
@Provider
public class AccessDeniedMapper implements ExceptionMapper<EJBAccessException> {
  @Context private UriInfo uriInfo;

  @Context private SecurityContext security;

  @Override
  public Response toResponse(EJBAccessException e) {
    if (security.getUserPrincipal() == null) {
      return Response.fromResponse(
              Problem.of(
                      Response.Status.UNAUTHORIZED,
                      "unauthenticated",
                      "Login required",
                      "Send a bearer token: get one at POST /api/auth/token")
                  .toResponse(uriInfo))
          .header("WWW-Authenticate", "Bearer")
          .build();
    }
    return Problem.of(Response.Status.FORBIDDEN, "forbidden", "Not allowed", "Not allowed")
        .toResponse(uriInfo);
  }
}
