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
    return security.getUserPrincipal() == null
        ? Problem.challenge(Problem.unauthenticated().toResponse(uriInfo))
        : Problem.forbidden("Your account's role does not allow this").toResponse(uriInfo);
  }
}
