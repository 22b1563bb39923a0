package dev.ticketing.web.http;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.IOException;

/**
 * Lets the application's first JSON body be read or written alone. Payara's own {@code Jsonb}
 * resolver ({@code org.glassfish.weld.JaxRSJsonContextResolver}) instantiates the application's
 * resolvers ({@link JsonConfig}) on its first use without guarding a plain list: two first JSON
 * requests at once fail one of them with a {@code ConcurrentModificationException} and a 500 (seen
 * on Payara Server when a test's first requests came together). Once one JSON body has gone
 * through, the list is settled and this costs one volatile read.
 */
@Provider
public class FirstJsonAlone implements ReaderInterceptor, WriterInterceptor {
  private static final Object FIRST = new Object();
  private static volatile boolean settled;

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    if (settled) {
      return context.proceed();
    }
    synchronized (FIRST) {
      Object body = context.proceed();
      settle(context.getMediaType());
      return body;
    }
  }

  @Override
  public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
    if (settled) {
      context.proceed();
      return;
    }
    synchronized (FIRST) {
      context.proceed();
      settle(context.getMediaType());
    }
  }

  /** Payara's resolver answers for {@code application/json} only: that body settles it. */
  private static void settle(MediaType type) {
    if (type != null && MediaType.APPLICATION_JSON_TYPE.isCompatible(type)) {
      settled = true;
    }
  }
}
