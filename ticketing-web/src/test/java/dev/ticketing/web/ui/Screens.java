package dev.ticketing.web.ui;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PageAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import dev.ticketing.web.support.Api;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;

/**
 * The browser windows of one screen test: each its own context (cookies, storage: another visitor),
 * in English and UTC, closed after the test; and the test's screenshots, named after it, in {@code
 * target/screenshots/}.
 */
final class Screens implements AutoCloseable {
  private static final Path SCREENSHOTS = Paths.get("target", "screenshots");
  private static final Pattern LEFT = Pattern.compile("(\\d+) left");

  private final Browser browser;
  private final Api api;
  private final String testName;
  private final List<BrowserContext> contexts = new ArrayList<>();

  Screens(Browser browser, Api api, String testName) {
    // Waits that state no bound of their own (a bound the product promises is always given
    // explicitly) allow for a busy shared machine: a hold once took over 10 s to show in a full
    // run while a second server was starting beside the tests.
    PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
    this.browser = browser;
    this.api = api;
    this.testName = testName;
  }

  /** A window of a new visitor. */
  Page newPage(int width, int height) {
    BrowserContext context =
        browser.newContext(
            new Browser.NewContextOptions()
                .setViewportSize(width, height)
                .setLocale("en-US")
                .setTimezoneId("UTC"));
    context.setDefaultTimeout(15_000);
    contexts.add(context);
    return context.newPage();
  }

  /** The address of a page of the application. */
  java.net.URI uri(String path) {
    return api.uri(path);
  }

  void open(Page target, String path) {
    target.navigate(api.uri(path).toString());
    // The view is rendered once the server has sent it: the heading carries the concert's name.
    // A first render on a busy 2-core machine (server, database, browser and tests on the same
    // cores) can take longer than an assertion's default 5 s.
    PlaywrightAssertions.assertThat(target.locator("#concert-name, #my-bookings, h1").first())
        .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
  }

  /**
   * Logs {@code target} in on the login screen of the application at {@code base} (this server's,
   * or another instance's), and waits until it has gone on to {@code to} (a plain path, no regular
   * expression's special characters).
   */
  void logIn(Page target, java.net.URI base, String email, String password, String to) {
    target.navigate(base.resolve("login?to=" + to).toString());
    target.locator("#login-email input").fill(email);
    target.locator("#login-password input").fill(password);
    target.locator("#login-submit").click();
    PlaywrightAssertions.assertThat(target)
        .hasURL(
            Pattern.compile(".*/" + to + "$"), // a plain path: Playwright runs it as JavaScript
            new PageAssertions.HasURLOptions().setTimeout(20_000));
  }

  /** A customer of the tests (password {@code customer-password-1}) logged in on this server. */
  void logInCustomer(Page target, String email, String to) {
    logIn(target, api.uri("/"), email, "customer-password-1", to);
  }

  /** The tests' organiser logged in on this server. */
  void logInOrganiser(Page target, String to) {
    logIn(
        target,
        api.uri("/"),
        System.getProperty("ticketing.it.admin.email"),
        System.getProperty("ticketing.it.admin.password"),
        to);
  }

  void screenshot(Page target, String name) {
    target.screenshot(
        new Page.ScreenshotOptions()
            .setPath(SCREENSHOTS.resolve(testName + "--" + name + ".png"))
            .setFullPage(true));
  }

  /**
   * The page, as it is now, has no violation of WCAG 2.1 A or AA that axe-core rates serious or
   * critical; a screenshot named {@code name} shows what was checked.
   */
  void assertAccessible(Page target, String name) {
    // A Vaadin screen is checked with the screens' stylesheet applied (it sets #content's
    // box-sizing), as people see it; a plain page (the waiting room's) once it has loaded.
    target.waitForFunction(
        "() => { if (!window.Vaadin) return document.readyState === 'complete';"
            + " const c = document.querySelector('#content');"
            + " return c !== null && getComputedStyle(c).boxSizing === 'border-box'; }");
    screenshot(target, name);
    Assertions.assertThat(Axe.seriousViolations(target))
        .as("serious or critical WCAG 2.1 A/AA violations on %s", target.url())
        .isEmpty();
  }

  @Override
  public void close() {
    contexts.forEach(BrowserContext::close);
    contexts.clear();
  }

  /** What the tier's badge says is left, as a number. */
  static int left(Page target, String tier) {
    String text = target.locator("#left-" + tier).textContent();
    Matcher matcher = LEFT.matcher(text);
    Assertions.assertThat(matcher.matches()).as("'%s' is a count", text).isTrue();
    return Integer.parseInt(matcher.group(1));
  }

  /** Tiers for {@link dev.ticketing.web.support.TestDatabase#concert}: code, capacity, ... */
  static Map<String, Integer> tiers(Object... codeAndCapacity) {
    Map<String, Integer> tiers = new LinkedHashMap<>();
    for (int i = 0; i < codeAndCapacity.length; i += 2) {
      tiers.put((String) codeAndCapacity[i], (Integer) codeAndCapacity[i + 1]);
    }
    return tiers;
  }
}
