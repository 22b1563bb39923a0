package dev.ticketing.web.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The test class talks to the real application, as a client: Arquillian starts Payara Micro with
 * the WAR that the build produced ({@link Deployments#ticketingWar()}, supplied by {@link
 * DefaultDeployment} unless the class declares a {@code @Deployment} of its own); before each test
 * the {@link ServerExtension} sets the class's fields of type {@link Api} and {@link java.net.URL}
 * (the application's root) and gives the same to test and {@code @BeforeEach} method parameters;
 * after each test it checks {@link TestDatabase#assertInvariants() the database's invariants}.
 *
 * <p>The tests run on the client because the deployment is not testable; {@code @RunAsClient} says
 * so to the reader (Arquillian itself reads it only when written on the class or method).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith({ArquillianExtension.class, ServerExtension.class})
@RunAsClient
public @interface TicketingServer {}
