package dev.ticketing.web.http;

import com.vaadin.flow.server.ServiceInitEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long a browser's server session outlives its last request. The browser UI (Vaadin) keeps each
 * visitor's screens in a session in this instance's memory, so what sessions hold, and for how
 * long, bounds how many visitors an instance can carry.
 *
 * <p>A session starts with the short {@code ticketing.ui.first-visit-timeout-seconds}: Vaadin makes
 * one for the very first request of a page, before any screen exists, and a visitor who never runs
 * the page (a crawler, a scanner, a script that sends no cookies) would otherwise leave it in
 * memory for the full timeout: a cheap way to fill the heap. When Vaadin makes a screen (a UI) in
 * the session, the session gets {@code ticketing.ui.session-timeout-seconds}. An open screen keeps
 * its session alive by itself (Vaadin's heartbeat, every 5 minutes); the timeout is how long a
 * closed one is kept.
 */
@ApplicationScoped
public class SessionTimeouts {
  @Inject
  @ConfigProperty(name = "ticketing.ui.session-timeout-seconds")
  int sessionTimeoutSeconds;

  @Inject
  @ConfigProperty(name = "ticketing.ui.first-visit-timeout-seconds")
  int firstVisitTimeoutSeconds;

  void apply(@Observes ServiceInitEvent event) {
    event
        .getSource()
        .addSessionInitListener(
            init ->
                init.getSession().getSession().setMaxInactiveInterval(firstVisitTimeoutSeconds));
    event
        .getSource()
        .addUIInitListener(
            init ->
                init.getUI()
                    .getSession()
                    .getSession()
                    .setMaxInactiveInterval(sessionTimeoutSeconds));
  }
}
