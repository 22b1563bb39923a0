package dev.ticketing.ui.views;

import dev.ticketing.booking.admission.BookingGate;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ContextService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.Executor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The threads that browser bookings wait on. A booking waits its turn in the booking gate's queue
 * with the API's requests, its thread parked; on the server's shared executor a burst of such waits
 * would hold the threads every screen's background work needs. Here there is a thread for every
 * request the gate can hold at once, and a booking beyond that is refused at once ({@link
 * java.util.concurrent.RejectedExecutionException}), as the gate would shed it. Each task runs in
 * the context of the screen that submitted it (its logged-in caller).
 */
@ApplicationScoped
public class BookingThreads implements Executor {
  private static final long IDLE_SECONDS = 60;

  @Resource private ManagedThreadFactory threads;

  @Resource private ContextService context;

  @Inject private BookingGate gate;

  private ThreadPoolExecutor pool;

  @PostConstruct
  void start() {
    int size = gate.requestsAtOnce();
    pool =
        new ThreadPoolExecutor(
            size, size, IDLE_SECONDS, TimeUnit.SECONDS, new SynchronousQueue<>(), threads);
    pool.allowCoreThreadTimeOut(true);
  }

  @PreDestroy
  void stop() {
    pool.shutdown();
  }

  @Override
  public void execute(Runnable booking) {
    pool.execute(context.contextualRunnable(booking));
  }
}
