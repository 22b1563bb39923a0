package dev.ticketing.booking.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BookingGateTest {
  private static final long TEN_MS = TimeUnit.MILLISECONDS.toNanos(10);

  /** Two lanes, 100 ms of waiting; before any request is served, one is assumed to take 10 ms. */
  private final BookingGate gate = gate(2, 100);

  private static BookingGate gate(int lanes, long maxWaitMillis) {
    BookingGate gate = new BookingGate();
    gate.size(lanes, maxWaitMillis);
    return gate;
  }

  @Test
  void admitsWhatDrainsWithinTheWaitAndShedsTheRestAtOnce() {
    // 2 served at once, then 20 waiting: the 20th waits 20 x 10 ms / 2 lanes = 100 ms.
    for (int i = 0; i < 22; i++) {
      gate.enter();
    }
    assertThatThrownBy(gate::enter)
        .isInstanceOfSatisfying(
            RequestShedException.class, e -> assertThat(e.retryAfterSeconds()).isEqualTo(1));
    assertThat(gate.queued()).isEqualTo(22);
  }

  @Test
  void aServedRequestMakesRoomForOneMore() {
    for (int i = 0; i < 22; i++) {
      gate.enter();
    }
    gate.leave(TEN_MS);
    gate.enter();
    assertThatThrownBy(gate::enter).isInstanceOf(RequestShedException.class);
    gate.withdraw();
    assertThat(gate.queued()).isEqualTo(21);
  }

  @Test
  void slowerServiceAdmitsFewer() {
    BookingGate slow = gate(2, 100);
    // Requests now take 100 ms each: the average moves a sixteenth of the way per request.
    for (int i = 0; i < 64; i++) {
      slow.enter();
      slow.leave(TimeUnit.MILLISECONDS.toNanos(100));
    }
    int admitted = 0;
    try {
      while (admitted < 100) {
        slow.enter();
        admitted++;
      }
    } catch (RequestShedException shed) {
      // expected
    }
    // About 2 served at once and 2 waiting (2 x 100 ms / 2 lanes); never the 22 of a 10 ms service,
    // whatever the count of requests served in the last second says.
    assertThat(admitted).isBetween(3, 21);
  }

  @Test
  void withNoQueueEveryRequestIsAdmitted() {
    BookingGate wide = gate(28, 1000);
    for (int i = 0; i < 28; i++) {
      wide.enter();
    }
    assertThat(wide.queued()).isEqualTo(28);
  }

  @Test
  void noMoreThanMaxQueuedWaitWhateverThePredictionSays() {
    BookingGate bounded = new BookingGate();
    bounded.size(2, 60_000, 5);
    for (int i = 0; i < 7; i++) {
      bounded.enter(); // 2 served, 5 waiting
    }
    assertThatThrownBy(bounded::enter).isInstanceOf(RequestShedException.class);
    assertThat(bounded.queued()).isEqualTo(7);
  }

  @Test
  void aRequestIsServedOnTheCallersThreadAndLeavesTheQueue() {
    Thread caller = Thread.currentThread();
    Thread servedOn = gate.serve(Thread::currentThread);

    assertThat(servedOn).isSameAs(caller);
    assertThat(gate.queued()).isZero();
  }

  @Test
  void aShedRequestIsNeverServed() {
    for (int i = 0; i < 22; i++) {
      gate.enter();
    }
    assertThatThrownBy(
            () ->
                gate.serve(
                    () -> {
                      throw new AssertionError("served");
                    }))
        .isInstanceOf(RequestShedException.class);
    assertThat(gate.queued()).isEqualTo(22);
  }

  @Test
  void theLongerTheOverloadTheLaterShedClientsAreToldToComeBack() throws InterruptedException {
    for (int i = 0; i < 22; i++) {
      gate.enter();
    }
    shed(gate, 90);
    Thread.sleep(150); // the counts cover whole periods of 100 ms
    // Nothing served lately: 2 lanes at 10 ms a request would serve 180 in the 900 ms counted, and
    // 90 were shed, half a request per request served: come back within 1 + 4 x 0.5 seconds.
    assertThat(gate.retryAfterBound()).isEqualTo(3);
    assertThat(shed(gate, 1)).isBetween(1, 3);

    shed(gate, 5_000);
    Thread.sleep(150);
    assertThat(gate.retryAfterBound()).isEqualTo(BookingGate.MAX_RETRY_AFTER_SECONDS);
  }

  @Test
  void clientsShedTogetherAreToldToComeBackAtDifferentSeconds() throws InterruptedException {
    for (int i = 0; i < 22; i++) {
      gate.enter();
    }
    shed(gate, 5_000);
    Thread.sleep(150);

    Map<Integer, Long> told =
        IntStream.range(0, 1_000)
            .mapToObj(i -> gate.retryAfterSeconds())
            .collect(Collectors.groupingBy(seconds -> seconds, Collectors.counting()));

    // Each second from 1 to 10 drawn about 100 times in 1,000; none at all would be a broken spread
    // (the chance of missing one by luck is 10 x 0.9^1000, nil).
    assertThat(told.keySet())
        .containsExactlyInAnyOrderElementsOf(
            IntStream.rangeClosed(1, BookingGate.MAX_RETRY_AFTER_SECONDS).boxed().toList());
  }

  /** Sheds {@code requests} requests at a full gate; returns the last one's Retry-After. */
  private static int shed(BookingGate full, int requests) {
    int retryAfter = 0;
    for (int i = 0; i < requests; i++) {
      try {
        full.enter();
        throw new AssertionError("admitted at a full gate");
      } catch (RequestShedException shed) {
        retryAfter = shed.retryAfterSeconds();
      }
    }
    return retryAfter;
  }

  @Test
  void requestsWaitingForTheirTurnAreCountedAsWaiting() throws Exception {
    BookingGate narrow = new BookingGate();
    narrow.size(1, 60_000);
    CountDownLatch serving = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Thread first =
        new Thread(
            () ->
                narrow.serve(
                    () -> {
                      serving.countDown();
                      try {
                        release.await();
                      } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                      }
                      return null;
                    }));
    first.start();
    serving.await();
    Thread second = new Thread(() -> narrow.serve(() -> null));
    second.start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (narrow.waiting() == 0 && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }

    assertThat(narrow.waiting()).isEqualTo(1);
    assertThat(narrow.queued()).isEqualTo(2);

    release.countDown();
    first.join();
    second.join();
    assertThat(narrow.waiting()).isZero();
    assertThat(narrow.queued()).isZero();
  }
}
