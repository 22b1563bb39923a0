package dev.ticketing.web.checkin;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/checkin/concerts/{id}/scans}: what a gate scanned while offline. */
@Schema(name = "ScanUpload", description = "The scans a gate made while offline")
public class ScanUpload {
  @Schema(description = "The scans, in the order made", required = true)
  @NotNull
  @Size(min = 1, max = 1000)
  public List<@Valid @NotNull OfflineScan> scans;

  /** One scan made offline. */
  @Schema(name = "OfflineScan", description = "A scan a gate made while offline")
  public static class OfflineScan {
    @Schema(
        description = "The code as scanned",
        example = "T1.AQEBAcb0mG3kq2xR4dq3l1yXl4GQ",
        required = true)
    @NotNull
    @Size(max = 500)
    public String code;

    @Schema(description = "The gate", example = "3", required = true)
    @NotBlank
    @Size(max = 50)
    public String gate;

    @Schema(
        description = "The scan's own random value: an upload sent twice records each scan once",
        example = "0c9f3b8e-2a41-4f7e-9d0c-6b5a1e3f2d77",
        required = true)
    @NotNull
    @Size(min = 8, max = 100)
    public String nonce;

    @Schema(
        description = "When the gate scanned it (its clock)",
        example = "2027-06-01T19:04:00Z",
        required = true)
    @NotNull
    public OffsetDateTime scannedAt;

    @Schema(
        description =
            "Whether the gate let the holder in (the signature was valid and the ticket not known"
                + " to it as revoked or let in)",
        required = true)
    @NotNull
    public Boolean admitted;
  }
}
