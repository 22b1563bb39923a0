package dev.ticketing.ui.views;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * What this browser has booked, without accounts: booking ids kept in the Vaadin session (this
 * visit) and in the browser's {@code localStorage} (later visits), and a random per-browser id that
 * bookings carry as their {@code userRef}. Values read back from the browser are untrusted and are
 * parsed strictly.
 */
final class BrowserBookings {
  private static final String SESSION_KEY = BrowserBookings.class.getName() + ".ids";
  private static final String BROWSER_ID_KEY = BrowserBookings.class.getName() + ".browserId";
  private static final String SCOPE_KEY = BrowserBookings.class.getName() + ".scope";
  private static final String STORAGE_BOOKINGS = "ticketing.bookings";
  private static final String STORAGE_BROWSER_ID = "ticketing.browser-id";

  /** Newest first; older ones drop off so that the list stays small in storage and on screen. */
  private static final int KEPT = 50;

  private static final Pattern BROWSER_ID = Pattern.compile("[A-Za-z0-9-]{8,64}");

  private BrowserBookings() {}

  /** Remembers a booking made in this browser, for this visit only. Needs the session's lock. */
  static void rememberInSession(VaadinSession session, UUID bookingId) {
    List<UUID> ids = sessionIds(session);
    ids.remove(bookingId);
    ids.add(0, bookingId);
    if (ids.size() > KEPT) {
      ids.subList(KEPT, ids.size()).clear();
    }
  }

  /** Remembers a booking made in this browser, for this visit and later ones. */
  static void remember(UI ui, UUID bookingId) {
    rememberInSession(ui.getSession(), bookingId);
    ui.getPage()
        .executeJs(
            "try { const a = JSON.parse(localStorage.getItem($0) || '[]').filter(x => x !== $1);"
                + " a.unshift($1); localStorage.setItem($0, JSON.stringify(a.slice(0, $2)));"
                + " } catch (e) { /* storage off: the session still remembers */ }",
            STORAGE_BOOKINGS,
            bookingId.toString(),
            KEPT);
  }

  /** Hands the bookings of this browser, newest first, to {@code then} (asynchronously). */
  static void load(UI ui, Consumer<List<UUID>> then) {
    List<UUID> fromSession = List.copyOf(sessionIds(ui.getSession()));
    ui.getPage()
        .executeJs(
            "try { return JSON.parse(localStorage.getItem($0) || '[]').join(','); }"
                + " catch (e) { return ''; }",
            STORAGE_BOOKINGS)
        .then(
            String.class,
            stored -> then.accept(merge(fromSession, stored)),
            error -> then.accept(fromSession));
  }

  /**
   * Hands this browser's stable id to {@code then}, creating it on the first visit; the id is null
   * when the browser keeps no storage.
   */
  static void browserId(UI ui, Consumer<String> then) {
    Object known = ui.getSession().getAttribute(BROWSER_ID_KEY);
    if (known instanceof String id) {
      then.accept(id);
      return;
    }
    ui.getPage()
        .executeJs(
            "try { let id = localStorage.getItem($0); if (!id) {"
                + " id = (self.crypto && crypto.randomUUID) ? crypto.randomUUID()"
                + " : Date.now().toString(36) + '-' + Math.random().toString(36).slice(2);"
                + " localStorage.setItem($0, id); } return id; } catch (e) { return ''; }",
            STORAGE_BROWSER_ID)
        .then(
            String.class,
            id -> {
              String valid = id != null && BROWSER_ID.matcher(id).matches() ? id : null;
              if (valid != null) {
                ui.getSession().setAttribute(BROWSER_ID_KEY, valid);
              }
              then.accept(valid);
            });
  }

  /**
   * Whose idempotency keys the screens send ({@link RequestKeys}): "ui:" and a random id of this
   * visit (the Vaadin session), so that the keys of two visitors never meet. Random rather than the
   * HTTP session's own id, which must not be stored where a database reader could use it. Needs the
   * session's lock.
   */
  static String requestScope(VaadinSession session) {
    Object known = session.getAttribute(SCOPE_KEY);
    if (known instanceof String scope) {
      return scope;
    }
    String scope = "ui:" + UUID.randomUUID();
    session.setAttribute(SCOPE_KEY, scope);
    return scope;
  }

  private static List<UUID> merge(List<UUID> fromSession, String stored) {
    Set<UUID> ids = new LinkedHashSet<>(fromSession);
    if (stored != null) {
      for (String part : stored.split(",")) {
        try {
          ids.add(UUID.fromString(part.trim()));
        } catch (IllegalArgumentException notAnId) {
          // someone edited localStorage: skip what is not a booking id
        }
        if (ids.size() >= KEPT) {
          break;
        }
      }
    }
    return List.copyOf(ids);
  }

  @SuppressWarnings("unchecked")
  private static List<UUID> sessionIds(VaadinSession session) {
    Object ids = session.getAttribute(SESSION_KEY);
    if (ids instanceof List<?> list) {
      return (List<UUID>) list;
    }
    List<UUID> created = new ArrayList<>();
    session.setAttribute(SESSION_KEY, created);
    return created;
  }
}
