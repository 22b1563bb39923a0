package dev.ticketing.web.admin;

import dev.ticketing.admin.SalesReport;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a concert sold, as of {@code asOf}. */
@JsonbPropertyOrder({
  "concert",
  "revenue",
  "confirmedBookings",
  "heldBookings",
  "perMinute",
  "asOf"
})
@Schema(name = "SalesView", description = "What a concert sold: per tier, revenue, per minute")
public record SalesView(
    @Schema(description = "The concert with sold / held / available per tier")
        AdminConcertView concert,
    @Schema(description = "Revenue of paid bookings per currency, minor units")
        Map<String, Long> revenue,
    @Schema(description = "Paid bookings", example = "120") int confirmedBookings,
    @Schema(description = "Bookings waiting for payment", example = "4") int heldBookings,
    @Schema(description = "Bookings made in each of the last 15 minutes, oldest first")
        List<SalesReport.Minute> perMinute,
    @Schema(description = "When these figures were read") OffsetDateTime asOf) {

  static SalesView of(SalesReport report) {
    return new SalesView(
        AdminConcertView.of(report.concert()),
        report.revenueMinor(),
        report.confirmedBookings(),
        report.heldBookings(),
        report.perMinute(),
        report.asOf());
  }
}
