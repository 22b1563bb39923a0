package dev.ticketing.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AttemptLimiterTest {
  private final AttemptLimiter limiter = new AttemptLimiter(Duration.ofMinutes(15));

  private AttemptLimiter.Outcome take(String... keysAndLimits) {
    List<AttemptLimiter.Bound> bounds = new java.util.ArrayList<>();
    for (int i = 0; i < keysAndLimits.length; i += 2) {
      bounds.add(
          new AttemptLimiter.Bound(keysAndLimits[i], Integer.parseInt(keysAndLimits[i + 1])));
    }
    return limiter.take(bounds);
  }

  @Test
  void aFullBoundRefusesAndTheRefusalCountsTowardNothing() {
    for (int i = 0; i < 3; i++) {
      assertThat(take("a", "3", "shared", "10")).isInstanceOf(AttemptLimiter.Taken.class);
    }
    for (int i = 0; i < 20; i++) {
      AttemptLimiter.Outcome refused = take("a", "3", "shared", "10");
      assertThat(refused).isInstanceOf(AttemptLimiter.Refused.class);
      assertThat(((AttemptLimiter.Refused) refused).retryAfter())
          .isPositive()
          .isLessThanOrEqualTo(Duration.ofMinutes(15));
    }
    // The refused ones took no place under the shared bound: 7 are left there.
    for (int i = 0; i < 7; i++) {
      assertThat(take("b", "100", "shared", "10")).isInstanceOf(AttemptLimiter.Taken.class);
    }
    assertThat(take("b", "100", "shared", "10")).isInstanceOf(AttemptLimiter.Refused.class);
  }

  @Test
  void aCrowdOfKeysAllInsideTheWindowKeepsEveryBound() {
    // A release's visitors, each from an address of its own: past the tidying threshold, every
    // key still counts.
    for (int i = 0; i < 50_000; i++) {
      assertThat(take("address-" + i, "2")).isInstanceOf(AttemptLimiter.Taken.class);
    }
    assertThat(take("address-7", "2")).isInstanceOf(AttemptLimiter.Taken.class);
    assertThat(take("address-7", "2")).isInstanceOf(AttemptLimiter.Refused.class);
    assertThat(take("address-49999", "1")).isInstanceOf(AttemptLimiter.Refused.class);
  }

  @Test
  void anAttemptGivenBackFreesItsPlaceUnderEveryBound() {
    AttemptLimiter.Taken first = (AttemptLimiter.Taken) take("a", "1", "b", "1");
    assertThat(take("a", "1")).isInstanceOf(AttemptLimiter.Refused.class);
    limiter.giveBack(first);
    assertThat(take("a", "1", "b", "1")).isInstanceOf(AttemptLimiter.Taken.class);
  }

  @Test
  void parallelAttemptsTakeNoMorePlacesThanTheBoundHas() throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(32);
    try {
      CountDownLatch go = new CountDownLatch(1);
      AtomicInteger taken = new AtomicInteger();
      List<Future<?>> all = new java.util.ArrayList<>();
      for (int i = 0; i < 300; i++) {
        all.add(
            threads.submit(
                () -> {
                  go.await();
                  if (take("account", "5") instanceof AttemptLimiter.Taken) {
                    taken.incrementAndGet();
                  }
                  return null;
                }));
      }
      go.countDown();
      for (Future<?> f : all) {
        f.get(10, TimeUnit.SECONDS);
      }
      assertThat(taken).hasValue(5);
    } finally {
      threads.shutdownNow();
    }
  }
}
