package dev.ticketing.web.support;

import org.jboss.arquillian.container.test.spi.client.deployment.DeploymentScenarioGenerator;
import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * The Arquillian side of {@link TicketingServer} (registered in {@code
 * META-INF/services/org.jboss.arquillian.core.spi.LoadableExtension}): the default deployment, and
 * the deployed application's address for the JUnit side.
 */
public class TicketingServerDefaults implements LoadableExtension {
  @Override
  public void register(ExtensionBuilder builder) {
    builder
        .service(DeploymentScenarioGenerator.class, DefaultDeployment.class)
        .observer(DeployedApplications.class);
  }
}
