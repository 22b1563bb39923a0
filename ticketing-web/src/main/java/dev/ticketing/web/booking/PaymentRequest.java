package dev.ticketing.web.booking;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/bookings/{id}/payment}: the card to pay a held booking with. */
@Schema(name = "PaymentRequest", description = "The card to pay with")
public class PaymentRequest {
  /** The card number, digits with or without spaces. */
  @Schema(
      description =
          "The card number (spaces and dashes allowed). This system's payment provider is"
              + " simulated: 4242424242424242 is approved, 4000000000000002 declined,"
              + " 4000000000009995 declined for insufficient funds, 4000000000003006 approved"
              + " after 3 s, 4000000000005001 never answers (the provider times out),"
              + " 4000000000000259 is approved but its first capture is never answered (the"
              + " payment reconciliation captures it later), 4000000000000267 is approved but its"
              + " first two refunds are not answered (the refund is asked for again, with a"
              + " growing pause); any other number is declined",
      example = "4242424242424242")
  @NotBlank
  @Size(max = 30)
  public String card;

  /** Where the confirmation mail goes, for a booking made without an account. */
  @Schema(
      description =
          "For a booking made without an account: the address the confirmation mail (with the"
              + " tickets) goes to. Absent: no mail. A booking made while logged in is mailed to"
              + " the account, whatever this says",
      example = "ada@example.com")
  @Size(max = 254)
  public String email;
}
