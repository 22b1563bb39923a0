package dev.ticketing.web.ui;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The test class drives the application's screens in Chromium: the {@link BrowserExtension}
 * launches the browser once for the class and closes it after; each test gets its own {@link
 * Screens} (a field of that type is set before each test, a parameter of that type is given), and
 * each {@link com.microsoft.playwright.Page} parameter is a new visitor's window, 1280 × 900. Use
 * with {@link dev.ticketing.web.support.TicketingServer}, which deploys what the browser opens.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(BrowserExtension.class)
@interface InChromium {}
