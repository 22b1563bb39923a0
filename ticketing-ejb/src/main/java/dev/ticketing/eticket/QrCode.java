package dev.ticketing.eticket;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/**
 * A ticket code as a QR code (ZXing), drawn without AWT: as SVG for the screens and as dark squares
 * for the PDF. Error correction M (15 %), with the standard quiet zone of 4 modules.
 */
public final class QrCode {
  private static final int QUIET_ZONE = 4;

  private final BitMatrix modules;

  private QrCode(BitMatrix modules) {
    this.modules = modules;
  }

  /** The QR code of {@code text}. */
  public static QrCode of(String text) {
    try {
      return new QrCode(
          new QRCodeWriter()
              .encode(
                  text,
                  BarcodeFormat.QR_CODE,
                  0,
                  0,
                  Map.of(
                      EncodeHintType.ERROR_CORRECTION,
                      ErrorCorrectionLevel.M,
                      EncodeHintType.MARGIN,
                      QUIET_ZONE)));
    } catch (WriterException tooLong) {
      throw new IllegalArgumentException("too long for a QR code: " + text.length(), tooLong);
    }
  }

  /** Modules on a side, quiet zone included. */
  public int size() {
    return modules.getWidth();
  }

  /** Whether the module at column x, row y is dark. */
  public boolean dark(int x, int y) {
    return modules.get(x, y);
  }

  /** As an SVG image that scales to any size (one path, crisp edges). */
  public String svg() {
    int size = size();
    StringBuilder path = new StringBuilder(size * size);
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        if (modules.get(x, y)) {
          path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
        }
      }
    }
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "
        + size
        + " "
        + size
        + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
        + "<path fill=\"#000\" d=\""
        + path
        + "\"/></svg>";
  }
}
