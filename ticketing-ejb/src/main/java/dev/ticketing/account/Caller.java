package dev.ticketing.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;

/** Who is calling: the logged-in account (its email), as the container authenticated it. */
@ApplicationScoped
public class Caller {
  @Inject private SecurityContext security;

  /** The caller's email, or null when nobody is logged in. */
  public String email() {
    Principal principal = security.getCallerPrincipal();
    return principal == null ? null : principal.getName();
  }

  /** Whether the caller is an organiser. */
  public boolean isOrganiser() {
    return security.isCallerInRole(Roles.ORGANISER);
  }
}
