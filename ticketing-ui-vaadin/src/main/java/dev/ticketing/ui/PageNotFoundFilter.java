package dev.ticketing.ui;

import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRegistration;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.MalformedURLException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Answers {@code 404} for a page that does not exist. Vaadin, mapped to {@code /*}, would otherwise
 * answer {@code 200} with its start page for any address (and show "not found" only once the
 * browser has run it), so crawlers, scanners and the API's contract ("404 for an unknown path")
 * would see every mistyped or hostile address as a page. Requests for other servlets ({@code /api},
 * the explorer) and Vaadin's own traffic ({@code ?v-r=...}, {@code /VAADIN/...}, the files of its
 * bundle) pass untouched.
 */
@WebFilter(filterName = "PageNotFoundFilter", urlPatterns = "/*", asyncSupported = true)
public class PageNotFoundFilter extends HttpFilter {
  private static final String BUNDLE_FILES = "META-INF/VAADIN/webapp/";
  private final Map<String, Boolean> vaadinServlets = new ConcurrentHashMap<>();

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (isPageRequestToVaadin(request) && !isKnownPage(pathOf(request))) {
      response.setStatus(HttpServletResponse.SC_NOT_FOUND);
      response.setContentType("text/html;charset=UTF-8");
      response.setHeader("X-Content-Type-Options", "nosniff");
      if (!"HEAD".equals(request.getMethod())) {
        response
            .getOutputStream()
            .write(
                ("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                        + "<title>Page not found</title></head><body style=\"font-family:"
                        + " sans-serif; margin: 2rem\"><h1>Page not found</h1><p>There is no page"
                        + " at this address. <a href=\""
                        + request.getContextPath()
                        + "/\">See the concert on sale</a>.</p></body></html>")
                    .getBytes(StandardCharsets.UTF_8));
      }
      return;
    }
    chain.doFilter(request, response);
  }

  /** A browser asking for a page (not Vaadin's own requests, not another servlet's). */
  private boolean isPageRequestToVaadin(HttpServletRequest request) {
    String method = request.getMethod();
    if (!"GET".equals(method) && !"HEAD".equals(method)) {
      return false;
    }
    // Vaadin's client talks to the server with ?v-r=init|uidl|heartbeat|push...
    String query = request.getQueryString();
    if (query != null && (query.startsWith("v-r=") || query.contains("&v-r="))) {
      return false;
    }
    String servlet = request.getHttpServletMapping().getServletName();
    return servlet != null && vaadinServlets.computeIfAbsent(servlet, this::isVaadinServlet);
  }

  private boolean isVaadinServlet(String servletName) {
    ServletRegistration registration = getServletContext().getServletRegistration(servletName);
    if (registration == null || registration.getClassName() == null) {
      return false;
    }
    try {
      return VaadinServlet.class.isAssignableFrom(
          Class.forName(registration.getClassName(), false, getServletContext().getClassLoader()));
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  private boolean isKnownPage(String path) {
    if (path.startsWith("VAADIN/") || path.equals("VAADIN")) {
      return true; // Vaadin's resources and push endpoint
    }
    if (path.contains("..")) {
      return false;
    }
    if (!path.isEmpty()
        && getServletContext().getClassLoader().getResource(BUNDLE_FILES + path) != null) {
      return true; // a file of the production bundle (service worker, icons...)
    }
    String upper = path.toUpperCase(Locale.ROOT);
    boolean hidden = upper.startsWith("WEB-INF") || upper.startsWith("META-INF");
    if (!path.isEmpty() && !path.endsWith("/") && !hidden && isStaticFile(path)) {
      return true; // the application's own static files (META-INF/resources: the stylesheet)
    }
    return ApplicationRouteRegistry.getInstance(new VaadinServletContext(getServletContext()))
        .getNavigationTarget(path)
        .isPresent();
  }

  private boolean isStaticFile(String path) {
    try {
      return getServletContext().getResource("/" + path) != null;
    } catch (MalformedURLException notAPath) {
      return false;
    }
  }

  /** The address within the application, without the leading slash, as Vaadin's routes name it. */
  private static String pathOf(HttpServletRequest request) {
    String path =
        request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    while (path.startsWith("/")) {
      path = path.substring(1);
    }
    return path;
  }
}
