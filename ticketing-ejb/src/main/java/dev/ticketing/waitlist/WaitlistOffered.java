package dev.ticketing.waitlist;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * "Told at once, on screen and by email": CDI event fired inside the transaction that makes the
 * offer ({@link WaitlistOffers#assign}), observed there by the offer's mail ({@code
 * dev.ticketing.mail.MailOutbox#offered}: written with the offer or not at all). The same
 * transaction sends it as a {@code NOTIFY} ({@link #toNotice}), which every instance hears once it
 * is committed and fires as {@link WaitlistOfferHeard}: the push to the owner's open screens,
 * whichever instance serves them ({@code ui.live.OfferNotices}).
 *
 * @param bookingId the offer: an ordinary HELD booking of the account
 * @param accountId its owner
 * @param email its owner's email
 * @param tier the tier's code
 * @param quantity tickets offered (fewer than asked only if the entry accepts fewer)
 * @param expiresAt when the offer runs out unless paid
 */
public record WaitlistOffered(
    UUID bookingId,
    long accountId,
    String email,
    long concertId,
    long tierId,
    String tier,
    int quantity,
    long totalMinor,
    String currency,
    OffsetDateTime expiresAt) {
  /** What starts a notice that carries an offer, on the waiting list's channel. */
  static final String NOTICE = "offer:";

  /** The offer as the payload of a {@code NOTIFY} (JSON, well under PostgreSQL's 8,000 bytes). */
  String toNotice() {
    return NOTICE
        + Json.createObjectBuilder()
            .add("bookingId", bookingId.toString())
            .add("accountId", accountId)
            .add("email", email)
            .add("concertId", concertId)
            .add("tierId", tierId)
            .add("tier", tier)
            .add("quantity", quantity)
            .add("totalMinor", totalMinor)
            .add("currency", currency)
            .add("expiresAt", expiresAt.toString())
            .build();
  }

  /** The offer a notice carries; empty for any other notice of the channel. */
  static Optional<WaitlistOffered> fromNotice(String payload) {
    if (!payload.startsWith(NOTICE)) {
      return Optional.empty();
    }
    try (var reader = Json.createReader(new StringReader(payload.substring(NOTICE.length())))) {
      JsonObject o = reader.readObject();
      return Optional.of(
          new WaitlistOffered(
              UUID.fromString(o.getString("bookingId")),
              o.getJsonNumber("accountId").longValue(),
              o.getString("email"),
              o.getJsonNumber("concertId").longValue(),
              o.getJsonNumber("tierId").longValue(),
              o.getString("tier"),
              o.getInt("quantity"),
              o.getJsonNumber("totalMinor").longValue(),
              o.getString("currency"),
              OffsetDateTime.parse(o.getString("expiresAt"))));
    } catch (JsonException
        | ClassCastException
        | NullPointerException
        | IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
