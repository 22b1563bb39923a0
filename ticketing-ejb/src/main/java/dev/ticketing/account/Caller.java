package dev.ticketing.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Who is calling: the logged-in account (its email), as the container authenticated it, or as a
 * request's work carried to another thread says it ({@link #as}).
 */
@ApplicationScoped
public class Caller {
  /**
   * The caller of the request whose work this thread is doing, when it is not the request's own
   * thread: empty for nobody logged in.
   */
  private static final ThreadLocal<Optional<String>> CARRIED = new ThreadLocal<>();

  @Inject private SecurityContext security;

  /** The caller's email, or null when nobody is logged in. */
  public String email() {
    Optional<String> carried = CARRIED.get();
    if (carried != null) {
      return carried.orElse(null);
    }
    Principal principal = security.getCallerPrincipal();
    return principal == null ? null : principal.getName();
  }

  /**
   * Whether the caller is an organiser. Roles are not carried to other threads: there, no caller is
   * an organiser.
   */
  public boolean isOrganiser() {
    return CARRIED.get() == null && security.isCallerInRole(Roles.ORGANISER);
  }

  /**
   * Does a request's work on another thread as the request's caller: {@link #email()} there answers
   * {@code email}. The container's own view of that thread's caller is not changed: what needs a
   * role must not be done this way.
   *
   * @param email the request's caller, as {@link #email()} answered on the request's thread
   */
  public static <T> T as(String email, Supplier<T> work) {
    Optional<String> outer = CARRIED.get();
    CARRIED.set(Optional.ofNullable(email));
    try {
      return work.get();
    } finally {
      if (outer == null) {
        CARRIED.remove();
      } else {
        CARRIED.set(outer);
      }
    }
  }
}
