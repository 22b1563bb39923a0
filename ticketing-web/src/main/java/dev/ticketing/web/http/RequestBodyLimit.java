package dev.ticketing.web.http;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses request bodies over {@code ticketing.http.max-body-bytes} ({@link BodyTooLargeException},
 * 413): at once when {@code Content-Length} says so, and while reading when a chunked body grows
 * past the limit. Refuses JSON nested deeper than {@code ticketing.http.max-json-depth} ({@link
 * JsonTooDeepException}, 400), while reading, before a parser spends time or stack on it (no
 * request of this API needs more than a few levels).
 */
@Provider
@PreMatching
public class RequestBodyLimit implements ContainerRequestFilter {

  @Inject
  @ConfigProperty(name = "ticketing.http.max-body-bytes")
  long maxBytes;

  @Inject
  @ConfigProperty(name = "ticketing.http.max-json-depth")
  int maxDepth;

  @Override
  public void filter(ContainerRequestContext request) throws BodyTooLargeException {
    if (request.getLength() > maxBytes) {
      throw new BodyTooLargeException(maxBytes);
    }
    if (request.hasEntity()) {
      request.setEntityStream(new LimitedStream(request.getEntityStream(), maxBytes, maxDepth));
    }
  }

  private static final class LimitedStream extends FilterInputStream {
    private final long limit;
    private final int maxDepth;
    private long read;
    private int depth;
    private boolean inString;
    private boolean escaped;

    LimitedStream(InputStream in, long limit, int maxDepth) {
      super(in);
      this.limit = limit;
      this.maxDepth = maxDepth;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
        track(b);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count(n);
        for (int i = offset; i < offset + n; i++) {
          track(buffer[i]);
        }
      }
      return n;
    }

    /** Follows the nesting of JSON structure, skipping brackets inside strings. */
    private void track(int b) throws JsonTooDeepException {
      if (inString) {
        if (escaped) {
          escaped = false;
        } else if (b == '\\') {
          escaped = true;
        } else if (b == '"') {
          inString = false;
        }
      } else if (b == '"') {
        inString = true;
      } else if (b == '{' || b == '[') {
        if (++depth > maxDepth) {
          throw new JsonTooDeepException(maxDepth);
        }
      } else if (b == '}' || b == ']') {
        depth--;
      }
    }

    private void count(int n) throws BodyTooLargeException {
      read += n;
      if (read > limit) {
        throw new BodyTooLargeException(limit);
      }
    }
  }
}
