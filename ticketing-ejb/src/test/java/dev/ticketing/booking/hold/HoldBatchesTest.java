package dev.ticketing.booking.hold;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketing.booking.BookingOrder;
import dev.ticketing.booking.BookingStatus;
import dev.ticketing.booking.BookingSummary;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** How requests of one tier park, form batches and are woken with their outcome. */
class HoldBatchesTest {
  private static final long TIER = 7;

  private final ExecutorService threads = Executors.newCachedThreadPool();

  @AfterEach
  void stopThreads() {
    threads.shutdownNow();
  }

  static NewBooking booking() {
    return new NewBooking(UUID.randomUUID(), BookingOrder.single("GA", 1, null), null);
  }

  static BookingSummary held(NewBooking booking) {
    OffsetDateTime now = OffsetDateTime.now();
    return new BookingSummary(
        booking.id(),
        1,
        "Concert",
        null,
        BookingStatus.HELD,
        now,
        now.plusMinutes(10),
        List.of(new BookingSummary.Item("GA", "General admission", 1, 1000)),
        1000,
        "USD",
        booking.owner());
  }

  /** Holds every booking of a batch, and records the batch's size. */
  static Function<List<NewBooking>, List<BookingSummary>> holdingAll(List<Integer> sizes) {
    return batch -> {
      sizes.add(batch.size());
      return batch.stream().map(HoldBatchesTest::held).toList();
    };
  }

  @Test
  void aBookingAloneIsABatchOfOne() {
    HoldBatches batches = new HoldBatches(32);
    List<Integer> sizes = Collections.synchronizedList(new ArrayList<>());
    NewBooking booking = booking();

    HoldBatches.Outcome outcome = batches.hold(TIER, booking, holdingAll(sizes));

    assertThat(outcome).isInstanceOf(HoldBatches.Outcome.Held.class);
    assertThat(((HoldBatches.Outcome.Held) outcome).booking().id()).isEqualTo(booking.id());
    assertThat(sizes).containsExactly(1);
  }

  @Test
  void bookingsThatArriveWhileTwoBatchesRunAreHeldTogetherInTheNext() throws Exception {
    HoldBatches batches = new HoldBatches(32);
    List<Integer> sizes = Collections.synchronizedList(new ArrayList<>());
    CountDownLatch twoRunning = new CountDownLatch(2);
    CountDownLatch release = new CountDownLatch(1);
    Function<List<NewBooking>, List<BookingSummary>> slowFirstTwo =
        batch -> {
          if (sizes.size() < 2) {
            sizes.add(batch.size());
            twoRunning.countDown();
            await(release);
            return batch.stream().map(HoldBatchesTest::held).toList();
          }
          return holdingAll(sizes).apply(batch);
        };
    List<Future<HoldBatches.Outcome>> first = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      first.add(threads.submit(() -> batches.hold(TIER, booking(), slowFirstTwo)));
      awaitRunning(twoRunning, 2 - i - 1);
    }
    assertThat(twoRunning.await(5, TimeUnit.SECONDS)).isTrue();
    List<Future<HoldBatches.Outcome>> waiting = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      waiting.add(threads.submit(() -> batches.hold(TIER, booking(), slowFirstTwo)));
    }
    Thread.sleep(100); // all ten parked behind the two running batches
    release.countDown();

    for (Future<HoldBatches.Outcome> f : first) {
      assertThat(f.get(5, TimeUnit.SECONDS)).isInstanceOf(HoldBatches.Outcome.Held.class);
    }
    for (Future<HoldBatches.Outcome> f : waiting) {
      assertThat(f.get(5, TimeUnit.SECONDS)).isInstanceOf(HoldBatches.Outcome.Held.class);
    }
    assertThat(sizes).containsExactly(1, 1, 10);
  }

  @Test
  void noBatchIsLargerThanTheBatchSizeNorMoreThanTwoRunAtOnceAndEachBookingIsHeldOnce()
      throws Exception {
    HoldBatches batches = new HoldBatches(4);
    AtomicInteger running = new AtomicInteger();
    AtomicInteger mostRunning = new AtomicInteger();
    List<Integer> sizes = Collections.synchronizedList(new ArrayList<>());
    Map<UUID, Integer> timesHeld = new ConcurrentHashMap<>();
    Function<List<NewBooking>, List<BookingSummary>> run =
        batch -> {
          mostRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
          try {
            Thread.sleep(5);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          sizes.add(batch.size());
          batch.forEach(b -> timesHeld.merge(b.id(), 1, Integer::sum));
          running.decrementAndGet();
          return batch.stream().map(HoldBatchesTest::held).toList();
        };
    List<Future<HoldBatches.Outcome>> outcomes = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      outcomes.add(threads.submit(() -> batches.hold(TIER, booking(), run)));
    }
    for (Future<HoldBatches.Outcome> f : outcomes) {
      assertThat(f.get(10, TimeUnit.SECONDS)).isInstanceOf(HoldBatches.Outcome.Held.class);
    }

    assertThat(sizes).allMatch(size -> size >= 1 && size <= 4);
    assertThat(sizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(40);
    assertThat(timesHeld).hasSize(40).allSatisfy((id, times) -> assertThat(times).isEqualTo(1));
    assertThat(mostRunning.get()).isLessThanOrEqualTo(HoldBatches.BATCHES_AT_ONCE);
  }

  @Test
  void aBatchThatRollsBackSendsEveryBookingToBeMadeAlone() throws Exception {
    HoldBatches batches = new HoldBatches(32);
    assertThat(outcomesOfABatchThat(batches, new StockContendedException()))
        .allMatch(outcome -> outcome == HoldBatches.ALONE);
  }

  @Test
  void aBatchWhoseCommitMayHaveHappenedTellsEachBookingToLookFirst() throws Exception {
    HoldBatches batches = new HoldBatches(32);
    RuntimeException lostWhileCommitting =
        new RuntimeException(new SQLException("connection lost", "08006"));
    assertThat(outcomesOfABatchThat(batches, lostWhileCommitting))
        .allMatch(outcome -> outcome == HoldBatches.UNKNOWN);
  }

  @Test
  void aBatchWhoseLeaderDiesOfAnErrorStillAnswersEveryBookingInIt() throws Exception {
    HoldBatches batches = new HoldBatches(32);
    assertThat(outcomesOfABatchThat(batches, new StackOverflowError()))
        .allMatch(outcome -> outcome == HoldBatches.ALONE);
  }

  @Test
  void anInterruptedRequestStillWaitsForItsOutcomeAndKeepsItsInterrupt() throws Exception {
    HoldBatches batches = new HoldBatches(32);
    CountDownLatch bothRunning = new CountDownLatch(2);
    CountDownLatch release = new CountDownLatch(1);
    List<Integer> sizes = Collections.synchronizedList(new ArrayList<>());
    Function<List<NewBooking>, List<BookingSummary>> run =
        batch -> {
          if (bothRunning.getCount() > 0) {
            bothRunning.countDown();
            await(release);
          }
          return holdingAll(sizes).apply(batch);
        };
    List<Future<?>> leaders = new ArrayList<>();
    for (int i = 0; i < HoldBatches.BATCHES_AT_ONCE; i++) {
      leaders.add(threads.submit(() -> batches.hold(TIER, booking(), run)));
      awaitRunning(bothRunning, HoldBatches.BATCHES_AT_ONCE - i - 1);
    }
    assertThat(bothRunning.await(30, TimeUnit.SECONDS)).isTrue();
    boolean[] interruptKept = {false};
    HoldBatches.Outcome[] outcome = {null};
    Thread waiter =
        new Thread(
            () -> {
              outcome[0] = batches.hold(TIER, booking(), run);
              interruptKept[0] = Thread.currentThread().isInterrupted();
            });
    waiter.start();
    Thread.sleep(50);
    waiter.interrupt();
    Thread.sleep(50);
    assertThat(waiter.isAlive()).as("still waiting for its batch").isTrue();
    release.countDown();
    waiter.join(5000);
    for (Future<?> leader : leaders) {
      leader.get(5, TimeUnit.SECONDS);
    }

    assertThat(outcome[0]).isInstanceOf(HoldBatches.Outcome.Held.class);
    assertThat(interruptKept[0]).isTrue();
  }

  /** Three bookings of one batch whose run throws {@code failure}: their outcomes. */
  private List<HoldBatches.Outcome> outcomesOfABatchThat(HoldBatches batches, Throwable failure)
      throws Exception {
    CountDownLatch running = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger calls = new AtomicInteger();
    Function<List<NewBooking>, List<BookingSummary>> run =
        batch -> {
          if (calls.incrementAndGet() == 1) {
            running.countDown();
            await(release);
            return batch.stream().map(HoldBatchesTest::held).toList();
          }
          throwUnchecked(failure);
          return null;
        };
    // One batch runs and holds; the three that come next run in batches that throw.
    Future<HoldBatches.Outcome> first = threads.submit(() -> batches.hold(TIER, booking(), run));
    assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();
    List<Future<HoldBatches.Outcome>> failing = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      failing.add(threads.submit(() -> batches.hold(TIER, booking(), run)));
    }
    Thread.sleep(100);
    release.countDown();
    assertThat(first.get(5, TimeUnit.SECONDS)).isInstanceOf(HoldBatches.Outcome.Held.class);
    List<HoldBatches.Outcome> outcomes = new ArrayList<>();
    for (Future<HoldBatches.Outcome> f : failing) {
      outcomes.add(f.get(5, TimeUnit.SECONDS));
    }
    return outcomes;
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @SuppressWarnings("unchecked")
  private static <T extends Throwable> void throwUnchecked(Throwable t) throws T {
    throw (T) t;
  }

  /**
   * Waits until a leader's batch runs ({@code running} down to {@code left}) before the next is
   * sent: a request sent before the first leader took its batch would ride in that batch, and only
   * one batch would run.
   */
  private static void awaitRunning(CountDownLatch running, long left) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (running.getCount() > left && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
  }
}
