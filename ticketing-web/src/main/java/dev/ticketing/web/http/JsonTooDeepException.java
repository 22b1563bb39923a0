package dev.ticketing.web.http;

/** A JSON body that nests objects or arrays deeper than {@code ticketing.http.max-json-depth}. */
public final class JsonTooDeepException extends BodyRefusedException {
  private final int limit;

  JsonTooDeepException(int limit) {
    super("The body nests objects or arrays deeper than " + limit + " levels");
    this.limit = limit;
  }

  /** The deepest nesting allowed. */
  public int limit() {
    return limit;
  }
}
