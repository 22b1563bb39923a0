package dev.ticketing.database;

import java.util.UUID;

/**
 * The database could not complete a request, for a reason that may pass ({@link DatabaseFault}),
 * even after one transparent retry. Nothing was changed, unless {@link #possiblyCommitted()}: then
 * the connection was lost while the outcome was being decided, and the booking {@link #bookingId()}
 * may exist. A client must not simply repeat such a request: it should look the booking up, or
 * repeat it with the same {@code Idempotency-Key}, which never books twice.
 */
public class DatabaseUnavailableException extends RuntimeException {
  private final DatabaseFault fault;
  private final UUID bookingId;

  public DatabaseUnavailableException(DatabaseFault fault, UUID bookingId, Throwable cause) {
    super(
        "database fault " + fault + (bookingId == null ? "" : " for booking " + bookingId), cause);
    this.fault = fault;
    this.bookingId = bookingId;
  }

  public DatabaseFault fault() {
    return fault;
  }

  /** Whether the request's effect may have been committed although it failed. */
  public boolean possiblyCommitted() {
    return bookingId != null;
  }

  /** The booking the request would have made or changed, when its outcome is unknown; else null. */
  public UUID bookingId() {
    return bookingId;
  }
}
