package dev.ticketing.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/** Real concurrent requests: one thread each, all released by one latch. */
public final class AtOnce {
  private AtOnce() {}

  /**
   * Sends {@code count} requests at once (request i is {@code request.apply(i)}) and returns their
   * answers in the same order, printing how long they took.
   */
  public static List<Api.Reply> send(int count, IntFunction<Api.Reply> request) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(count);
    try {
      CountDownLatch ready = new CountDownLatch(count);
      CountDownLatch go = new CountDownLatch(1);
      List<CompletableFuture<Api.Reply>> replies = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        int n = i;
        replies.add(
            CompletableFuture.supplyAsync(
                () -> {
                  ready.countDown();
                  try {
                    go.await();
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                  return request.apply(n);
                },
                threads));
      }
      assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
      long start = System.nanoTime();
      go.countDown();
      List<Api.Reply> result = new ArrayList<>();
      for (CompletableFuture<Api.Reply> reply : replies) {
        result.add(reply.get(120, TimeUnit.SECONDS));
      }
      System.out.printf(
          "[it] %d concurrent requests answered in %d ms%n",
          count, (System.nanoTime() - start) / 1_000_000);
      return result;
    } finally {
      threads.shutdownNow();
    }
  }
}
