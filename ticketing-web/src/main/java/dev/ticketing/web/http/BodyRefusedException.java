package dev.ticketing.web.http;

import java.io.IOException;

/**
 * A request body refused while it arrives, before any resource sees it. An {@link IOException}
 * because it is thrown from the body's stream, wherever the reader that consumes it wraps it.
 */
public abstract class BodyRefusedException extends IOException {
  protected BodyRefusedException(String message) {
    super(message);
  }
}
