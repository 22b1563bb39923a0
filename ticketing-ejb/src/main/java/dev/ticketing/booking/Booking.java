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
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.persistence.annotations.Convert;

/**
 * Tickets of one concert, of one or several tiers, held for their buyer until paid. Its id is a
 * random UUID so that a reference cannot be guessed from another. Its state changes only through
 * {@link #confirm}, {@link #end}: the transitions of {@link BookingStatus}, which the database
 * enforces too. Whoever changes it holds its row lock ({@link BookingTransitions}).
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

  /** The account that made it while logged in, or null: then its id is its only key. */
  @Column(name = "owner_id")
  private Long ownerId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private BookingStatus status;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "expires_at")
  private OffsetDateTime expiresAt;

  @Column(name = "confirmed_at")
  private OffsetDateTime confirmedAt;

  /** Where the confirmation mail goes for a booking made without an account (given at payment). */
  @Column(name = "contact_email")
  private String contactEmail;

  @Column(name = "ended_at")
  private OffsetDateTime endedAt;

  @Column(name = "total_minor", nullable = false)
  private long totalMinor;

  @Column(nullable = false, length = 3)
  private String currency;

  @OneToMany(mappedBy = "booking", cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
  @OrderBy("id")
  private List<BookingItem> items = new ArrayList<>();

  protected Booking() {}

  /** A new booking, holding its tickets for {@code holdFor}. */
  Booking(long concertId, String userRef, String currency, Duration holdFor) {
    this(newId(), concertId, userRef, currency, holdFor);
  }

  /**
   * A new booking with an id chosen beforehand: a booking attempt that is run again after a lost
   * connection uses the same id, so that it cannot make a second booking if the first committed.
   */
  public Booking(UUID id, long concertId, String userRef, String currency, Duration holdFor) {
    this.id = id;
    this.concertId = concertId;
    this.userRef = userRef;
    this.currency = currency;
    this.status = BookingStatus.HELD;
    this.createdAt = now();
    this.expiresAt = createdAt.plus(holdFor);
  }

  /** Makes the booking the account's: only its owner sees it, pays it or cancels it. */
  public void ownedBy(Long ownerId) {
    this.ownerId = ownerId;
  }

  /** Now, as precise as the database keeps it, so that an answer and a later read agree. */
  public static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
  }

  /** Whether the hold has run out at {@code now} (whatever the state says). */
  boolean holdRanOut(OffsetDateTime now) {
    return status == BookingStatus.HELD && !now.isBefore(expiresAt);
  }

  /** Paid: HELD becomes CONFIRMED. */
  void confirm(OffsetDateTime now) {
    confirm(now, null);
  }

  /**
   * Paid. The status and the contact address go in one {@code UPDATE}, whose trigger issues the
   * e-tickets and writes the confirmation mail (V10).
   *
   * @param contact the address for the mail of a booking made without an account (normalised), or
   *     null; an account's booking is mailed to the account
   */
  void confirm(OffsetDateTime now, String contact) {
    if (status != BookingStatus.HELD) {
      throw new IllegalStateException("booking " + id + " is " + status + ", not HELD");
    }
    status = BookingStatus.CONFIRMED;
    confirmedAt = now;
    if (ownerId == null && contact != null) {
      contactEmail = contact;
    }
  }

  /** Expired or cancelled: its tickets must be back in stock in the same transaction. */
  void end(BookingStatus ending, OffsetDateTime now) {
    if (ending != BookingStatus.EXPIRED && ending != BookingStatus.CANCELLED
        || !status.ownsTickets()
        || ending == BookingStatus.EXPIRED && status != BookingStatus.HELD) {
      throw new IllegalStateException(
          "booking " + id + " cannot go from " + status + " to " + ending);
    }
    status = ending;
    endedAt = now;
  }

  /**
   * A random (version 4) UUID from this thread's own secure generator: {@link UUID#randomUUID()}
   * shares one generator, and its lock, between every thread of the server.
   */
  public static UUID newId() {
    byte[] bytes = new byte[16];
    RANDOM.get().nextBytes(bytes);
    bytes[6] = (byte) ((bytes[6] & 0x0f) | 0x40); // version 4
    bytes[8] = (byte) ((bytes[8] & 0x3f) | 0x80); // IETF variant
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    return new UUID(buffer.getLong(), buffer.getLong());
  }

  public void add(BookingItem item) {
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

  public OffsetDateTime getExpiresAt() {
    return expiresAt;
  }

  public long getConcertId() {
    return concertId;
  }

  public String getCurrency() {
    return currency;
  }

  /** Tickets per tier id. */
  Map<Long, Integer> quantitiesByTier() {
    Map<Long, Integer> quantities = new HashMap<>();
    items.forEach(item -> quantities.merge(item.getTierId(), item.getQuantity(), Integer::sum));
    return quantities;
  }

  public String userRef() {
    return userRef;
  }

  public Long ownerId() {
    return ownerId;
  }

  public List<BookingItem> items() {
    return items;
  }

  public long getTotalMinor() {
    return totalMinor;
  }
}
