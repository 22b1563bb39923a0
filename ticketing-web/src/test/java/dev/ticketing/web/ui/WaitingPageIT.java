package dev.ticketing.web.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PageAssertions;
import dev.ticketing.web.support.Api;
import dev.ticketing.web.support.TestDatabase;
import dev.ticketing.web.support.TicketingServer;
import java.util.Map;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * The visitor's waiting page in Chromium: a light page that polls the API (no Vaadin screen while
 * waiting), keeps its place across a reload, and opens the booking screen by itself when let in;
 * the booking screen then books with the admission it was given.
 */
@TicketingServer
@InChromium
class WaitingPageIT {
  // Set before each test by @TicketingServer and @InChromium.
  private Api api;
  private Screens screens;

  @Test
  void theWaitingPageKeepsItsPlaceAcrossAReloadAndOpensTheBookingScreenByItselfWhenLetIn(
      Page page) {
    long concert = TestDatabase.concert("Release night", Map.of("GA", 20)).concertId();
    String organiser = api.organiser();
    Api.Reply set =
        api.call(
            "PUT",
            "api/admin/concerts/" + concert + "/waiting-room",
            organiser,
            "{\"enabled\":true,\"activeUsers\":100,\"admitPerMinute\":60,\"admissionMinutes\":10}");
    Assertions.assertThat(set.status()).as(set.toString()).isEqualTo(200);
    api.call("POST", "api/admin/concerts/" + concert + "/waiting-room/pause", organiser, null);
    Assertions.assertThat(api.postJson("api/concerts/" + concert + "/queue", "{}").status())
        .isEqualTo(201); // someone came first

    page.navigate(screens.uri("concerts/" + concert).toString());

    assertThat(page).hasURL(Pattern.compile(".*/waiting-room\\.html\\?concert=" + concert + ".*"));
    assertThat(page.locator("#position")).hasText("2");
    assertThat(page.locator("#ahead")).hasText("1");
    assertThat(page.locator("#message")).containsText("paused");
    screens.assertAccessible(page, "waiting");

    page.reload();
    assertThat(page.locator("#position")).hasText("2");
    Assertions.assertThat(
            TestDatabase.queryInt(
                "SELECT count(*) FROM waiting_place WHERE concert_id = ?", concert))
        .as("a reload keeps the place")
        .isEqualTo(2);

    api.call("POST", "api/admin/concerts/" + concert + "/waiting-room/resume", organiser, null);

    assertThat(page)
        .hasURL(
            Pattern.compile(".*/concerts/" + concert + "\\?admission=.*"),
            new PageAssertions.HasURLOptions().setTimeout(20_000));
    assertThat(page.locator("#tier-GA")).isVisible();
    page.locator("#quantity-GA input").fill("2");
    page.locator("#book").click();
    assertThat(page.locator("#hold-items")).hasText("2 × GA at $25.00 = $50.00");
    screens.screenshot(page, "let-in-and-held");
    Assertions.assertThat(TestDatabase.bookingsOf(concert)).isEqualTo(1);
    Assertions.assertThat(
            TestDatabase.queryInt(
                "SELECT count(*) FROM waiting_place WHERE concert_id = ? AND position = 2"
                    + " AND entered_at IS NOT NULL AND booked_at IS NOT NULL",
                concert))
        .isEqualTo(1);
  }

  @Test
  void aVisitorWithoutAnAdmissionIsSentToTheLineAndAForgedOneDoesNotLetThemIn(Page page) {
    long concert = TestDatabase.concert("Release night", Map.of("GA", 20)).concertId();
    Api.Reply set =
        api.call(
            "PUT",
            "api/admin/concerts/" + concert + "/waiting-room",
            api.organiser(),
            "{\"enabled\":true,\"activeUsers\":1,\"admitPerMinute\":1,\"admissionMinutes\":10}");
    Assertions.assertThat(set.status()).isEqualTo(200);

    page.navigate(screens.uri("concerts/" + concert + "?admission=a1.1.1.1.forged").toString());

    assertThat(page).hasURL(Pattern.compile(".*/waiting-room\\.html\\?concert=" + concert + ".*"));
    assertThat(page.locator("#position")).hasText(Pattern.compile("\\d+"));
    Assertions.assertThat(TestDatabase.bookingsOf(concert)).isZero();
  }

  @Test
  void anOrganiserTurnsTheRoomOnPausesItAndSeesItLive(Page page) {
    long concert = TestDatabase.concert("Release night", Map.of("GA", 20)).concertId();
    screens.open(page, "login?to=organiser");
    page.locator("#login-email input").fill(System.getProperty("ticketing.it.admin.email"));
    page.locator("#login-password input").fill(System.getProperty("ticketing.it.admin.password"));
    page.locator("#login-submit").click();
    assertThat(page).hasURL(Pattern.compile(".*/organiser$"));

    screens.open(page, "organiser/concerts/" + concert);
    assertThat(page.locator("#room-figures")).hasText("Off: bookings need no admission.");
    page.locator("#room-enabled input").check();
    page.locator("#room-admit-per-minute input").fill("60");
    page.locator("#room-save").click();
    assertThat(page.locator("#room-figures")).containsText("0 waiting");
    Assertions.assertThat(
            api.postJson(
                    "api/bookings",
                    "{\"concertId\":" + concert + ",\"items\":[{\"tier\":\"GA\",\"quantity\":1}]}")
                .status())
        .as("bookings need an admission once the room is on")
        .isEqualTo(403);

    page.locator("#room-pause").click();
    assertThat(page.locator("#room-pause")).hasText("Resume admission");
    Assertions.assertThat(api.postJson("api/concerts/" + concert + "/queue", "{}").status())
        .isEqualTo(201);
    assertThat(page.locator("#room-figures"))
        .containsText(
            "Paused. 1 waiting", new LocatorAssertions.ContainsTextOptions().setTimeout(20_000));
    screens.assertAccessible(page, "organiser-room");
    Assertions.assertThat(
            TestDatabase.queryInt(
                "SELECT count(*) FROM waiting_room WHERE concert_id = ? AND enabled AND paused"
                    + " AND admit_per_minute = 60",
                concert))
        .isEqualTo(1);
  }
}
