package dev.ticketing.booking;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.nio.ByteBuffer;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.persistence.annotations.Convert;

/**
 * A confirmed purchase of tickets of one concert, of one or several tiers. Its id is a random UUID
 * so that a reference cannot be guessed from another.
 */
@Entity
@Table(name = "booking")
@org.eclipse.persistence.annotations.Converter(name = "uuid", converterClass = UuidConverter.class)
public class Booking {
  private static final ThreadLocal<SecureRandom> RANDOM =
      ThreadLocal.withInitial(
          () -> {
            try {
              return SecureRandom.getInstance("DRBG");
            } catch (NoSuchAlgorithmException e) {
              return new SecureRandom();
            }
          });

  @Id
  @Convert("uuid")
  @Column(columnDefinition = "uuid")
  private UUID id;

  @Column(name = "concert_id", nullable = false)
  private long concertId;

  @Column(name = "user_ref")
  private String userRef;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private BookingStatus status;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "total_minor", nullable = false)
  private long totalMinor;

  @Column(nullable = false, length = 3)
  private String currency;

  @OneToMany(mappedBy = "booking", cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
  @OrderBy("id")
  private List<BookingItem> items = new ArrayList<>();

  protected Booking() {}

  Booking(long concertId, String userRef, String currency) {
    this.id = randomId();
    this.concertId = concertId;
    this.userRef = userRef;
    this.currency = currency;
    this.status = BookingStatus.CONFIRMED;
    // As precise as the database keeps it, so that the answer and a later read agree.
    this.createdAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
  }

  /**
   * A random (version 4) UUID from this thread's own secure generator: {@link UUID#randomUUID()}
   * shares one generator, and its lock, between every thread of the server.
   */
  private static UUID randomId() {
    byte[] bytes = new byte[16];
    RANDOM.get().nextBytes(bytes);
    bytes[6] = (byte) ((bytes[6] & 0x0f) | 0x40); // version 4
    bytes[8] = (byte) ((bytes[8] & 0x3f) | 0x80); // IETF variant
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    return new UUID(buffer.getLong(), buffer.getLong());
  }

  void add(BookingItem item) {
    items.add(item);
    totalMinor += item.lineTotalMinor();
  }

  public UUID getId() {
    return id;
  }

  public BookingStatus getStatus() {
    return status;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public long getTotalMinor() {
    return totalMinor;
  }
}
