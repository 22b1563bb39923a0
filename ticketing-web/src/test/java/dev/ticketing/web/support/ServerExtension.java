package dev.ticketing.web.support;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URL;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The set-up that every {@link TicketingServer} test shares: a client of the deployed application
 * per test, as fields and parameters, and the database's invariants checked after each test.
 */
public final class ServerExtension
    implements BeforeEachCallback, AfterEachCallback, ParameterResolver {
  private static final Namespace NAMESPACE = Namespace.create(ServerExtension.class);

  /** The root of the application deployed for the test's class. */
  public static URL base(ExtensionContext context) {
    return DeployedApplications.base(context.getRequiredTestClass());
  }

  /** The test's client: one per test, the same in fields, parameters and other extensions. */
  public static Api api(ExtensionContext context) {
    return context
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(Api.class, type -> new Api(base(context)), Api.class);
  }

  @Override
  public void beforeEach(ExtensionContext context) throws IllegalAccessException {
    Object test = context.getRequiredTestInstance();
    for (Class<?> type = test.getClass(); type != Object.class; type = type.getSuperclass()) {
      for (Field field : type.getDeclaredFields()) {
        if (!settable(field)) {
          continue;
        }
        field.setAccessible(true);
        if (field.get(test) == null) {
          field.set(test, field.getType() == Api.class ? api(context) : base(context));
        }
      }
    }
  }

  private static boolean settable(Field field) {
    int modifiers = field.getModifiers();
    return (field.getType() == Api.class || field.getType() == URL.class)
        && !Modifier.isStatic(modifiers)
        && !Modifier.isFinal(modifiers)
        && !field.isAnnotationPresent(ArquillianResource.class);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    TestDatabase.assertInvariants();
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    // A parameter marked @ArquillianResource is Arquillian's to resolve.
    return (type == Api.class || type == URL.class)
        && !parameter.isAnnotated(ArquillianResource.class);
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Api.class ? api(context) : base(context);
  }
}
