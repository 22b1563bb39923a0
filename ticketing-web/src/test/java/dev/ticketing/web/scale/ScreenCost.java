package dev.ticketing.web.scale;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import dev.ticketing.web.fault.ApplicationProcess;
import dev.ticketing.web.support.Chromium;
import dev.ticketing.web.support.TestDatabase;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What a browser screen costs an instance, measured, not asserted (not an {@code *IT}: run it on
 * purpose, it takes a few minutes): {@code ./mvnw verify -pl ticketing-web -Dit.test=ScreenCost
 * -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false} ({@code -Dticketing.screens=200}, {@code
 * -Dticketing.bare-requests=5000}). One runnable jar; the heap is read after a full GC ({@code jcmd
 * GC.run}, {@code GC.heap_info}), threads and sockets from {@code /proc}.
 */
class ScreenCost {
  private static final Pattern USED = Pattern.compile("used (\\d+)K");

  @Test
  void whatAnOpenScreenAndASessionWithoutScreenCost() throws Exception {
    int screens = Integer.getInteger("ticketing.screens", 200);
    int bareRequests = Integer.getInteger("ticketing.bare-requests", 5000);
    try (ApplicationProcess app = new ApplicationProcess(Map.of(), "screen-cost").start();
        Playwright playwright = Playwright.create();
        Browser browser = Chromium.launch(playwright)) {
      app.await("/health/ready", 200, Duration.ofMinutes(2));
      TestDatabase.Fixture concert = TestDatabase.concert("Screen cost", Map.of("GA", 1000));
      String page = app.uri("/concerts/" + concert.concertId()).toString();
      Figures idle = Figures.of(app);

      List<BrowserContext> open = new ArrayList<>();
      long start = System.nanoTime();
      for (int i = 0; i < screens; i++) {
        BrowserContext context = browser.newContext();
        open.add(context);
        Page screen = context.newPage();
        screen.navigate(page);
        assertThat(screen.locator("#left-GA"))
            .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
        if ((i + 1) % 50 == 0) {
          System.out.printf(
              "[screens] %d open (%d s)%n",
              i + 1, Duration.ofNanos(System.nanoTime() - start).toSeconds());
        }
      }
      Thread.sleep(2000); // push connections settle
      Figures withScreens = Figures.of(app);
      report(screens + " open booking screens", idle, withScreens, screens);
      open.forEach(BrowserContext::close);

      HttpClient bare = HttpClient.newBuilder().build(); // no cookie handler: every GET is new
      Figures before = Figures.of(app);
      for (int i = 0; i < bareRequests; i++) {
        bare.send(
            HttpRequest.newBuilder(app.uri("/")).GET().build(),
            HttpResponse.BodyHandlers.discarding());
      }
      Figures afterBare = Figures.of(app);
      report(bareRequests + " cookie-less GET /", before, afterBare, bareRequests);
      Thread.sleep(Duration.ofSeconds(150).toMillis()); // first-visit timeout + the session reaper
      report(
          bareRequests + " cookie-less GET /, 150 s later", before, Figures.of(app), bareRequests);
    }
  }

  private static void report(String what, Figures base, Figures now, int count) {
    System.out.printf(
        "[screens] %s: heap after GC %d -> %d MB (%+.1f KB each), threads %d -> %d (%+.2f each),"
            + " sockets %d -> %d (%+.2f each)%n",
        what,
        base.heapKb / 1024,
        now.heapKb / 1024,
        (now.heapKb - base.heapKb) / (double) count,
        base.threads,
        now.threads,
        (now.threads - base.threads) / (double) count,
        base.sockets,
        now.sockets,
        (now.sockets - base.sockets) / (double) count);
  }

  /** The instance's heap after a full GC, its threads and its open sockets. */
  private record Figures(long heapKb, long threads, long sockets) {
    static Figures of(ApplicationProcess app) throws Exception {
      long pid = app.pid();
      jcmd(pid, "GC.run");
      Matcher used = USED.matcher(jcmd(pid, "GC.heap_info"));
      if (!used.find()) {
        throw new IllegalStateException("no heap figure from jcmd");
      }
      long threads;
      try (Stream<Path> tasks = Files.list(Path.of("/proc", String.valueOf(pid), "task"))) {
        threads = tasks.count();
      }
      long sockets;
      try (Stream<Path> fds = Files.list(Path.of("/proc", String.valueOf(pid), "fd"))) {
        sockets = fds.filter(Figures::isSocket).count();
      }
      return new Figures(Long.parseLong(used.group(1)), threads, sockets);
    }

    private static boolean isSocket(Path fd) {
      try {
        return Files.readSymbolicLink(fd).toString().startsWith("socket:");
      } catch (IOException gone) {
        return false;
      }
    }

    private static String jcmd(long pid, String command) throws Exception {
      Process jcmd =
          new ProcessBuilder("jcmd", String.valueOf(pid), command)
              .redirectErrorStream(true)
              .start();
      String output = new String(jcmd.getInputStream().readAllBytes());
      jcmd.waitFor(60, TimeUnit.SECONDS);
      return output;
    }
  }
}
