package dev.ticketing.stock;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The benchmark measures the database's ceiling by running the booking transaction with pgbench,
 * from {@code booking-transaction.pgbench.sql} next to this test. These tests keep that script's
 * claim the very statement that {@link TicketStock} sends, so that the two cannot drift apart.
 */
class BookingTransactionScriptTest {

  private static final String SCRIPT = "booking-transaction.pgbench.sql";

  @Test
  void thePgbenchScriptClaimsWithTheApplicationsOwnStatement() throws IOException {
    String claim =
        TicketStock.claimSql(ClaimMode.SKIP_LOCKED)
            .replace("?1", ":tier_id")
            .replace("?2", "1")
            .replace("?3", ":booking_id");

    assertThat(statements()).contains(oneLine(claim) + ";");
  }

  @Test
  void thePgbenchScriptClaimsOnceInsideOneTransactionAfterInsertingTheBookingAndItsItem()
      throws IOException {
    String script = statements();
    int begin = script.indexOf("BEGIN;");
    int booking = script.indexOf("INSERT INTO booking ");
    int item = script.indexOf("INSERT INTO booking_item ");
    int claim = script.indexOf("UPDATE ticket SET booking_id");
    int commit = script.indexOf("COMMIT;");

    assertThat(begin).isNotNegative();
    assertThat(booking).isGreaterThan(begin);
    assertThat(item).isGreaterThan(booking);
    assertThat(claim).isGreaterThan(item);
    assertThat(commit).isGreaterThan(claim);
    assertThat(script.indexOf("UPDATE ticket", claim + 1)).isNegative();
  }

  /** The script without comments, its whitespace collapsed to single spaces. */
  private static String statements() throws IOException {
    try (InputStream in = BookingTransactionScriptTest.class.getResourceAsStream(SCRIPT)) {
      assertThat(in).as(SCRIPT + " next to this test").isNotNull();
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return oneLine(text.replaceAll("(?m)--.*$", ""));
    }
  }

  private static String oneLine(String sql) {
    return sql.replaceAll("\\s+", " ").trim();
  }
}
