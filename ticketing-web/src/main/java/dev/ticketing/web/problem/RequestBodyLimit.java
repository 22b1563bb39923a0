package dev.ticketing.web.problem;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses request bodies over {@code ticketing.http.max-body-bytes} with 413: at once when {@code
 * Content-Length} says so, and while reading when a chunked body grows past the limit.
 */
@Provider
@PreMatching
public class RequestBodyLimit implements ContainerRequestFilter {

  @Inject
  @ConfigProperty(name = "ticketing.http.max-body-bytes", defaultValue = "65536")
  long maxBytes;

  @Context private UriInfo uriInfo;

  @Override
  public void filter(ContainerRequestContext request) {
    if (request.getLength() > maxBytes) {
      request.abortWith(problem(maxBytes).toResponse(uriInfo));
      return;
    }
    if (request.hasEntity()) {
      request.setEntityStream(new LimitedStream(request.getEntityStream(), maxBytes));
    }
  }

  static Problem problem(long limit) {
    return Problem.of(
            Status.REQUEST_ENTITY_TOO_LARGE,
            "body-too-large",
            "Request body too large",
            "The request body is larger than " + limit + " bytes")
        .with("maxBytes", limit);
  }

  /** Thrown while reading a body that passes the limit. */
  static final class TooLargeException extends IOException {
    private final long limit;

    TooLargeException(long limit) {
      super("request body over " + limit + " bytes");
      this.limit = limit;
    }

    long limit() {
      return limit;
    }
  }

  private static final class LimitedStream extends FilterInputStream {
    private final long limit;
    private long read;

    LimitedStream(InputStream in, long limit) {
      super(in);
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) throws TooLargeException {
      read += n;
      if (read > limit) {
        throw new TooLargeException(limit);
      }
    }
  }
}
