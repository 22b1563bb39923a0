package dev.ticketing.ui.views;

import com.vaadin.flow.component.html.Paragraph;
import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * The time left to pay for a hold: "Time left to pay: 9:59", shown urgent in its last minute. Shows
 * the time when told to ({@link #show}); the ticking comes from outside (once a second).
 */
final class HoldCountdown extends Paragraph {
  private static final Duration URGENT = Duration.ofMinutes(1);

  private final OffsetDateTime expiresAt;

  HoldCountdown(OffsetDateTime expiresAt) {
    this.expiresAt = expiresAt;
    setId("hold-countdown");
    addClassName("countdown");
    // A timer is not read out every second (even inside the outcome's live region); the visitor
    // reads it when they want.
    getElement().setAttribute("role", "timer");
    getElement().setAttribute("aria-live", "off");
    show();
  }

  void show() {
    Duration left = Duration.between(OffsetDateTime.now(), expiresAt);
    setText(OutcomeWording.timeLeft(Formats.countdown(left)));
    setClassName("urgent", left.compareTo(URGENT) < 0);
  }

  boolean isUp() {
    return !OffsetDateTime.now().isBefore(expiresAt);
  }
}
