package dev.ticketing.web.security;

import dev.ticketing.web.problem.Problem;
import jakarta.annotation.Priority;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * {@code @RolesAllowed} on a resource class or method: without a logged-in caller the request is
 * answered {@code 401} (with {@code WWW-Authenticate: Bearer}), with a caller in none of the roles
 * {@code 403}, both problem+json, before the method runs. The EJBs behind check the same roles
 * again.
 */
@Provider
public class RolesAllowedFeature implements DynamicFeature {
  @Override
  public void configure(ResourceInfo resource, FeatureContext context) {
    RolesAllowed allowed = resource.getResourceMethod().getAnnotation(RolesAllowed.class);
    if (allowed == null) {
      allowed = resource.getResourceClass().getAnnotation(RolesAllowed.class);
    }
    if (allowed != null) {
      context.register(new Check(List.of(allowed.value())));
    }
  }

  @Priority(Priorities.AUTHORIZATION)
  private record Check(List<String> roles) implements ContainerRequestFilter {
    @Override
    public void filter(ContainerRequestContext request) {
      SecurityContext security = request.getSecurityContext();
      String path = request.getUriInfo().getRequestUri().getRawPath();
      if (security.getUserPrincipal() == null) {
        request.abortWith(
            Problem.challenge(Problem.unauthenticated().with("instance", path).toResponse(null)));
      } else if (roles.stream().noneMatch(security::isUserInRole)) {
        request.abortWith(
            Problem.forbidden("This needs the role " + String.join(" or ", roles))
                .with("instance", path)
                .toResponse(null));
      }
    }
  }
}
