package dev.ticketing.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A concert: what people buy tickets for. Its tiers hold the prices and the stock. */
@Entity
@Table(name = "concert")
@NamedQuery(name = Concert.FIRST, query = "SELECT c FROM Concert c ORDER BY c.id")
@NamedQuery(name = Concert.ALL_IDS, query = "SELECT c.id FROM Concert c ORDER BY c.startsAt, c.id")
public class Concert {
  static final String FIRST = "Concert.first";
  static final String ALL_IDS = "Concert.allIds";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private String venue;

  @Column(name = "starts_at", nullable = false)
  private OffsetDateTime startsAt;

  private String description;

  /** Whether the public sees it and can book it. */
  @Column(nullable = false)
  private boolean published;

  @Column(name = "sales_open_at")
  private OffsetDateTime salesOpenAt;

  @Column(name = "sales_close_at")
  private OffsetDateTime salesCloseAt;

  @Column(name = "max_tickets_per_account")
  private Integer maxTicketsPerAccount;

  @Column(name = "account_required", nullable = false)
  private boolean accountRequired;

  protected Concert() {}

  /** A new concert, not published. */
  public Concert(String name, String venue, OffsetDateTime startsAt) {
    describe(name, venue, startsAt, null, null, null);
  }

  /** Changes what the concert is and when it is sold. */
  public void describe(
      String name,
      String venue,
      OffsetDateTime startsAt,
      String description,
      OffsetDateTime salesOpenAt,
      OffsetDateTime salesCloseAt) {
    this.name = name;
    this.venue = venue;
    this.startsAt = startsAt;
    this.description = description;
    this.salesOpenAt = salesOpenAt;
    this.salesCloseAt = salesCloseAt;
  }

  /** Changes what one buyer may book of it. */
  public void limit(PurchaseLimits limits) {
    this.maxTicketsPerAccount = limits.maxTicketsPerAccount();
    this.accountRequired = limits.accountRequired();
  }

  public PurchaseLimits purchaseLimits() {
    return new PurchaseLimits(maxTicketsPerAccount, accountRequired);
  }

  public void setPublished(boolean published) {
    this.published = published;
  }

  /** When and whether the public can book it. */
  public SaleWindow saleWindow() {
    return new SaleWindow(published, salesOpenAt, salesCloseAt);
  }

  public String getDescription() {
    return description;
  }

  /**
   * The concert with this id, or the default one (the first created) when {@code concertId} is
   * null.
   *
   * @throws UnknownConcertException if there is no such concert, or none at all
   */
  public static Concert find(EntityManager em, Long concertId) {
    Concert concert =
        concertId == null
            ? em.createNamedQuery(FIRST, Concert.class)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElse(null)
            : em.find(Concert.class, concertId);
    if (concert == null) {
      throw new UnknownConcertException(concertId);
    }
    return concert;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getVenue() {
    return venue;
  }

  public OffsetDateTime getStartsAt() {
    return startsAt;
  }
}
