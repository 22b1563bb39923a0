package dev.ticketing.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import dev.ticketing.web.support.Chromium;
import dev.ticketing.web.support.Deployments;
import java.net.URL;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The bundled OpenAPI explorer, used in a real Chromium as a newcomer would. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExplorerIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.ticketingWar();
  }

  @ArquillianResource private URL base;

  @Test
  void tryItOutOnTheTicketListShowsTheTiers() {
    try (Playwright playwright = Playwright.create();
        Browser browser = Chromium.launch(playwright)) {
      Page page = browser.newPage();
      page.navigate(base + "openapi-ui/");

      page.getByText("Concert ticketing API").first().waitFor();
      Locator operation =
          page.locator(".opblock-get:has(.opblock-summary-path[data-path='/api/tickets'])");
      operation.locator(".opblock-summary").click();
      operation.getByText("Try it out").click();
      operation.getByText("Execute").click();

      Locator status =
          operation.locator(".live-responses-table tr.response .response-col_status").first();
      status.waitFor();
      assertThat(status.innerText().trim()).isEqualTo("200");
      assertThat(operation.locator(".live-responses-table .microlight").first().innerText())
          .contains("FRONT_ROW")
          .contains("quantityAvailable");
      Path screenshot = Paths.get("target", "screenshots", "openapi-explorer.png");
      page.screenshot(new Page.ScreenshotOptions().setPath(screenshot).setFullPage(true));
    }
  }
}
