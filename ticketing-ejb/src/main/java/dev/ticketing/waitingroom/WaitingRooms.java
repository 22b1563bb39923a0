package dev.ticketing.waitingroom;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.stream.Collectors;

/**
 * Every statement on the waiting room's tables ({@code waiting_room}, {@code waiting_place}, {@code
 * waiting_admission}), so that the lock order is seen in one place: a join locks its room's row
 * (the counter of places), then inserts its place; the tick locks every active room's row, then
 * writes places. Nothing here locks a ticket or a booking.
 */
@Stateless
public class WaitingRooms {
  /** The notice channel: payload {@code <concert id>}, sent by the tick in its transaction. */
  static final String CHANNEL = "ticketing_waiting_room";

  /** The advisory lock that makes one instance at a time move the counters. */
  static final long TICK_LOCK = 0x7469636b65746e67L; // "ticketng"

  private static final String ROOM_COLUMNS =
      "r.concert_id, r.enabled, r.active_users, r.admit_per_minute, r.admission_minutes,"
          + " r.prequeue_opens_at, r.paused, r.opened, r.sold_out, c.sales_open_at,"
          + " c.sales_close_at, c.published, r.last_position, r.prequeued, r.admitted_through,"
          + " (SELECT count(*) FROM waiting_place p WHERE p.concert_id = r.concert_id"
          + " AND p.admitted_at IS NOT NULL AND p.booked_at IS NULL AND p.expired_at IS NULL)";

  private static final String PLACE_COLUMNS =
      "id, concert_id, position, owner_id, admitted_at, entered_at, booked_at, expired_at";

  @PersistenceContext(unitName = "ticketing")
  private EntityManager em;

  /** The concert's room, if it ever had one. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<RoomState> room(long concertId) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT "
                    + ROOM_COLUMNS
                    + " FROM waiting_room r JOIN concert c ON c.id = r.concert_id"
                    + " WHERE r.concert_id = ?1")
            .setParameter(1, concertId)
            .getResultList();
    return rows.stream().findFirst().map(row -> roomOf((Object[]) row));
  }

  /** Every room that is on. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<RoomState> enabledRooms() {
    List<?> rows =
        em.createNativeQuery(
                "SELECT "
                    + ROOM_COLUMNS
                    + " FROM waiting_room r JOIN concert c ON c.id = r.concert_id WHERE r.enabled")
            .getResultList();
    return rows.stream().map(row -> roomOf((Object[]) row)).toList();
  }

  /**
   * Sets the room's settings, creating it if needed: open at once if the sale is, else at the
   * sale's opening (the pre-queue until then). Turning a room off and on again keeps its line and
   * counter.
   */
  public void save(long concertId, RoomSettings settings) {
    em.createNativeQuery(
            "INSERT INTO waiting_room (concert_id, enabled, active_users, admit_per_minute,"
                + " admission_minutes, prequeue_opens_at, opened) SELECT ?1, ?2, ?3, ?4, ?5,"
                + " CAST(?6 AS timestamptz), c.sales_open_at IS NULL OR c.sales_open_at <= now()"
                + " FROM concert c WHERE c.id = ?1"
                + " ON CONFLICT (concert_id) DO UPDATE SET enabled = excluded.enabled,"
                + " active_users = excluded.active_users,"
                + " admit_per_minute = excluded.admit_per_minute,"
                + " admission_minutes = excluded.admission_minutes,"
                + " prequeue_opens_at = excluded.prequeue_opens_at")
        .setParameter(1, concertId)
        .setParameter(2, settings.enabled())
        .setParameter(3, settings.activeUsers())
        .setParameter(4, settings.admitPerMinute())
        .setParameter(5, settings.admissionMinutes())
        .setParameter(
            6, settings.prequeueOpensAt() == null ? null : settings.prequeueOpensAt().toString())
        .executeUpdate();
    notifyChanged(concertId);
  }

  /** Pauses or resumes admission; false if the concert has no room. */
  public boolean pause(long concertId, boolean paused) {
    int changed =
        em.createNativeQuery(
                "UPDATE waiting_room SET paused = ?2, admit_credit = 0 WHERE concert_id = ?1")
            .setParameter(1, concertId)
            .setParameter(2, paused)
            .executeUpdate();
    notifyChanged(concertId);
    return changed == 1;
  }

  /**
   * The owner's place, or a new one at the end of the line (a position in arrival order after the
   * opening, none in the pre-queue). Locks the room's row first: joins take positions one after
   * another, and never interleave with the opening's shuffle.
   *
   * @param ownerEmail the logged-in account's email, or null for an anonymous place
   * @return the place, and whether it was made now
   */
  public Joined join(long concertId, String ownerEmail) {
    List<?> counter =
        em.createNativeQuery(
                "UPDATE waiting_room SET last_position = last_position"
                    + " + CASE WHEN opened THEN 1 ELSE 0 END, prequeued = prequeued"
                    + " + CASE WHEN opened THEN 0 ELSE 1 END WHERE concert_id = ?1 AND enabled"
                    + " RETURNING opened, last_position")
            .setParameter(1, concertId)
            .getResultList();
    if (counter.isEmpty()) {
      throw new NoWaitingRoomException(concertId, "This concert has no waiting room on");
    }
    Object[] line = (Object[]) counter.get(0);
    if (ownerEmail != null) {
      Optional<Place> existing = placeOf(concertId, ownerEmail);
      if (existing.isPresent()) {
        throw new AlreadyInLine(existing.get()); // rolls the counter back
      }
    }
    boolean opened = (Boolean) line[0];
    Long position = opened ? ((Number) line[1]).longValue() : null;
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "INSERT INTO waiting_place (concert_id, position, owner_id) VALUES (?1,"
                        + " CAST(?2 AS bigint),"
                        + " (SELECT id FROM account WHERE email = ?3)) RETURNING "
                        + PLACE_COLUMNS)
                .setParameter(1, concertId)
                .setParameter(2, position == null ? null : position.toString())
                .setParameter(3, ownerEmail)
                .getSingleResult();
    return new Joined(placeOf(row), true);
  }

  /**
   * New places at the end of the line for everyone in {@code owners}, in that order, in one
   * transaction: one update of the room's counter, one insert. Positions (after the opening) and
   * ids (the order of arrival) follow the list. Throws, and makes no place, if the room is off or
   * an account of the list has a place already (its caller then joins alone, {@link #join}).
   *
   * @param owners the accounts' emails, null for anonymous places; no account twice
   * @return the places, in the order of {@code owners}
   */
  public List<Place> joinAll(long concertId, List<String> owners) {
    int n = owners.size();
    List<?> counter =
        em.createNativeQuery(
                "UPDATE waiting_room SET last_position = last_position"
                    + " + CASE WHEN opened THEN ?2 ELSE 0 END, prequeued = prequeued"
                    + " + CASE WHEN opened THEN 0 ELSE ?2 END WHERE concert_id = ?1 AND enabled"
                    + " RETURNING opened, last_position")
            .setParameter(1, concertId)
            .setParameter(2, n)
            .getResultList();
    if (counter.isEmpty()) {
      throw new NoWaitingRoomException(concertId, "This concert has no waiting room on");
    }
    Object[] line = (Object[]) counter.get(0);
    boolean opened = (Boolean) line[0];
    long first = ((Number) line[1]).longValue() - n + 1;
    long[] ids =
        em
            .createNativeQuery(
                "SELECT nextval('waiting_place_arrival') FROM generate_series(1, ?1)")
            .setParameter(1, n)
            .getResultList()
            .stream()
            .mapToLong(id -> ((Number) id).longValue())
            .sorted()
            .toArray();
    StringJoiner idArray = new StringJoiner(",", "{", "}");
    StringJoiner positionArray = new StringJoiner(",", "{", "}");
    StringJoiner ownerArray = new StringJoiner(",", "{", "}");
    for (int i = 0; i < n; i++) {
      idArray.add(Long.toString(ids[i]));
      positionArray.add(opened ? Long.toString(first + i) : "NULL");
      String owner = owners.get(i);
      ownerArray.add(
          owner == null ? "NULL" : '"' + owner.replace("\\", "\\\\").replace("\"", "\\\"") + '"');
    }
    List<?> rows =
        em.createNativeQuery(
                "INSERT INTO waiting_place (id, concert_id, position, owner_id)"
                    + " SELECT j.id, ?1, j.position, a.id FROM unnest(CAST(?2 AS bigint[]),"
                    + " CAST(?3 AS bigint[]), CAST(?4 AS text[])) AS j(id, position, email)"
                    + " LEFT JOIN account a ON a.email = j.email RETURNING "
                    + PLACE_COLUMNS)
            .setParameter(1, concertId)
            .setParameter(2, idArray.toString())
            .setParameter(3, positionArray.toString())
            .setParameter(4, ownerArray.toString())
            .getResultList();
    Map<Long, Place> made = new HashMap<>();
    for (Object row : rows) {
      Place place = placeOf((Object[]) row);
      made.put(place.id(), place);
    }
    return Arrays.stream(ids).mapToObj(made::get).toList();
  }

  /**
   * Records that the holders of these places were heard from now (places still in line only, and
   * not heard from within the last minute).
   *
   * @return how many places were touched
   */
  public int seen(Collection<Long> placeIds) {
    if (placeIds.isEmpty()) {
      return 0;
    }
    return em.createNativeQuery(
            "UPDATE waiting_place SET seen_at = now() WHERE id = ANY (CAST(?1 AS bigint[]))"
                // a place seen within the last minute is not written again: with the keep time in
                // minutes, 50,000 people polling every few seconds write each place once a minute
                + " AND admitted_at IS NULL AND seen_at < now() - interval '1 minute'")
        .setParameter(
            1, placeIds.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}")))
        .executeUpdate();
  }

  /** A place and whether the join made it. */
  public record Joined(Place place, boolean now) {}

  /** The account already has a place: the join's transaction rolls back, the place stays. */
  @jakarta.ejb.ApplicationException(rollback = true)
  static class AlreadyInLine extends RuntimeException {
    final transient Place place;

    AlreadyInLine(Place place) {
      super(null, null, false, false);
      this.place = place;
    }
  }

  /** The account's place in the concert's line. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<Place> placeOf(long concertId, String ownerEmail) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT "
                    + PLACE_COLUMNS
                    + " FROM waiting_place WHERE concert_id = ?1"
                    + " AND owner_id = (SELECT id FROM account WHERE email = ?2)")
            .setParameter(1, concertId)
            .setParameter(2, ownerEmail)
            .getResultList();
    return rows.stream().findFirst().map(row -> placeOf((Object[]) row));
  }

  /** The place with this id. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<Place> place(long placeId) {
    List<?> rows =
        em.createNativeQuery("SELECT " + PLACE_COLUMNS + " FROM waiting_place WHERE id = ?1")
            .setParameter(1, placeId)
            .getResultList();
    return rows.stream().findFirst().map(row -> placeOf((Object[]) row));
  }

  /** The positions the opening gave the pre-queue: pairs of place id and position, by id. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public long[][] prequeuePositions(long concertId, long prequeued) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT id, position FROM waiting_place WHERE concert_id = ?1"
                    + " AND position <= ?2 ORDER BY id")
            .setParameter(1, concertId)
            .setParameter(2, prequeued)
            .getResultList();
    long[][] pairs = new long[2][rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      Object[] row = (Object[]) rows.get(i);
      pairs[0][i] = ((Number) row[0]).longValue();
      pairs[1][i] = ((Number) row[1]).longValue();
    }
    return pairs;
  }

  /** When each stretch of positions beyond {@code after} was let in, as pairs in order. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<Admitted> admissionsAfter(long concertId, long after) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT through_position, admitted_at FROM waiting_admission"
                    + " WHERE concert_id = ?1 AND through_position > ?2 ORDER BY through_position")
            .setParameter(1, concertId)
            .setParameter(2, after)
            .getResultList();
    List<Admitted> admitted = new ArrayList<>(rows.size());
    for (Object row : rows) {
      Object[] columns = (Object[]) row;
      admitted.add(new Admitted(((Number) columns[0]).longValue(), instant(columns[1])));
    }
    return admitted;
  }

  /** Every position up to {@code throughPosition} (after the one before) was let in {@code at}. */
  public record Admitted(long throughPosition, Instant at) {}

  /** How many of the concert's places were let in within the last minute. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public long admittedLastMinute(long concertId) {
    return ((Number)
            em.createNativeQuery(
                    "SELECT count(*) FROM waiting_place WHERE concert_id = ?1"
                        + " AND admitted_at > now() - interval '1 minute'"
                        // not those passed over (gone longer than the keep time)
                        + " AND expired_at IS DISTINCT FROM admitted_at")
                .setParameter(1, concertId)
                .getSingleResult())
        .longValue();
  }

  /**
   * The place comes in with its admission: valid if it was let in, has not expired (a no-show, or
   * its minutes over) and belongs to the caller (or to nobody). Marks it as come in, so it is not
   * taken for a no-show.
   *
   * @param callerEmail the logged-in caller, or null
   * @return whether the admission holds
   */
  public boolean enter(long concertId, long placeId, String callerEmail) {
    return em.createNativeQuery(
                "UPDATE waiting_place p SET entered_at = coalesce(p.entered_at, now())"
                    + " FROM waiting_room r WHERE p.id = ?1 AND p.concert_id = ?2"
                    + " AND r.concert_id = p.concert_id AND p.admitted_at IS NOT NULL"
                    + " AND p.expired_at IS NULL"
                    + " AND p.admitted_at > now() - make_interval(mins => r.admission_minutes)"
                    + " AND (p.owner_id IS NULL"
                    + " OR p.owner_id = (SELECT id FROM account WHERE email = ?3))")
            .setParameter(1, placeId)
            .setParameter(2, concertId)
            .setParameter(3, callerEmail)
            .executeUpdate()
        == 1;
  }

  /** The place booked: its space in the room goes to the next in line. */
  public void booked(long placeId) {
    em.createNativeQuery(
            "UPDATE waiting_place SET booked_at = now() WHERE id = ?1 AND booked_at IS NULL")
        .setParameter(1, placeId)
        .executeUpdate();
  }

  /**
   * Moves every active room by one tick, if no other instance is doing so (a transaction-scoped
   * advisory lock: one instance at a time, and released by the commit whatever happens). For each
   * room, under its row lock:
   *
   * <ol>
   *   <li>at the opening (the sale's start), the pre-queue is placed in random order, in one
   *       statement;
   *   <li>places let in that have not come in within {@code noShowSeconds}, or whose admission is
   *       over, expire: their space is free again;
   *   <li>unless paused, sold out (no unsold ticket: held ones count as taken) or not open yet, the
   *       counter moves by the rate (the fraction of a person carried to the next tick) and by the
   *       free space, never past the last place given; places whose holders have not been heard
   *       from within {@code keepPlaceSeconds} are passed over and count against neither;
   *   <li>every instance is told ({@code NOTIFY}, delivered at commit).
   * </ol>
   *
   * @return the rooms moved, or none if another instance holds the lock
   */
  public int tick(int noShowSeconds, int keepPlaceSeconds) {
    boolean leader =
        (Boolean)
            em.createNativeQuery("SELECT pg_try_advisory_xact_lock(?1)")
                .setParameter(1, TICK_LOCK)
                .getSingleResult();
    if (!leader) {
      return 0;
    }
    List<?> rooms =
        em.createNativeQuery(
                "SELECT r.concert_id, r.opened, r.paused, c.sales_open_at <= now() OR"
                    + " c.sales_open_at IS NULL, r.active_users, r.admit_per_minute,"
                    + " r.admitted_through, r.last_position, r.admit_credit,"
                    + " extract(epoch FROM now() - coalesce(r.ticked_at, now()))"
                    + " FROM waiting_room r JOIN concert c ON c.id = r.concert_id"
                    + " WHERE r.enabled ORDER BY r.concert_id FOR UPDATE OF r")
            .getResultList();
    for (Object row : rooms) {
      Object[] room = (Object[]) row;
      tickRoom(
          ((Number) room[0]).longValue(),
          (Boolean) room[1],
          (Boolean) room[2],
          (Boolean) room[3],
          ((Number) room[4]).intValue(),
          ((Number) room[5]).intValue(),
          ((Number) room[6]).longValue(),
          ((Number) room[7]).longValue(),
          ((Number) room[8]).doubleValue(),
          ((Number) room[9]).doubleValue(),
          noShowSeconds,
          keepPlaceSeconds);
    }
    return rooms.size();
  }

  private void tickRoom(
      long concertId,
      boolean opened,
      boolean paused,
      boolean saleOpen,
      int activeUsers,
      int perMinute,
      long admittedThrough,
      long lastPosition,
      double credit,
      double elapsedSeconds,
      int noShowSeconds,
      int keepPlaceSeconds) {
    if (!opened && saleOpen) {
      // The pre-queue, in random order, in one statement: arriving a second early buys nothing.
      lastPosition =
          em.createNativeQuery(
                  "UPDATE waiting_place p SET position = s.n FROM (SELECT id, row_number()"
                      + " OVER (ORDER BY random()) AS n FROM waiting_place"
                      + " WHERE concert_id = ?1 AND position IS NULL) s WHERE p.id = s.id")
              .setParameter(1, concertId)
              .executeUpdate();
      opened = true;
    }
    em.createNativeQuery(
            "UPDATE waiting_place p SET expired_at = now() FROM waiting_room r"
                + " WHERE p.concert_id = ?1 AND r.concert_id = p.concert_id"
                + " AND p.admitted_at IS NOT NULL AND p.booked_at IS NULL"
                + " AND p.expired_at IS NULL AND ((p.entered_at IS NULL"
                + " AND p.admitted_at < now() - make_interval(secs => ?2))"
                + " OR p.admitted_at < now() - make_interval(mins => r.admission_minutes))")
        .setParameter(1, concertId)
        .setParameter(2, noShowSeconds)
        .executeUpdate();
    boolean soldOut =
        (Boolean)
            em.createNativeQuery(
                    "SELECT NOT EXISTS (SELECT 1 FROM ticket t JOIN ticket_tier tt"
                        + " ON tt.id = t.tier_id WHERE tt.concert_id = ?1"
                        + " AND t.booking_id IS NULL)")
                .setParameter(1, concertId)
                .getSingleResult();
    if (!opened || paused || soldOut) {
      credit = 0;
    } else {
      long inside =
          ((Number)
                  em.createNativeQuery(
                          "SELECT count(*) FROM waiting_place WHERE concert_id = ?1"
                              + " AND admitted_at IS NOT NULL AND booked_at IS NULL"
                              + " AND expired_at IS NULL")
                      .setParameter(1, concertId)
                      .getSingleResult())
              .longValue();
      double perSecond = perMinute / 60.0;
      // A late tick catches up a little, never a burst: at most two ticks' worth are carried.
      credit =
          Math.min(credit + perSecond * Math.min(elapsedSeconds, 5), Math.max(1, 2 * perSecond));
      long admit =
          Math.min(
              (long) Math.floor(credit),
              Math.min(activeUsers - inside, lastPosition - admittedThrough));
      if (admit > 0) {
        // A place whose holder has not been heard from for longer than the keep time is passed
        // over (let in and expired at once): it takes neither space nor a share of the rate.
        long gone =
            em
                .createNativeQuery(
                    "UPDATE waiting_place SET admitted_at = now(), expired_at = CASE WHEN"
                        + " seen_at < now() - make_interval(secs => ?4) THEN now() END"
                        + " WHERE concert_id = ?1 AND position > ?2 AND position <= ?3"
                        + " RETURNING expired_at IS NOT NULL")
                .setParameter(1, concertId)
                .setParameter(2, admittedThrough)
                .setParameter(3, admittedThrough + admit)
                .setParameter(4, keepPlaceSeconds)
                .getResultList()
                .stream()
                .filter(Boolean.TRUE::equals)
                .count();
        admittedThrough += admit;
        credit -= admit - gone;
        em.createNativeQuery(
                "INSERT INTO waiting_admission (concert_id, through_position, admitted_at)"
                    + " VALUES (?1, ?2, now())")
            .setParameter(1, concertId)
            .setParameter(2, admittedThrough)
            .executeUpdate();
      }
      if (lastPosition == admittedThrough) {
        credit = Math.min(credit, 1); // nobody waits: no stock of admissions for a later crowd
      }
    }
    em.createNativeQuery(
            "UPDATE waiting_room SET opened = ?2, sold_out = ?3, admitted_through = ?4,"
                + " last_position = ?5, admit_credit = ?6, ticked_at = now()"
                + " WHERE concert_id = ?1")
        .setParameter(1, concertId)
        .setParameter(2, opened)
        .setParameter(3, soldOut)
        .setParameter(4, admittedThrough)
        .setParameter(5, lastPosition)
        .setParameter(6, credit)
        .executeUpdate();
    notifyChanged(concertId);
  }

  private void notifyChanged(long concertId) {
    em.createNativeQuery("SELECT pg_notify(?1, ?2)")
        .setParameter(1, CHANNEL)
        .setParameter(2, Long.toString(concertId))
        .getSingleResult();
  }

  private static RoomState roomOf(Object[] row) {
    return new RoomState(
        ((Number) row[0]).longValue(),
        new RoomSettings(
            (Boolean) row[1],
            ((Number) row[2]).intValue(),
            ((Number) row[3]).intValue(),
            ((Number) row[4]).intValue(),
            offset(row[5])),
        (Boolean) row[6],
        (Boolean) row[7],
        (Boolean) row[8],
        offset(row[9]),
        offset(row[10]),
        (Boolean) row[11],
        ((Number) row[12]).longValue(),
        ((Number) row[13]).longValue(),
        ((Number) row[14]).longValue(),
        ((Number) row[15]).longValue(),
        Instant.now());
  }

  private static Place placeOf(Object[] row) {
    return new Place(
        ((Number) row[0]).longValue(),
        ((Number) row[1]).longValue(),
        row[2] == null ? null : ((Number) row[2]).longValue(),
        row[3] == null ? null : ((Number) row[3]).longValue(),
        instant(row[4]),
        instant(row[5]),
        instant(row[6]),
        instant(row[7]));
  }

  private static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Timestamp timestamp) {
      return timestamp.toInstant();
    }
    if (value instanceof OffsetDateTime offset) {
      return offset.toInstant();
    }
    if (value instanceof Instant instant) {
      return instant;
    }
    throw new IllegalStateException("not a time: " + value.getClass());
  }

  private static OffsetDateTime offset(Object value) {
    Instant instant = instant(value);
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }
}
