package dev.ticketing.booking.hold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ticketing.booking.BookingMetrics;
import dev.ticketing.booking.BookingOrder;
import dev.ticketing.booking.BookingReader;
import dev.ticketing.booking.BookingSummary;
import dev.ticketing.booking.admission.BookingGate;
import dev.ticketing.booking.admission.FaultRetry;
import dev.ticketing.booking.admission.RequestShedException;
import dev.ticketing.booking.idempotency.IdempotentRequest;
import dev.ticketing.booking.refusal.AccountRequiredException;
import dev.ticketing.booking.refusal.NotEnoughTicketsException;
import dev.ticketing.catalog.Catalog;
import dev.ticketing.catalog.ConcertAvailability;
import dev.ticketing.catalog.PurchaseLimits;
import dev.ticketing.catalog.SaleWindow;
import dev.ticketing.catalog.TierAvailability;
import dev.ticketing.database.DatabaseFault;
import dev.ticketing.stock.ClaimMode;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * The decisions of the one way in for a new booking, with a fake booking transaction: batch or
 * alone, skip then wait, one retry, what happens when a batch's outcome is unknown, shedding.
 */
class BoxOfficeTest {
  private static final TierAvailability GA =
      new TierAvailability(11, "GA", "General admission", 1000, "USD", 500, 500);
  private static final TierAvailability VIP =
      new TierAvailability(12, "VIP", "VIP", 10000, "USD", 100, 100);
  private static final ConcertAvailability CONCERT =
      new ConcertAvailability(1, "Concert", "Hall", OffsetDateTime.now(), List.of(GA, VIP));
  private static final IdempotentRequest KEY =
      IdempotentRequest.of("anonymous", "k", "POST /api/bookings {}");

  private final FakeAttempt attempt = new FakeAttempt();
  private final FakeCatalog catalog = new FakeCatalog();
  private final FakeReader reader = new FakeReader();
  private final BookingGate gate = new BookingGate();
  private final NoMetrics metrics = new NoMetrics();

  private BoxOffice boxOffice(int batchSize) {
    gate.size(16, 64, 1000, 192);
    return new BoxOffice(
        gate,
        new HoldBatches(batchSize),
        attempt,
        new FaultRetry(gate, metrics),
        catalog,
        reader,
        metrics);
  }

  @Test
  void aSingleTierBookingWithoutAKeyIsHeldWithItsBatch() {
    BookingSummary held = boxOffice(32).hold(BookingOrder.single("GA", 2, null), null, null, true);

    assertThat(attempt.batches).containsExactly(1);
    assertThat(attempt.modes).isEmpty();
    assertThat(held.status()).isEqualTo(dev.ticketing.booking.BookingStatus.HELD);
    assertThat(metrics.batchesHeld).isEqualTo(1);
  }

  @Test
  void aBookingWithAnIdempotencyKeyIsMadeAloneSkippingLockedRows() {
    boxOffice(32).hold(BookingOrder.single("GA", 2, null), null, KEY, true);

    assertThat(attempt.batches).isEmpty();
    assertThat(attempt.modes).containsExactly(ClaimMode.SKIP_LOCKED);
  }

  @Test
  void aBookingOfSeveralTiersIsMadeAlone() {
    BookingOrder order =
        new BookingOrder(
            1L, List.of(new BookingOrder.Line("GA", 1), new BookingOrder.Line("VIP", 1)), null);

    boxOffice(32).hold(order, null, null, true);

    assertThat(attempt.batches).isEmpty();
    assertThat(attempt.modes).containsExactly(ClaimMode.SKIP_LOCKED);
  }

  @Test
  void withBatchesSwitchedOffEveryBookingIsMadeAlone() {
    boxOffice(1).hold(BookingOrder.single("GA", 1, null), null, null, true);

    assertThat(attempt.batches).isEmpty();
    assertThat(attempt.modes).containsExactly(ClaimMode.SKIP_LOCKED);
  }

  @Test
  void aTierTheCataloguesCopyDoesNotKnowYetIsLookedUpAlone() {
    boxOffice(32).hold(BookingOrder.single("BALCONY", 1, null), null, null, true);

    assertThat(attempt.batches).isEmpty();
    assertThat(attempt.modes).containsExactly(ClaimMode.SKIP_LOCKED);
  }

  @Test
  void aBatchThatRollsBackLeavesTheBookingToBeMadeAloneWithTheSameId() {
    attempt.batchFailure = new StockContendedException();

    BookingSummary held = boxOffice(32).hold(BookingOrder.single("GA", 1, null), null, null, true);

    assertThat(attempt.batches).containsExactly(1);
    assertThat(attempt.modes).containsExactly(ClaimMode.SKIP_LOCKED);
    assertThat(attempt.ids).containsExactly(held.id(), held.id());
    assertThat(metrics.batchesRolledBack).isEqualTo(1);
  }

  @Test
  void whenSkippingLockedRowsComesUpShortTheClaimWaitsForThem() {
    attempt.contendedOnce = true;

    boxOffice(32).hold(BookingOrder.single("GA", 1, null), null, KEY, true);

    assertThat(attempt.modes).containsExactly(ClaimMode.SKIP_LOCKED, ClaimMode.WAIT);
    assertThat(attempt.ids.get(0)).isEqualTo(attempt.ids.get(1));
  }

  @Test
  void aBatchWhoseCommitIsUnknownLooksForTheBookingBeforeMakingItAgain() {
    attempt.batchFailure = lostWhileCommitting();
    attempt.batchCommitsAnyway = true;

    BookingSummary held = boxOffice(32).hold(BookingOrder.single("GA", 1, null), null, null, true);

    assertThat(reader.lookedUp).containsExactly(held.id());
    assertThat(attempt.modes).as("not made a second time").isEmpty();
  }

  @Test
  void aBatchWhoseCommitIsUnknownAndDidNotHappenMakesTheBookingAlone() {
    attempt.batchFailure = lostWhileCommitting();

    BookingSummary held = boxOffice(32).hold(BookingOrder.single("GA", 1, null), null, null, true);

    assertThat(reader.lookedUp).containsExactly(held.id());
    assertThat(attempt.modes).containsExactly(ClaimMode.SKIP_LOCKED);
  }

  @Test
  void aBatchThatCommittedLaterThanItsLookUpIsFoundWhenMakingItAloneMeetsItsId() {
    attempt.batchFailure = lostWhileCommitting();
    attempt.committedLate = true;

    BookingSummary held = boxOffice(32).hold(BookingOrder.single("GA", 1, null), null, null, true);

    assertThat(attempt.modes)
        .as("tried alone once, then read")
        .containsExactly(ClaimMode.SKIP_LOCKED);
    assertThat(reader.lookedUp).containsExactly(held.id(), held.id());
    assertThat(held.id()).isEqualTo(attempt.ids.get(0));
  }

  @Test
  void aFaultThatMayPassIsRetriedOnceWithTheSameBookingId() {
    attempt.faultsBeforeSuccess = 1;

    BookingSummary held = boxOffice(32).hold(BookingOrder.single("GA", 1, null), null, KEY, true);

    assertThat(attempt.ids).containsExactly(held.id(), held.id());
    assertThat(metrics.faults).containsExactly(DatabaseFault.CONFLICT);
  }

  @Test
  void notEnoughTicketsMarksTheCataloguesCopyStale() {
    attempt.refusal = new NotEnoughTicketsException("GA", 3, 1);

    assertThatThrownBy(
            () -> boxOffice(32).hold(BookingOrder.single("GA", 3, null), null, KEY, true))
        .isInstanceOf(NotEnoughTicketsException.class);
    assertThat(catalog.markedStale).containsExactly(1L);
  }

  @Test
  void anAccountsBookingOfAConcertWithALimitPerAccountIsMadeAloneToBeCounted() {
    catalog.concert = limited(new PurchaseLimits(6, false));

    boxOffice(32).hold(BookingOrder.single("GA", 2, null), "ada@example.com", null, true);

    assertThat(attempt.batches).isEmpty();
    assertThat(attempt.modes).containsExactly(ClaimMode.SKIP_LOCKED);
  }

  @Test
  void anAnonymousBookingOfAConcertWithALimitButNoAccountNeededStillJoinsItsBatch() {
    catalog.concert = limited(new PurchaseLimits(6, false));

    boxOffice(32).hold(BookingOrder.single("GA", 2, null), null, null, true);

    assertThat(attempt.batches).containsExactly(1);
  }

  @Test
  void anAnonymousBookingOfAConcertSoldToAccountsOnlyNeverReachesTheDatabase() {
    catalog.concert = limited(new PurchaseLimits(null, true));

    assertThatThrownBy(
            () -> boxOffice(32).hold(BookingOrder.single("GA", 1, null), null, null, true))
        .isInstanceOf(AccountRequiredException.class);
    assertThat(attempt.batches).isEmpty();
    assertThat(attempt.modes).isEmpty();

    boxOffice(32).hold(BookingOrder.single("GA", 1, null), "ada@example.com", null, true);
    assertThat(attempt.batches).containsExactly(1);
  }

  private static ConcertAvailability limited(PurchaseLimits limits) {
    return new ConcertAvailability(
        1,
        "Concert",
        "Hall",
        OffsetDateTime.now(),
        List.of(GA, VIP),
        null,
        SaleWindow.ALWAYS,
        limits);
  }

  @Test
  void aRequestShedAtTheDoorNeverReachesTheDatabase() {
    BoxOffice full = boxOffice(32);
    gate.size(1, 1, 1000, 0);
    Thread holder =
        new Thread(
            () ->
                gate.serve(
                    () -> {
                      sleep(500);
                      return null;
                    }));
    holder.start();
    sleep(50);

    assertThatThrownBy(() -> full.hold(BookingOrder.single("GA", 1, null), null, null, true))
        .isInstanceOf(RequestShedException.class);
    assertThat(attempt.batches).isEmpty();
    assertThat(attempt.modes).isEmpty();
  }

  private static RuntimeException lostWhileCommitting() {
    return new RuntimeException(new SQLException("connection lost", "08006"));
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The booking transaction, faked: records what it was asked and answers as told. */
  static final class FakeAttempt extends BookingAttempt {
    final List<Integer> batches = new CopyOnWriteArrayList<>();
    final List<ClaimMode> modes = new CopyOnWriteArrayList<>();
    final List<UUID> ids = new CopyOnWriteArrayList<>();
    RuntimeException batchFailure;
    boolean batchCommitsAnyway;
    boolean committedLate;
    boolean contendedOnce;
    int faultsBeforeSuccess;
    RuntimeException refusal;
    final List<BookingSummary> committed = new CopyOnWriteArrayList<>();

    @Override
    public BookingSummary claim(
        ConcertAvailability concert,
        NewBooking booking,
        ClaimMode mode,
        IdempotentRequest key,
        boolean completesKey) {
      modes.add(mode);
      ids.add(booking.id());
      if (committedLate) {
        // The batch's commit lands now: the booking's id is taken.
        committed.add(HoldBatchesTest.held(booking));
        throw new RuntimeException(
            new SQLException(
                "duplicate key value violates unique constraint \"booking_pkey\"", "23505"));
      }
      if (refusal != null) {
        throw refusal;
      }
      if (faultsBeforeSuccess > 0) {
        faultsBeforeSuccess--;
        throw new RuntimeException(new SQLException("deadlock detected", "40P01"));
      }
      if (contendedOnce && mode == ClaimMode.SKIP_LOCKED) {
        throw new StockContendedException();
      }
      return HoldBatchesTest.held(booking);
    }

    @Override
    public List<BookingSummary> claimTogether(
        ConcertAvailability concert, TierAvailability tier, List<NewBooking> bookings) {
      batches.add(bookings.size());
      bookings.forEach(b -> ids.add(b.id()));
      if (batchFailure != null) {
        if (batchCommitsAnyway) {
          bookings.forEach(b -> committed.add(HoldBatchesTest.held(b)));
        }
        throw batchFailure;
      }
      return bookings.stream().map(HoldBatchesTest::held).toList();
    }
  }

  /** The catalogue's copy of one concert. */
  static final class FakeCatalog extends Catalog {
    final List<Long> markedStale = new ArrayList<>();
    ConcertAvailability concert = CONCERT;

    @Override
    public ConcertAvailability concertAsKnown(Long concertId) {
      return concert;
    }

    @Override
    public void markStale(Long concertId) {
      markedStale.add(concertId);
    }
  }

  /** Finds what the fake attempt committed. */
  final class FakeReader extends BookingReader {
    final List<UUID> lookedUp = new ArrayList<>();

    @Override
    public List<BookingSummary> findAll(Collection<UUID> ids) {
      lookedUp.addAll(ids);
      return attempt.committed.stream().filter(b -> ids.contains(b.id())).toList();
    }
  }

  /** Counts what the box office reports, without a metric registry. */
  static final class NoMetrics extends BookingMetrics {
    int batchesHeld;
    int batchesRolledBack;
    final List<DatabaseFault> faults = new ArrayList<>();

    @Override
    public void batch(int bookings, boolean held) {
      if (held) {
        batchesHeld++;
      } else {
        batchesRolledBack++;
      }
    }

    @Override
    public void fault(DatabaseFault fault) {
      faults.add(fault);
    }

    @Override
    public <T> T measure(String operation, java.util.function.Supplier<T> work) {
      return work.get();
    }
  }
}
