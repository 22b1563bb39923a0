package dev.ticketing.web.ui;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import dev.ticketing.web.support.Chromium;
import dev.ticketing.web.support.ServerExtension;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The set-up of {@link InChromium}: Playwright and Chromium once per test class; per test, the
 * {@link Screens} (windows and screenshots named after the test), closed after it.
 */
final class BrowserExtension
    implements BeforeAllCallback,
        AfterAllCallback,
        BeforeEachCallback,
        AfterEachCallback,
        ParameterResolver {
  private static final Namespace NAMESPACE = Namespace.create(BrowserExtension.class);

  /** What a {@link Page} parameter gets: the window size of a desktop browser. */
  private static final int WIDTH = 1280;

  private static final int HEIGHT = 900;

  /** Playwright with its Chromium, for one test class. */
  private record Launched(Playwright playwright, Browser browser) {}

  @Override
  public void beforeAll(ExtensionContext context) {
    Playwright playwright = Playwright.create();
    try {
      context
          .getStore(NAMESPACE)
          .put(Launched.class, new Launched(playwright, Chromium.launch(playwright)));
    } catch (RuntimeException e) {
      playwright.close();
      throw e;
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    Launched launched = context.getStore(NAMESPACE).remove(Launched.class, Launched.class);
    if (launched != null) {
      try {
        launched.browser().close();
      } finally {
        launched.playwright().close();
      }
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) throws IllegalAccessException {
    Object test = context.getRequiredTestInstance();
    for (Class<?> type = test.getClass(); type != Object.class; type = type.getSuperclass()) {
      for (Field field : type.getDeclaredFields()) {
        if (field.getType() == Screens.class
            && !Modifier.isStatic(field.getModifiers())
            && !Modifier.isFinal(field.getModifiers())) {
          field.setAccessible(true);
          field.set(test, screens(context));
        }
      }
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    Screens screens = context.getStore(NAMESPACE).remove(Screens.class, Screens.class);
    if (screens != null) {
      screens.close();
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == Page.class || type == Screens.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Screens screens = screens(context);
    return parameter.getParameter().getType() == Page.class
        ? screens.newPage(WIDTH, HEIGHT)
        : screens;
  }

  /** The test's windows, opened on first use. */
  private static Screens screens(ExtensionContext context) {
    return context
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(
            Screens.class,
            type ->
                new Screens(
                    context.getStore(NAMESPACE).get(Launched.class, Launched.class).browser(),
                    ServerExtension.api(context),
                    context.getRequiredTestMethod().getName()),
            Screens.class);
  }
}
