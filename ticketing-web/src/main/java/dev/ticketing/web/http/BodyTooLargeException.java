package dev.ticketing.web.http;

/** A request body longer than {@code ticketing.http.max-body-bytes}. */
public final class BodyTooLargeException extends BodyRefusedException {
  private final long limit;

  BodyTooLargeException(long limit) {
    super("The request body is larger than " + limit + " bytes");
    this.limit = limit;
  }

  /** The limit in bytes. */
  public long limit() {
    return limit;
  }
}
