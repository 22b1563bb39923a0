package dev.ticketing.eticket;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * What a ticket's code says: the concert, the tier, the e-ticket's id and its random secret. The
 * code is {@code T1.} and then, base64url without padding, the payload (a version byte, the three
 * numbers as unsigned LEB128 varints, the secret's 16 bytes) followed by its 64-byte Ed25519
 * signature: about 120 characters, small enough for a QR code a phone reads at arm's length.
 *
 * @param secret drawn by the database when the ticket was issued (122 random bits): without it a
 *     code cannot be made up, even by someone who knows every other field
 */
public record TicketCode(long concertId, long tierId, long ticketId, UUID secret) {
  static final String PREFIX = "T1.";
  private static final byte VERSION = 1;
  static final int SIGNATURE_BYTES = 64;
  private static final int MAX_CODE_LENGTH = 200;

  /** The bytes that are signed. */
  public byte[] payload() {
    ByteArrayOutputStream out = new ByteArrayOutputStream(48);
    out.write(VERSION);
    varint(out, concertId);
    varint(out, tierId);
    varint(out, ticketId);
    ByteBuffer uuid = ByteBuffer.allocate(16);
    uuid.putLong(secret.getMostSignificantBits()).putLong(secret.getLeastSignificantBits());
    out.writeBytes(uuid.array());
    return out.toByteArray();
  }

  /** The code to print: this payload with its signature. */
  public String withSignature(byte[] signature) {
    if (signature.length != SIGNATURE_BYTES) {
      throw new IllegalArgumentException("an Ed25519 signature has 64 bytes");
    }
    byte[] payload = payload();
    byte[] both = new byte[payload.length + signature.length];
    System.arraycopy(payload, 0, both, 0, payload.length);
    System.arraycopy(signature, 0, both, payload.length, signature.length);
    return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(both);
  }

  /** A code taken apart: what it says, and the signature to check it against. */
  public record Signed(TicketCode ticket, byte[] payload, byte[] signature) {}

  /**
   * Takes a scanned or typed code apart, without checking its signature (that needs the concert's
   * key).
   *
   * @return empty if it is not a ticket code at all (wrong prefix or version, not base64url, cut
   *     short, trailing bytes)
   */
  public static Optional<Signed> parse(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String text = code.strip();
    if (!text.startsWith(PREFIX) || text.length() > MAX_CODE_LENGTH) {
      return Optional.empty();
    }
    byte[] bytes;
    try {
      bytes = Base64.getUrlDecoder().decode(text.substring(PREFIX.length()));
    } catch (IllegalArgumentException notBase64) {
      return Optional.empty();
    }
    if (bytes.length < 1 + 3 + 16 + SIGNATURE_BYTES || bytes[0] != VERSION) {
      return Optional.empty();
    }
    int payloadLength = bytes.length - SIGNATURE_BYTES;
    ByteBuffer in = ByteBuffer.wrap(bytes, 1, payloadLength - 1);
    try {
      long concert = varint(in);
      long tier = varint(in);
      long ticket = varint(in);
      if (in.remaining() != 16) {
        return Optional.empty();
      }
      UUID secret = new UUID(in.getLong(), in.getLong());
      byte[] payload = new byte[payloadLength];
      byte[] signature = new byte[SIGNATURE_BYTES];
      System.arraycopy(bytes, 0, payload, 0, payloadLength);
      System.arraycopy(bytes, payloadLength, signature, 0, SIGNATURE_BYTES);
      return Optional.of(
          new Signed(new TicketCode(concert, tier, ticket, secret), payload, signature));
    } catch (java.nio.BufferUnderflowException | IllegalArgumentException cutShort) {
      return Optional.empty();
    }
  }

  private static void varint(ByteArrayOutputStream out, long value) {
    if (value < 0) {
      throw new IllegalArgumentException("ids are positive: " + value);
    }
    long rest = value;
    while ((rest & ~0x7FL) != 0) {
      out.write((int) ((rest & 0x7F) | 0x80));
      rest >>>= 7;
    }
    out.write((int) rest);
  }

  private static long varint(ByteBuffer in) {
    long value = 0;
    for (int shift = 0; shift < 63; shift += 7) {
      byte b = in.get();
      value |= (long) (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        return value;
      }
    }
    throw new IllegalArgumentException("varint too long");
  }
}
