package dev.ticketing.ui.views;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import dev.ticketing.account.Caller;
import dev.ticketing.booking.refusal.AdmissionRequiredException;
import dev.ticketing.waitingroom.WaitingLine;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The booking screen's door while the concert's waiting room is on. The line itself is not a
 * screen: visitors wait on a light page ({@code waiting-room.html}) that polls the API, so that
 * 50,000 people waiting cost no Vaadin session each. That page comes back here with the place's
 * admission ({@code ?admission=}); once the room accepts it (the same check as every booking), the
 * session keeps it and every booking from the screen carries it.
 */
final class RoomEntry {
  private static final Logger LOG = Logger.getLogger(RoomEntry.class.getName());
  private static final String SESSION_KEY = "ticketing.admission.";

  /** The query parameter by which the waiting page hands over the admission. */
  static final String ADMISSION = "admission";

  private RoomEntry() {}

  /** The admission this browser session holds for the concert, or null. */
  static String admission(long concertId) {
    VaadinSession session = VaadinSession.getCurrent();
    return session == null ? null : (String) session.getAttribute(SESSION_KEY + concertId);
  }

  /**
   * Whether the screen may show the concert: it has no active room, or this session was let in.
   * Otherwise the browser is sent to the waiting page (with the account's place, when logged in)
   * and the answer is false.
   */
  static boolean mayEnter(WaitingLine line, Caller caller, BeforeEnterEvent event, long concertId) {
    if (!line.isActive(concertId)) {
      return true;
    }
    VaadinSession session = VaadinSession.getCurrent();
    Optional<String> given = event.getLocation().getQueryParameters().getSingleParameter(ADMISSION);
    if (given.isPresent()) {
      try {
        line.admit(concertId, caller.email(), given.get());
        session.setAttribute(SESSION_KEY + concertId, given.get());
        return true;
      } catch (AdmissionRequiredException refused) {
        session.setAttribute(SESSION_KEY + concertId, null); // back to the line
      }
    } else if (session.getAttribute(SESSION_KEY + concertId) != null) {
      return true;
    }
    VaadinRequest request = VaadinRequest.getCurrent();
    String page = request.getContextPath() + "/waiting-room.html?concert=" + concertId;
    if (caller.email() != null) {
      // The API knows bearer tokens only: the account's place is taken here, for the page.
      try {
        String address = String.valueOf(request.getAttribute("ticketing.client-address"));
        String ticket = line.join(concertId, caller.email(), address, null).ticket();
        page += "&ticket=" + URLEncoder.encode(ticket, StandardCharsets.UTF_8);
      } catch (RuntimeException e) {
        LOG.log(Level.FINE, "The waiting page takes the place itself", e);
      }
    }
    UI.getCurrent().getPage().setLocation(page);
    return false;
  }
}
