package dev.ticketing.ui.views;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.StreamResource;
import dev.ticketing.booking.BookingStatus;
import dev.ticketing.booking.BookingSummary;
import dev.ticketing.eticket.ETickets;
import dev.ticketing.eticket.IssuedTicket;
import dev.ticketing.eticket.QrCode;
import jakarta.enterprise.inject.spi.CDI;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * A confirmed booking's tickets, ready for the door: each ticket's QR code (drawn on the server, as
 * SVG, sharp at any size on a phone) with its tier and code, and the PDF to download. Nothing for a
 * booking that is not confirmed.
 */
final class TicketPasses extends Div {

  TicketPasses(BookingSummary booking) {
    addClassName("ticket-passes");
    if (booking.status() != BookingStatus.CONFIRMED) {
      setVisible(false);
      return;
    }
    // The screens are made by Vaadin, not the container: the EJB is looked up where it is used.
    ETickets eTickets = CDI.current().select(ETickets.class).get();
    List<IssuedTicket> tickets = eTickets.ofBooking(booking.id());
    if (tickets.isEmpty()) {
      setVisible(false);
      return;
    }
    for (IssuedTicket ticket : tickets) {
      Div pass = new Div();
      pass.addClassName("ticket-pass");
      pass.getElement().setAttribute("data-ticket-id", Long.toString(ticket.ticketId()));
      String svg = QrCode.of(ticket.code()).svg();
      Image qr =
          new Image(
              "data:image/svg+xml;base64,"
                  + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8)),
              "QR code of ticket " + ticket.ticketId() + ", " + ticket.tierName());
      qr.addClassName("ticket-qr");
      Span code = new Span(ticket.code());
      code.addClassName("ticket-code");
      pass.add(new Paragraph(ticket.tierName() + " · ticket " + ticket.ticketId()), qr, code);
      add(pass);
    }
    StreamResource pdf =
        new StreamResource(
            "tickets-" + booking.id() + ".pdf",
            () ->
                new ByteArrayInputStream(eTickets.pdf(booking.id()).orElseGet(() -> new byte[0])));
    pdf.setContentType("application/pdf");
    Anchor download = new Anchor(pdf, "Download the tickets (PDF)");
    download.addClassName("tickets-pdf");
    download.setTarget("_blank");
    add(download);
  }
}
