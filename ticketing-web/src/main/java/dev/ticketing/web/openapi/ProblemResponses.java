package dev.ticketing.web.openapi;

import dev.ticketing.web.TicketingApi;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * The API's refusals as shared responses of the OpenAPI document ({@code components/responses}),
 * each written once: an operation lists the ones it can answer with
 * {@code @APIResponse(responseCode = "404", ref = "NotFound")}, and says in its own description
 * what, for it, leads to each. Every one is an RFC 9457 {@code application/problem+json} body whose
 * {@code type} names the case.
 */
final class ProblemResponses {
  private record Refusal(String name, String description) {}

  private static final List<Refusal> ALL =
      List.of(
          new Refusal(
              "BadRequest",
              "Invalid request: a field missing, out of range or of the wrong type, malformed"
                  + " JSON, or a malformed `Idempotency-Key`; `errors` lists the invalid fields"),
          new Refusal("Unauthorized", "No token, or not a valid one"),
          new Refusal(
              "AccountRequired",
              "The concert is sold to logged-in accounts only (`account-required`), or the"
                  + " token sent is not valid (`unauthenticated`): send a valid bearer token;"
                  + " nothing was booked"),
          new Refusal(
              "PaymentDeclined",
              "The card was declined (`declineCode`: `card_declined`, `insufficient_funds`,"
                  + " `not_a_test_card`); nothing was charged, the hold stays"),
          new Refusal("Forbidden", "The token's account may not do this (organisers only)"),
          new Refusal(
              "AdmissionRequired",
              "The concert's waiting room is on, and the booking came without a valid"
                  + " `Admission` (none, forged, another concert's or account's, or ended):"
                  + " `admission-required`, with the `queue` to join; nothing was booked"),
          new Refusal(
              "NotFound",
              "Nothing with this id that the caller may see; `type` says what was looked for"),
          new Refusal(
              "Conflict",
              "Refused in the state things are in; nothing changed. `type` and `detail` say why;"
                  + " the operation's description lists the cases"),
          new Refusal("PayloadTooLarge", "Body larger than the configured limit"),
          new Refusal("UnsupportedMediaType", "Body not sent as application/json"),
          new Refusal(
              "IdempotencyKeyReused",
              "This `Idempotency-Key` was used with a different request; nothing was done"),
          new Refusal(
              "TooManyRequests",
              "Too many attempts lately (failed logins, registrations or anonymous waiting-room"
                  + " places from the client's address);"
                  + " `Retry-After` says in how many seconds to try again"),
          new Refusal(
              "ServiceUnavailable",
              "The database cannot be reached; nothing was booked, try again"),
          new Refusal(
              "PaymentTimeout",
              "The payment provider did not answer in time (`ticketing.payment.timeout-millis`);"
                  + " nothing was charged, the hold stays: try again"));

  private ProblemResponses() {}

  /** Adds every refusal to the document's shared responses. */
  static void addTo(Components components) {
    for (Refusal refusal : ALL) {
      components.addResponse(
          refusal.name(),
          OASFactory.createAPIResponse()
              .description(refusal.description())
              .content(
                  OASFactory.createContent()
                      .addMediaType(
                          TicketingApi.PROBLEM,
                          OASFactory.createMediaType()
                              .schema(OASFactory.createSchema().ref("Problem")))));
    }
    components
        .getResponses()
        .get("TooManyRequests")
        .addHeader(
            "Retry-After",
            OASFactory.createHeader()
                .description("Seconds to wait before the next attempt")
                .schema(OASFactory.createSchema().type(Schema.SchemaType.INTEGER)));
  }
}
