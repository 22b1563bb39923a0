package dev.ticketing.web.checkin;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to an upload of offline scans. */
@JsonbPropertyOrder({"results", "doubleAdmissions"})
@Schema(name = "ScanUploadView", description = "Each uploaded scan as recorded")
public record ScanUploadView(
    @Schema(description = "One per scan, in the order sent", required = true)
        List<UploadedScan> results,
    @Schema(
            description =
                "How many of these scans let in a ticket that another scan had let in: reported"
                    + " to the organisers",
            example = "0",
            required = true)
        int doubleAdmissions) {

  /** An uploaded scan's answer. */
  @JsonbPropertyOrder({"nonce", "answer"})
  @Schema(name = "UploadedScan")
  public record UploadedScan(
      @Schema(example = "0c9f3b8e-2a41-4f7e-9d0c-6b5a1e3f2d77", required = true) String nonce,
      @Schema(required = true) CheckInView answer) {}
}
