package dev.ticketing.eticket;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The PDF of a booking's tickets (OpenPDF): one A6 page per ticket, about a phone's screen, with
 * the concert, venue, time, tier, holder and the QR code large enough to scan from a screen or from
 * paper.
 */
public final class TicketPdf {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH);
  private static final float QR_POINTS = 200f;

  private TicketPdf() {}

  /**
   * What is printed on every page of a booking's tickets.
   *
   * @param holder who the tickets are for (an email, a name), or null
   */
  public record Heading(
      UUID bookingId, String concert, String venue, OffsetDateTime startsAt, String holder) {}

  /** The PDF's bytes. */
  public static byte[] of(Heading heading, List<IssuedTicket> tickets) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A6, 24, 24, 24, 24);
    PdfWriter writer = PdfWriter.getInstance(document, out);
    document.addTitle("Tickets: " + heading.concert());
    document.addCreator("ticketing");
    document.open();
    Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 15);
    Font body = FontFactory.getFont(FontFactory.HELVETICA, 10);
    Font tier = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
    Font small = FontFactory.getFont(FontFactory.COURIER, 5);
    int n = 0;
    for (IssuedTicket ticket : tickets) {
      if (n++ > 0) {
        document.newPage();
      }
      document.add(new Paragraph(heading.concert(), title));
      document.add(new Paragraph(heading.venue(), body));
      document.add(
          new Paragraph(
              heading.startsAt().withOffsetSameInstant(ZoneOffset.UTC).format(WHEN), body));
      document.add(
          new Paragraph(
              ticket.tierName() + " (" + ticket.tier() + ") - ticket " + ticket.ticketId(), tier));
      if (heading.holder() != null) {
        document.add(new Paragraph("For " + heading.holder(), body));
      }
      Rectangle page = document.getPageSize();
      float left = (page.getWidth() - QR_POINTS) / 2;
      float bottom = document.bottomMargin() + 28;
      draw(writer.getDirectContent(), QrCode.of(ticket.code()), left, bottom, QR_POINTS);
      Paragraph code = new Paragraph(ticket.code(), small);
      code.setAlignment(Element.ALIGN_CENTER);
      PdfContentByte under = writer.getDirectContent();
      com.lowagie.text.pdf.ColumnText column = new com.lowagie.text.pdf.ColumnText(under);
      column.setSimpleColumn(
          document.leftMargin(),
          document.bottomMargin(),
          page.getWidth() - document.rightMargin(),
          bottom - 2);
      column.addElement(code);
      column.go();
    }
    document.addSubject("Booking " + heading.bookingId());
    document.close();
    return out.toByteArray();
  }

  private static void draw(PdfContentByte canvas, QrCode qr, float left, float bottom, float side) {
    float module = side / qr.size();
    canvas.saveState();
    canvas.setRGBColorFill(0, 0, 0);
    for (int y = 0; y < qr.size(); y++) {
      for (int x = 0; x < qr.size(); x++) {
        if (qr.dark(x, y)) {
          canvas.rectangle(left + x * module, bottom + side - (y + 1) * module, module, module);
        }
      }
    }
    canvas.fill();
    canvas.restoreState();
  }
}
