package dev.ticketing.web.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;

/**
 * Who the client is, once per request, for everything keyed on it (the login and registration
 * limits, of the API and of the screens alike): behind HAProxy the peer is HAProxy, so the client
 * is what the {@link TrustedProxies trusted proxies} say. Set as the request attribute {@link
 * #ATTRIBUTE}, which the browser UI's module reads too.
 */
public class ClientAddress extends HttpFilter {
  /** The request attribute holding the client's address. */
  public static final String ATTRIBUTE = "ticketing.client-address";

  private final TrustedProxies proxies;

  ClientAddress(TrustedProxies proxies) {
    this.proxies = proxies;
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    request.setAttribute(
        ATTRIBUTE,
        proxies.client(
            request.getRemoteAddr(), Collections.list(request.getHeaders("X-Forwarded-For"))));
    chain.doFilter(request, response);
  }

  /**
   * The client's address of a request that passed this filter (every request of the application).
   */
  public static String of(ServletRequest request) {
    if (request.getAttribute(ATTRIBUTE) instanceof String address) {
      return address;
    }
    throw new IllegalStateException("the request did not pass the ClientAddress filter");
  }
}
