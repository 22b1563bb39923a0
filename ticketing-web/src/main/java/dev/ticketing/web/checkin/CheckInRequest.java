package dev.ticketing.web.checkin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/checkin}: a code scanned or typed at a gate. */
@Schema(name = "CheckInRequest", description = "A ticket's code as a gate read it")
public class CheckInRequest {
  @Schema(
      description = "The code, as scanned from the QR code or typed",
      example = "T1.AQEBAcb0mG3kq2xR4dq3l1yXl4GQ",
      required = true)
  @NotNull
  @Size(max = 500)
  public String code;

  @Schema(description = "The gate that scanned it", example = "3", required = true)
  @NotBlank
  @Size(max = 50)
  public String gate;

  @Schema(
      description =
          "A new random value for each scan (a UUID): the same nonce again gets the first answer"
              + " again, unchanged",
      example = "6f1c2a9e-0d7b-4c55-8d53-2b0f5e6a7c11",
      required = true)
  @NotNull
  @Size(min = 8, max = 100)
  public String nonce;

  @Schema(
      description =
          "The concert the gate admits to: a ticket of another concert is `WRONG_CONCERT`."
              + " Absent: the code's own concert",
      example = "1")
  @Positive
  public Long concertId;
}
