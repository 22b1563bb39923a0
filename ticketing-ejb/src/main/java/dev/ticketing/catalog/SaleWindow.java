package dev.ticketing.catalog;

import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * Whether and when the public can book a concert. The sale opens and closes by the clock alone, at
 * the instant set: nothing has to run at that moment.
 *
 * @param published whether the public sees the concert at all
 * @param opensAt when booking opens, or null: open as soon as published
 * @param closesAt when booking closes, or null: open until sold out
 */
public record SaleWindow(boolean published, OffsetDateTime opensAt, OffsetDateTime closesAt) {
  /** Published, always open: a concert of the original catalogue. */
  public static final SaleWindow ALWAYS = new SaleWindow(true, null, null);

  /** Where the sale stands at an instant. */
  public enum State {
    UNPUBLISHED,
    NOT_OPEN_YET,
    OPEN,
    CLOSED
  }

  public State stateAt(Instant now) {
    if (!published) {
      return State.UNPUBLISHED;
    }
    if (opensAt != null && now.isBefore(opensAt.toInstant())) {
      return State.NOT_OPEN_YET;
    }
    if (closesAt != null && !now.isBefore(closesAt.toInstant())) {
      return State.CLOSED;
    }
    return State.OPEN;
  }
}
