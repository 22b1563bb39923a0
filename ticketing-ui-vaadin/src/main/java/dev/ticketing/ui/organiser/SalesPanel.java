package dev.ticketing.ui.organiser;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dev.ticketing.admin.SalesReport;
import dev.ticketing.ui.views.Formats;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What the concert sold, as of the last report: revenue, paid and held bookings, and bookings per
 * minute over the last minutes as a small bar chart (each bar's numbers also in its text, for
 * screen readers and tests).
 */
final class SalesPanel extends Div {
  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("HH:mm");

  private final Span revenue = new Span();
  private final Span confirmed = new Span();
  private final Span held = new Span();
  private final Div chart = new Div();
  private final Paragraph asOf = new Paragraph();
  private final Locale locale;

  SalesPanel(Locale locale) {
    this.locale = locale;
    setId("sales");
    addClassName("sales-panel");
    revenue.setId("sales-revenue");
    confirmed.setId("sales-confirmed");
    held.setId("sales-held");
    Div figures =
        new Div(
            figure("Revenue", revenue), figure("Paid bookings", confirmed), figure("Held", held));
    figures.addClassName("figures");
    H3 perMinute = new H3("Bookings per minute, last 15 minutes (UTC)");
    chart.setId("sales-per-minute");
    chart.addClassName("minute-chart");
    chart.getElement().setAttribute("role", "list");
    asOf.setId("sales-as-of");
    asOf.addClassName("hint");
    add(figures, perMinute, chart, asOf);
  }

  void show(SalesReport report) {
    revenue.setText(
        report.revenueMinor().isEmpty()
            ? Formats.money(0, "USD", locale)
            : report.revenueMinor().entrySet().stream()
                .map(e -> Formats.money(e.getValue(), e.getKey(), locale))
                .collect(Collectors.joining(" + ")));
    confirmed.setText(String.valueOf(report.confirmedBookings()));
    held.setText(String.valueOf(report.heldBookings()));

    int most = report.perMinute().stream().mapToInt(SalesReport.Minute::bookings).max().orElse(0);
    chart.removeAll();
    for (SalesReport.Minute minute : report.perMinute()) {
      String at = minute.start().withOffsetSameInstant(ZoneOffset.UTC).format(MINUTE);
      Div bar = new Div();
      bar.addClassName("bar");
      int percent = most == 0 ? 0 : Math.round(100f * minute.bookings() / most);
      bar.getStyle().set("height", Math.max(percent, minute.bookings() > 0 ? 4 : 0) + "%");
      Span label = new Span(at);
      label.addClassName("bar-label");
      Div column = new Div(bar, label);
      column.addClassName("bar-column");
      column.getElement().setAttribute("role", "listitem");
      column
          .getElement()
          .setAttribute(
              "title",
              at + ": " + minute.bookings() + " bookings, " + minute.confirmed() + " paid");
      column.getElement().setAttribute("data-bookings", String.valueOf(minute.bookings()));
      chart.add(column);
    }
    asOf.setText(
        "As of "
            + report
                .asOf()
                .withOffsetSameInstant(ZoneOffset.UTC)
                .format(DateTimeFormatter.ofPattern("HH:mm:ss"))
            + " UTC; updates by itself.");
  }

  private static Div figure(String label, Span value) {
    value.addClassName("figure-value");
    Span name = new Span(label);
    name.addClassName("figure-label");
    Div figure = new Div(name, value);
    figure.addClassName("figure");
    return figure;
  }
}
