package dev.ticketing.ui.views;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import dev.ticketing.catalog.SaleWindow;
import dev.ticketing.ui.live.SaleClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Above the tiers: whether the concert's sale is open. Before it opens, a countdown ("Sale opens in
 * 00:02:41") that ticks in the browser, and at the instant the server wakes the screen ({@link
 * SaleClock}) so that Book enables itself without a reload; after it closes, "Sale closed". The
 * clock that decides is the server's, the one bookings are checked against.
 */
final class SaleGate extends Div {
  /** Counts down in the browser; the server never writes this text, so the two never disagree. */
  private static final String COUNTDOWN_SCRIPT =
      "const el = this; clearInterval(el.__countdown); const end = Date.now() + $0;"
          + " const pad = n => String(n).padStart(2, '0');"
          + " const tick = () => { let s = Math.max(0, Math.ceil((end - Date.now()) / 1000));"
          + " const d = Math.floor(s / 86400); s %= 86400;"
          + " const t = pad(Math.floor(s / 3600)) + ':' + pad(Math.floor(s / 60) % 60) + ':'"
          + " + pad(s % 60);"
          + " el.textContent = d ? d + (d === 1 ? ' day ' : ' days ') + t : t;"
          + " if (Date.now() >= end) clearInterval(el.__countdown); };"
          + " tick(); el.__countdown = setInterval(tick, 250);";

  private final SaleClock clock;
  private final Runnable onChange;
  private final Span words = new Span();
  private final Span countdown = new Span();
  private Locale locale = Locale.US;
  private SaleWindow sale = SaleWindow.ALWAYS;
  private Registration wake;

  /**
   * @param onChange told (in the UI) whenever the sale opens or closes while shown
   */
  SaleGate(SaleClock clock, Runnable onChange) {
    this.clock = clock;
    this.onChange = onChange;
    setId("sale");
    addClassName("sale-gate");
    getElement().setAttribute("role", "status");
    words.setId("sale-words");
    countdown.setId("sale-countdown");
    countdown.addClassName("countdown");
    add(words, countdown);
  }

  /** The concert's sale window, new or changed by an organiser meanwhile. */
  void show(SaleWindow sale, Locale locale) {
    this.sale = sale;
    this.locale = locale;
    render();
  }

  boolean isOpen() {
    return sale.stateAt(Instant.now()) == SaleWindow.State.OPEN;
  }

  /** Stops waiting for the next instant (the screen detached). */
  void stop() {
    if (wake != null) {
      wake.remove();
      wake = null;
    }
  }

  /** Shows the sale as it stands now, and waits for its next instant if it has one. */
  private void render() {
    stop();
    Instant now = Instant.now();
    SaleWindow.State state = sale.stateAt(now);
    countdown.setVisible(state == SaleWindow.State.NOT_OPEN_YET);
    setClassName("closed", state == SaleWindow.State.CLOSED);
    setClassName("waiting", state == SaleWindow.State.NOT_OPEN_YET);
    Instant next = null;
    switch (state) {
      case UNPUBLISHED ->
          words.setText(
              "Not on sale: this concert is not published (organisers see it to check it).");
      case NOT_OPEN_YET -> {
        words.setText("Sale opens in ");
        next = sale.opensAt().toInstant();
        countdown
            .getElement()
            .executeJs(
                COUNTDOWN_SCRIPT, (double) Math.max(0, Duration.between(now, next).toMillis()));
      }
      case OPEN -> {
        if (sale.closesAt() != null) {
          next = sale.closesAt().toInstant();
          words.setText("On sale now. " + SaleWording.closes(sale.closesAt(), locale) + ".");
        } else {
          words.setText("");
        }
      }
      case CLOSED -> words.setText("Sale closed. Tickets can no longer be booked.");
    }
    setVisible(!words.getText().isEmpty());
    UI ui = UI.getCurrent();
    if (next != null && ui != null) {
      wake =
          clock.at(
              next,
              ui,
              () -> {
                render();
                onChange.run();
              });
    }
  }
}
