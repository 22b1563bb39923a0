package dev.ticketing.web.support;

import java.net.URI;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.client.protocol.metadata.Servlet;
import org.jboss.arquillian.container.spi.event.container.AfterDeploy;
import org.jboss.arquillian.container.spi.event.container.BeforeUnDeploy;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.test.spi.TestClass;

/**
 * Where Arquillian deployed each test class's application, for JUnit extensions (which cannot ask
 * Arquillian): the address that an {@code @ArquillianResource URL} field would get, worked out the
 * same way from what the container reported when it deployed.
 */
public class DeployedApplications {
  private static final Map<Class<?>, URL> BASES = new ConcurrentHashMap<>();

  @Inject private Instance<ProtocolMetaData> deployed;
  @Inject private Instance<TestClass> testClass;

  /** The root of the application deployed for the test class. */
  static URL base(Class<?> test) {
    URL base = BASES.get(test);
    if (base == null) {
      throw new IllegalStateException(
          "Nothing is deployed for " + test.getName() + ": is the class a @TicketingServer?");
    }
    return base;
  }

  public void remember(@Observes AfterDeploy event) throws Exception {
    ProtocolMetaData metaData = deployed.get();
    if (metaData == null || !metaData.hasContext(HTTPContext.class) || testClass.get() == null) {
      return;
    }
    BASES.put(
        testClass.get().getJavaClass(),
        root(metaData.getContexts(HTTPContext.class).iterator().next()));
  }

  public void forget(@Observes BeforeUnDeploy event) {
    if (testClass.get() != null) {
      BASES.remove(testClass.get().getJavaClass());
    }
  }

  /** As Arquillian's {@code URLResourceProvider}: the servlets' context, else the server's root. */
  private static URL root(HTTPContext http) throws Exception {
    List<Servlet> servlets = http.getServlets();
    boolean oneContext =
        !servlets.isEmpty()
            && servlets.stream().map(Servlet::getContextRoot).distinct().count() == 1;
    if (oneContext) {
      return servlets.get(0).getBaseURI().toURL();
    }
    return new URI(http.getScheme(), null, http.getHost(), http.getPort(), null, null, null)
        .toURL();
  }
}
