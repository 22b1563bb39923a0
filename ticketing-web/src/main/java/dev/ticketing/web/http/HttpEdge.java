package dev.ticketing.web.http;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterRegistration;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.EnumSet;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What every request of the application passes first, before any other filter: {@link
 * SecurityHeaders}, then {@link ClientAddress}. (The session cookie's attributes are Payara's to
 * set: {@code WEB-INF/glassfish-web.xml}.)
 */
@WebListener
public class HttpEdge implements ServletContextListener {
  @Inject
  @ConfigProperty(name = "ticketing.http.trusted-proxies")
  Optional<String> trustedProxies;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    ServletContext context = event.getServletContext();
    first(context.addFilter("SecurityHeaders", new SecurityHeaders()));
    first(
        context.addFilter(
            "ClientAddress", new ClientAddress(TrustedProxies.parse(trustedProxies.orElse(null)))));
  }

  private static void first(FilterRegistration.Dynamic filter) {
    filter.setAsyncSupported(true);
    filter.addMappingForUrlPatterns(
        EnumSet.of(DispatcherType.REQUEST, DispatcherType.ERROR), false, "/*");
  }
}
