package dev.ticketing.ui.account;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * Logs this browser in and out. The web module's authentication mechanism checks the password
 * (limiting failed attempts per client address, the email normalised as every login does) and keeps
 * the caller in the HTTP session under a new session id; every later request of the session is then
 * authenticated, so the screens ask the container ({@link dev.ticketing.account.Caller}) who is
 * calling. Both reload the page, so that every screen is built again for the new caller.
 */
@ApplicationScoped
public class BrowserLogin {
  /** The request attribute the mechanism sets when it refused to check a password. */
  static final String REFUSED_FOR = "ticketing.login.refused-for";

  /**
   * The request attribute holding the client's address, as the web module's filter resolved it from
   * the trusted proxies' {@code X-Forwarded-For} ({@code dev.ticketing.web.http.ClientAddress}).
   */
  static final String CLIENT_ADDRESS = "ticketing.client-address";

  /** Where a login may send the browser back to: an address of this application, nothing else. */
  private static final Pattern RETURN_ADDRESS = Pattern.compile("[a-z][a-z0-9/-]{0,100}");

  @Inject private SecurityContext security;

  /** How a login went. */
  public sealed interface Outcome {}

  public record LoggedIn() implements Outcome {}

  /** Wrong email or password (which of the two is not said). */
  public record Refused() implements Outcome {}

  /** Too many failed attempts lately: no password is checked for {@code retryAfter}. */
  public record Throttled(Duration retryAfter) implements Outcome {}

  /** Checks the email and password; on success this browser's session is logged in. */
  public Outcome logIn(String email, String password) {
    VaadinServletRequest vaadinRequest = VaadinServletRequest.getCurrent();
    HttpServletRequest request = vaadinRequest.getHttpServletRequest();
    HttpServletResponse response = VaadinServletResponse.getCurrent().getHttpServletResponse();
    AuthenticationStatus status =
        security.authenticate(
            request,
            new NoErrorPage(response),
            AuthenticationParameters.withParams()
                .newAuthentication(true)
                .credential(new UsernamePasswordCredential(email, password)));
    if (status == AuthenticationStatus.SUCCESS) {
      return new LoggedIn();
    }
    return request.getAttribute(REFUSED_FOR) instanceof Duration wait
        ? new Throttled(wait)
        : new Refused();
  }

  /** The address of the client of the current request, for limits kept per client. */
  static String clientAddress() {
    HttpServletRequest request = VaadinServletRequest.getCurrent().getHttpServletRequest();
    if (request.getAttribute(CLIENT_ADDRESS) instanceof String address) {
      return address;
    }
    throw new IllegalStateException("the request did not pass the ClientAddress filter");
  }

  /** Ends the session (its caller, its screens) and starts again on the concerts. */
  public static void logOut() {
    UI.getCurrent().getPage().setLocation(".");
    VaadinSession.getCurrent().getSession().invalidate();
  }

  /**
   * Loads {@code address} afresh, a path inside this application ("organiser"), or the concerts if
   * it is not one: the page is built again for whoever is logged in now.
   */
  public static void reloadAt(String address) {
    UI.getCurrent().getPage().setLocation(isReturnAddress(address) ? address : ".");
  }

  static boolean isReturnAddress(String address) {
    return address != null && RETURN_ADDRESS.matcher(address).matches() && !address.contains("//");
  }

  /**
   * The answer to Vaadin's own request stays Vaadin's: a refused login is told on the screen, not
   * by an error page or status that the container might send on it.
   */
  private static final class NoErrorPage extends HttpServletResponseWrapper {
    NoErrorPage(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void sendError(int status) {}

    @Override
    public void sendError(int status, String message) {}

    @Override
    public void setStatus(int status) {}
  }
}
