package dev.ticketing.waitingroom;

import dev.ticketing.account.AttemptLimiter;
import dev.ticketing.booking.refusal.AccountRequiredException;
import dev.ticketing.booking.refusal.AdmissionRequiredException;
import dev.ticketing.catalog.Catalog;
import dev.ticketing.catalog.ConcertAvailability;
import dev.ticketing.database.DatabaseFault;
import dev.ticketing.database.DatabaseUnavailableException;
import dev.ticketing.database.SchemaMigration;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The waiting rooms as this instance serves them: joins, polls, and the admission a booking needs.
 *
 * <p><b>Polls from memory.</b> A place still in line is answered from the room's last known state
 * ({@link RoomMemory}): its position (in its ticket, or from the pre-queue's shuffle, read once per
 * instance) against the room's admission counter. The counter is moved by one instance at a time
 * ({@link WaitingRooms#tick}); every instance hears it moved ({@link WaitingRoomNotices}) and reads
 * the room's row again, once per notice, whatever the number of people polling. Only a place the
 * counter has passed is read from the database (to tell admitted from expired, and to sign its
 * admission with the time it was let in).
 *
 * <p><b>Fails closed.</b> If the room's state is older than {@code
 * ticketing.waiting-room.stale-seconds} and cannot be read again, polls say {@code stalled} and no
 * one is let in past the last counter known; a booking's admission is always checked by the
 * database ({@link WaitingRooms#enter}), so nothing is booked past the room while it cannot be
 * read.
 */
@ApplicationScoped
public class WaitingLine {
  private static final Logger LOG = Logger.getLogger(WaitingLine.class.getName());

  @Inject private WaitingRooms rooms;

  @Inject private Catalog catalog;

  @Inject private SchemaMigration schema;

  @Inject private JoinGroups groups;

  private final Map<Long, RoomMemory> memory = new ConcurrentHashMap<>();

  /** The places polled on this instance since they were last written as seen. */
  private volatile Set<Long> seen = ConcurrentHashMap.newKeySet();

  private final AtomicBoolean reloading = new AtomicBoolean();
  private volatile long allReadAtNanos;
  private volatile boolean everRead;

  private RoomTokens tokens;
  private long staleNanos;
  private int maxJoinsPerAddress;
  private AttemptLimiter joins;

  /** A booking's admission, checked: the place whose space the booking frees. */
  public record Admitted(long concertId, long placeId) {}

  @PostConstruct
  void configure() {
    Config config = ConfigProvider.getConfig(WaitingLine.class.getClassLoader());
    tokens = new RoomTokens(config.getValue("ticketing.auth.key-encryption-secret", String.class));
    staleNanos =
        TimeUnit.SECONDS.toNanos(
            config.getValue("ticketing.waiting-room.stale-seconds", Long.class));
    maxJoinsPerAddress =
        config.getValue("ticketing.waiting-room.max-joins-per-address", Integer.class);
    joins =
        new AttemptLimiter(
            Duration.ofSeconds(
                config.getValue("ticketing.waiting-room.join-window-seconds", Long.class)));
  }

  /**
   * Takes a place in the concert's line, or answers the place the caller has already: the one its
   * account has, or the one named by {@code ticket}. One place per account.
   *
   * @param owner the logged-in caller's email, or null
   * @param address the client's address (anonymous places are limited per address)
   * @param ticket a ticket the caller holds already, or null
   * @throws NoWaitingRoomException if the concert has no room open to join
   * @throws AccountRequiredException if the concert is sold to accounts only and no one is logged
   *     in
   * @throws TooManyJoinsException if the address has taken its share of anonymous places
   */
  public QueueStatus join(long concertId, String owner, String address, String ticket) {
    try {
      return joinLater(concertId, owner, address, ticket).join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    }
  }

  /**
   * As {@link #join}, answered when the place is made: a new place is made with the joins that
   * arrive with it ({@link JoinGroups}). Refusals known at once are thrown at once; a failure to
   * make the place completes the answer with it.
   */
  public CompletableFuture<QueueStatus> joinLater(
      long concertId, String owner, String address, String ticket) {
    RoomState room = joinable(concertId);
    ConcertAvailability concert = catalog.concertAsKnown(concertId);
    AccountRequiredException.check(concert, owner);
    if (ticket != null) {
      Optional<RoomTokens.Ticket> held = tokens.readTicket(ticket);
      if (held.isPresent() && held.get().concertId() == concertId) {
        seen.add(held.get().placeId());
        return CompletableFuture.completedFuture(answer(room, held.get(), ticket, false));
      }
    }
    if (owner != null) {
      Optional<Place> existing = rooms.placeOf(concertId, owner);
      if (existing.isPresent()) {
        return CompletableFuture.completedFuture(answer(concertId, existing.get(), false));
      }
    } else if (joins.take(List.of(new AttemptLimiter.Bound(address, maxJoinsPerAddress)))
        instanceof AttemptLimiter.Refused refused) {
      throw new TooManyJoinsException(refused.retryAfter());
    }
    return groups
        .join(concertId, owner, this::joinOrFind)
        .thenApply(joined -> answer(concertId, joined.place(), joined.now()));
  }

  private QueueStatus answer(long concertId, Place place, boolean now) {
    RoomTokens.Ticket issued =
        new RoomTokens.Ticket(
            concertId, place.id(), place.position() == null ? 0 : place.position());
    return answer(memoryOf(concertId).state(), issued, tokens.ticket(issued), now);
  }

  private WaitingRooms.Joined joinOrFind(long concertId, String owner) {
    try {
      return rooms.join(concertId, owner);
    } catch (WaitingRooms.AlreadyInLine already) {
      return new WaitingRooms.Joined(already.place, false);
    } catch (NoWaitingRoomException off) {
      throw off;
    } catch (RuntimeException failed) {
      // Two first joins of one account at once: the second met the first's unique place.
      Optional<Place> raced = owner == null ? Optional.empty() : rooms.placeOf(concertId, owner);
      return raced
          .map(place -> new WaitingRooms.Joined(place, false))
          .orElseThrow(
              () ->
                  new DatabaseUnavailableException(
                      DatabaseFault.of(failed).orElse(DatabaseFault.CONNECTION), null, failed));
    }
  }

  /**
   * The place's standing. Answered from memory while the place is in line.
   *
   * @throws UnknownQueueTicketException if the ticket is not one of this concert's room
   */
  public QueueStatus status(long concertId, String ticket) {
    RoomTokens.Ticket held =
        tokens
            .readTicket(ticket)
            .filter(t -> t.concertId() == concertId)
            .orElseThrow(UnknownQueueTicketException::new);
    RoomMemory room = memory.get(concertId);
    if (room == null) {
      room = load(concertId).orElseThrow(UnknownQueueTicketException::new);
    }
    seen.add(held.placeId());
    return answer(fresh(concertId, room), held, ticket, false);
  }

  /**
   * Checks a booking's admission, if the concert's room is on; without a room, the admission is
   * ignored. The database decides whether it still holds, and marks its place as come in.
   *
   * @param owner the logged-in caller's email, or null
   * @param admission the admission token presented, or null
   * @return the admitted place, or null if the concert has no active room
   * @throws AdmissionRequiredException if the room is on and the admission is missing, forged, for
   *     another concert or person, or has ended
   */
  public Admitted admit(long concertId, String owner, String admission) {
    RoomMemory room = known(concertId);
    if (room == null || !room.state().active()) {
      return null;
    }
    if (admission == null || admission.isBlank()) {
      throw new AdmissionRequiredException(
          concertId, "This concert's sale has a waiting room: join its line to get an admission");
    }
    RoomTokens.Admission presented =
        tokens
            .readAdmission(admission)
            .orElseThrow(
                () -> new AdmissionRequiredException(concertId, "This admission is not valid"));
    if (presented.concertId() != concertId) {
      throw new AdmissionRequiredException(concertId, "This admission is for another concert");
    }
    boolean holds;
    try {
      holds = rooms.enter(concertId, presented.placeId(), owner);
    } catch (RuntimeException e) {
      throw new DatabaseUnavailableException(
          DatabaseFault.of(e).orElse(DatabaseFault.CONNECTION), null, e);
    }
    if (!holds) {
      throw new AdmissionRequiredException(
          concertId, "This admission has ended, or it is another account's");
    }
    return new Admitted(concertId, presented.placeId());
  }

  /** The admitted place booked: its space goes to the next in line. Never fails the booking. */
  public void booked(Admitted admitted) {
    if (admitted == null) {
      return;
    }
    try {
      rooms.booked(admitted.placeId());
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "Could not mark place " + admitted.placeId() + " as booked", e);
    }
  }

  /**
   * Whether bookings of the concert need an admission now (as this instance knows).
   *
   * @throws DatabaseUnavailableException if the rooms cannot be read (fail closed)
   */
  public boolean isActive(long concertId) {
    RoomMemory room = known(concertId);
    return room != null && room.state().active();
  }

  /**
   * Whether the concert's room is on and still has people in line who have not had their turn
   * (those told {@code SOLD_OUT} included: tickets that come back are theirs first), as this
   * instance knows: the waiting list of a sold-out tier opens only after them.
   *
   * @throws DatabaseUnavailableException if the rooms cannot be read (fail closed)
   */
  public boolean stillQueuing(long concertId) {
    RoomMemory room = known(concertId);
    return room != null && room.state().active() && room.state().waiting() > 0;
  }

  /** The room as organisers watch it; a concert without one shows the defaults, off. */
  public RoomFigures figures(long concertId, RoomSettings defaults) {
    Optional<RoomState> read = rooms.room(concertId);
    if (read.isEmpty()) {
      return new RoomFigures(concertId, defaults, false, false, false, 0, 0, 0, 0, 0);
    }
    RoomState room = read.get();
    remember(room);
    long waiting = room.waiting();
    return new RoomFigures(
        concertId,
        room.settings(),
        room.paused(),
        room.opened(),
        room.soldOut(),
        waiting,
        room.inside(),
        room.admittedThrough(),
        rooms.admittedLastMinute(concertId),
        (long) Math.ceil(waiting * 60.0 / room.settings().admitPerMinute()));
  }

  /**
   * The room as this instance knows it, or null if the concert has none. Every room is read first
   * if this instance has not done so lately: whether a room is on is never guessed.
   *
   * @throws DatabaseUnavailableException if the rooms cannot be read (fail closed)
   */
  private RoomMemory known(long concertId) {
    if (!everRead || allReadAgeNanos() > staleNanos) {
      reloadAll();
      if (!everRead || allReadAgeNanos() > staleNanos) {
        throw new DatabaseUnavailableException(DatabaseFault.CONNECTION, null, null);
      }
    }
    return memory.get(concertId);
  }

  /**
   * Writes the places polled here since the last time as seen, in one statement (the clock calls it
   * every few seconds). If the write fails, they are kept for the next.
   */
  void writeSeen() {
    Set<Long> polled = seen;
    if (polled.isEmpty()) {
      return;
    }
    seen = ConcurrentHashMap.newKeySet();
    try {
      rooms.seen(polled);
    } catch (RuntimeException e) {
      seen.addAll(polled);
      LOG.log(Level.FINE, "Could not write the places seen", e);
    }
  }

  /** Reads the room again: its notice was heard. */
  void heard(long concertId) {
    load(concertId);
  }

  /** Reads every active room again (after the listener reconnected, and now and then). */
  void reloadAll() {
    if (!schema.isMigrated()) {
      return; // no rooms before the schema has them
    }
    try {
      List<RoomState> enabled = rooms.enabledRooms();
      for (RoomState room : enabled) {
        remember(room);
      }
      // A room turned off whose notice was missed: off here too.
      for (Long concertId : memory.keySet()) {
        if (enabled.stream().noneMatch(r -> r.concertId() == concertId)) {
          load(concertId);
        }
      }
      allReadAtNanos = System.nanoTime();
      everRead = true;
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "Could not read the waiting rooms", e);
    }
  }

  /** Nanoseconds since every room was last read. */
  long allReadAgeNanos() {
    return System.nanoTime() - allReadAtNanos;
  }

  /**
   * The room, if it may be joined now: as this instance knows it (read again by one caller once
   * stale; a join reads nothing before its place is made; the place's statement checks the room is
   * still on), else as read now. A refusal is always read again first: a room turned on a moment
   * ago is not refused.
   */
  private RoomState joinable(long concertId) {
    RoomMemory known = memory.get(concertId);
    if (known != null) {
      RoomState state = fresh(concertId, known);
      if (known.ageNanos() <= staleNanos && state.active() && state.published()) {
        return joinable(concertId, Optional.of(known));
      }
    }
    return joinable(concertId, load(concertId));
  }

  private RoomState joinable(long concertId, Optional<RoomMemory> read) {
    RoomState room =
        read.map(RoomMemory::state)
            .filter(RoomState::active)
            .filter(RoomState::published)
            .orElseThrow(
                () -> new NoWaitingRoomException(concertId, "This concert has no waiting room on"));
    Instant now = Instant.now();
    if (room.closedAt(now)) {
      throw new NoWaitingRoomException(concertId, "This concert's sale is over");
    }
    if (room.settings().prequeueOpensAt() != null
        && now.isBefore(room.settings().prequeueOpensAt().toInstant())) {
      throw new NoWaitingRoomException(
          concertId, "This concert's waiting room opens at " + room.settings().prequeueOpensAt());
    }
    return room;
  }

  private QueueStatus answer(
      RoomState room, RoomTokens.Ticket held, String ticket, boolean joinedNow) {
    RoomMemory known = memory.get(room.concertId());
    Instant now = Instant.now();
    boolean stalled = known == null || known.ageNanos() > staleNanos;
    if (room.closedAt(now)) {
      return status(room, ticket, QueueState.CLOSED, null, null, null, 60, joinedNow, stalled);
    }
    long position = held.position();
    if (position == 0 && known != null) {
      position = positionFromOpening(room, known, held.placeId());
    }
    if (position == 0) {
      long untilOpening =
          room.saleOpensAt() == null
              ? 1
              : Math.max(1, ChronoUnit.SECONDS.between(now, room.saleOpensAt().toInstant()));
      return status(
          room,
          ticket,
          QueueState.PREQUEUE,
          null,
          null,
          null,
          (int) Math.min(30, untilOpening),
          joinedNow,
          stalled);
    }
    if (position > room.admittedThrough() || stalled) {
      long ahead = Math.max(0, position - room.admittedThrough() - 1);
      QueueState state =
          room.soldOut()
              ? QueueState.SOLD_OUT
              : room.paused() ? QueueState.PAUSED : QueueState.WAITING;
      int perMinute = room.settings().admitPerMinute();
      long estimate = (long) Math.ceil((ahead + 1) * 60.0 / perMinute);
      // Polls are spaced by the line's real pace: a room whose space inside holds it back lets in
      // fewer than its rate, and at its rate's estimate everyone would poll every 2 s.
      double pace = known == null ? Double.NaN : known.pacePerMinute();
      long untilTurn =
          Double.isNaN(pace) || pace >= perMinute
              ? estimate
              : (long) Math.ceil((ahead + 1) * 60.0 / Math.max(1, pace));
      // The further back, the less often: a fifth of the wait, from 2 s to 30 s (polls are most of
      // a release's requests; those near the front, polling every 2 s, come in within a second or
      // two of their turn). Paused or sold out, nothing moves until the organisers resume or
      // tickets come back: at least 10 s, and those far back no more often than while moving (a
      // sell-out must not triple the polls of a full line at the moment it happens).
      int poll = (int) Math.max(state == QueueState.WAITING ? 2 : 10, Math.min(30, untilTurn / 5));
      return status(
          room,
          ticket,
          state,
          position,
          ahead,
          state == QueueState.SOLD_OUT ? null : estimate,
          poll,
          joinedNow,
          stalled);
    }
    return admittedAnswer(room, held, ticket, position, joinedNow);
  }

  /** A place the counter has passed: the database says whether its admission still holds. */
  private QueueStatus admittedAnswer(
      RoomState room, RoomTokens.Ticket held, String ticket, long position, boolean joinedNow) {
    Place place;
    try {
      place = rooms.place(held.placeId()).orElseThrow(UnknownQueueTicketException::new);
    } catch (UnknownQueueTicketException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new DatabaseUnavailableException(
          DatabaseFault.of(e).orElse(DatabaseFault.CONNECTION), null, e);
    }
    if (place.admittedAt() == null) { // the counter moved, the row not yet seen: a moment more
      return status(room, ticket, QueueState.WAITING, position, 0L, 1L, 1, joinedNow, false);
    }
    Instant until = place.admittedAt().plus(room.settings().admissionMinutes(), ChronoUnit.MINUTES);
    if (place.expiredAt() != null || !Instant.now().isBefore(until)) {
      return status(room, ticket, QueueState.EXPIRED, position, 0L, null, 60, joinedNow, false);
    }
    String admission =
        tokens.admission(
            new RoomTokens.Admission(
                room.concertId(), place.id(), until.truncatedTo(ChronoUnit.SECONDS)));
    return new QueueStatus(
        room.concertId(),
        ticket,
        QueueState.ADMITTED,
        position,
        0L,
        0L,
        jitter(30),
        admission,
        until,
        null,
        false,
        joinedNow);
  }

  private long positionFromOpening(RoomState room, RoomMemory known, long placeId) {
    if (!room.opened()) {
      return 0;
    }
    if (!known.prequeueKnown()) {
      synchronized (known) {
        if (!known.prequeueKnown()) {
          known.prequeue(rooms.prequeuePositions(room.concertId(), room.prequeued()));
        }
      }
    }
    return known.prequeuePosition(placeId);
  }

  private QueueStatus status(
      RoomState room,
      String ticket,
      QueueState state,
      Long position,
      Long ahead,
      Long estimate,
      int pollAfter,
      boolean joinedNow,
      boolean stalled) {
    return new QueueStatus(
        room.concertId(),
        ticket,
        state,
        position,
        ahead,
        estimate,
        jitter(pollAfter),
        null,
        null,
        state == QueueState.PREQUEUE && room.saleOpensAt() != null
            ? room.saleOpensAt().toInstant()
            : null,
        stalled,
        joinedNow);
  }

  /** Spreads the polls: the interval ±25 %, at least a second. */
  private static int jitter(int seconds) {
    double spread = 0.75 + ThreadLocalRandom.current().nextDouble() * 0.5;
    return (int) Math.max(1, Math.round(seconds * spread));
  }

  /** The room's state, read again if it is stale (one reader at a time; the others use it). */
  private RoomState fresh(long concertId, RoomMemory room) {
    if (room.ageNanos() > staleNanos && reloading.compareAndSet(false, true)) {
      try {
        load(concertId);
      } finally {
        reloading.set(false);
      }
    }
    return room.state();
  }

  private RoomMemory memoryOf(long concertId) {
    RoomMemory room = memory.get(concertId);
    return room != null ? room : load(concertId).orElseThrow(UnknownQueueTicketException::new);
  }

  private Optional<RoomMemory> load(long concertId) {
    try {
      return rooms.room(concertId).map(this::remember);
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "Could not read the waiting room of concert " + concertId, e);
      return Optional.ofNullable(memory.get(concertId));
    }
  }

  private RoomMemory remember(RoomState room) {
    RoomMemory known = memory.get(room.concertId());
    if (known == null) {
      known = memory.computeIfAbsent(room.concertId(), id -> new RoomMemory(room));
    }
    known.update(room);
    return known;
  }
}
