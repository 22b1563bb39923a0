package dev.ticketing.web.support;

import java.util.List;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.spi.client.deployment.DeploymentScenarioGenerator;
import org.jboss.arquillian.test.spi.TestClass;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Gives a {@link TicketingServer} class without a {@code @Deployment} method of its own the
 * ticketing WAR, not testable (its tests run as clients). Arquillian asks every registered
 * generator and deploys what they all return; for a class with a {@code @Deployment} method (its
 * own or inherited) this one returns nothing and Arquillian's annotation generator does the work.
 */
public class DefaultDeployment implements DeploymentScenarioGenerator {
  /** The name Arquillian gives a deployment that names none ({@code @Deployment}'s default). */
  private static final String DEFAULT_NAME = "_DEFAULT_";

  @Override
  public List<DeploymentDescription> generate(TestClass testClass) {
    if (!AnnotationSupport.isAnnotated(testClass.getJavaClass(), TicketingServer.class)
        || testClass.getMethod(Deployment.class) != null) {
      return List.of();
    }
    DeploymentDescription war = new DeploymentDescription(DEFAULT_NAME, Deployments.ticketingWar());
    war.shouldBeTestable(false);
    return List.of(war);
  }
}
