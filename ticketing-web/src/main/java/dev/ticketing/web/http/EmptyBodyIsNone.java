package dev.ticketing.web.http;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import java.io.PushbackInputStream;

/**
 * An empty JSON request body is no body: a client that sends {@code Content-Type: application/json}
 * and nothing (a {@code fetch} with a JSON header, {@code curl -H}) is answered as if it had sent
 * no header. Where the body is optional (joining a waiting room) it is absent; where it is
 * required, the resource's {@code @NotNull} refuses it with a 400 problem ({@code body: must not be
 * null}). Before, JSON-B's reader failed on the empty stream, so an optional body was refused. Runs
 * before {@link FirstJsonAlone}: an empty body reads nothing to settle.
 */
@Provider
@Priority(Priorities.USER - 100)
public class EmptyBodyIsNone implements ReaderInterceptor {
  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    if (context.getMediaType() == null
        || !MediaType.APPLICATION_JSON_TYPE.isCompatible(context.getMediaType())) {
      return context.proceed();
    }
    PushbackInputStream body = new PushbackInputStream(context.getInputStream(), 1);
    int first = body.read();
    if (first == -1) {
      return null;
    }
    body.unread(first);
    context.setInputStream(body);
    return context.proceed();
  }
}
