package dev.ticketing.web.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers on every answer of the application, screens, static files and JSON alike: nothing is
 * sniffed into HTML or script, no address with a booking id leaks to another site in a {@code
 * Referer}, and no page can be framed by another site (clickjacking).
 */
public class SecurityHeaders extends HttpFilter {
  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    addTo(response);
    chain.doFilter(request, response);
  }

  /** Sets the headers; for answers written before any filter runs (the authentication's). */
  public static void addTo(HttpServletResponse response) {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    response.setHeader("Content-Security-Policy", "frame-ancestors 'none'");
  }
}
