package dev.ticketing.booking.hold;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketing.stock.ClaimMode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The benchmark measures the database's ceiling by running the booking transaction with pgbench,
 * from {@code booking-transaction.pgbench.sql} next to this test. These tests keep that script's
 * statement the very one that the application sends for a booking of one ticket, so that the two
 * cannot drift apart.
 */
class BookingTransactionScriptTest {

  private static final String SCRIPT = "booking-transaction.pgbench.sql";

  /** What the script has in place of each parameter (its header says why). */
  private static final Map<String, String> PARAMETERS =
      Map.ofEntries(
          Map.entry("1", "md5(:client_id || '-' || :booking_seed)"),
          Map.entry("2", ":concert"),
          Map.entry("3", "NULL"),
          Map.entry("4", "NULL"),
          Map.entry("5", "now()"),
          Map.entry("6", "now() + interval '600 seconds'"),
          Map.entry("7", ":tier_price_minor"),
          Map.entry("8", ":tier_currency"),
          Map.entry("9", ":tier_id"),
          Map.entry("10", "1"),
          Map.entry("11", ":tier_price_minor"),
          Map.entry("12", ":tier_id"),
          Map.entry("13", "1"),
          Map.entry("14", "0"));

  @Test
  void thePgbenchScriptBooksWithTheApplicationsOwnStatement() throws IOException {
    String booking = BookingInsert.sql(1, ClaimMode.SKIP_LOCKED);

    assertThat(statements()).contains(oneLine(substituted(booking, PARAMETERS)) + ";");
  }

  /** What the batch script has in place of each of {@link BookingInsert#BATCH_SQL}'s parameters. */
  private static final Map<String, String> BATCH_PARAMETERS =
      Map.ofEntries(
          Map.entry(
              "1",
              "(SELECT array_agg(md5(:client_id || '-' || :booking_seed || '-' || g)) FROM"
                  + " generate_series(1, CAST(:batch AS integer)) g)"),
          Map.entry("2", each("CAST(NULL AS text)")),
          Map.entry("3", each("CAST(NULL AS bigint)")),
          Map.entry("4", each("CAST(now() AS text)")),
          Map.entry("5", each("CAST(now() + interval '1 day' AS text)")),
          Map.entry("6", "array_fill(1, ARRAY[CAST(:batch AS integer)])"),
          Map.entry(
              "7", "array_fill(CAST(:tier_price_minor AS bigint), ARRAY[CAST(:batch AS integer)])"),
          Map.entry("8", ":concert"),
          Map.entry("9", ":tier_currency"),
          Map.entry("10", ":tier_id"),
          Map.entry("11", ":batch"),
          Map.entry("12", "0"));

  private static String each(String value) {
    return "(SELECT array_agg(" + value + ") FROM generate_series(1, CAST(:batch AS integer)))";
  }

  @Test
  void thePgbenchBatchScriptHoldsWithTheApplicationsBatchStatement() throws IOException {
    assertThat(statements("booking-batch.pgbench.sql"))
        .contains(oneLine(substituted(BookingInsert.BATCH_SQL, BATCH_PARAMETERS)) + ";");
  }

  private static String substituted(String sql, Map<String, String> parameters) {
    Matcher parameter = Pattern.compile("\\?(\\d+)").matcher(sql);
    StringBuilder expected = new StringBuilder();
    while (parameter.find()) {
      String value = parameters.get(parameter.group(1));
      assertThat(value).as("the script's value of parameter ?" + parameter.group(1)).isNotNull();
      parameter.appendReplacement(expected, Matcher.quoteReplacement(value));
    }
    return parameter.appendTail(expected).toString();
  }

  @Test
  void thePgbenchScriptClaimsOnceInsideOneTransaction() throws IOException {
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
    assertThat(script.substring(begin, commit).chars().filter(c -> c == ';').count())
        .as("statements between BEGIN and COMMIT")
        .isEqualTo(2);
  }

  /** The script without comments and meta-commands, its whitespace collapsed to single spaces. */
  private static String statements() throws IOException {
    return statements(SCRIPT);
  }

  private static String statements(String script) throws IOException {
    try (InputStream in = BookingTransactionScriptTest.class.getResourceAsStream(script)) {
      assertThat(in).as(script + " next to this test").isNotNull();
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return oneLine(text.replaceAll("(?m)--.*$", "").replaceAll("(?m)^\\\\.*$", ""));
    }
  }

  private static String oneLine(String sql) {
    return sql.replaceAll("\\s+", " ").trim();
  }
}
