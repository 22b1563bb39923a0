package dev.ticketing.waitingroom;

import dev.ticketing.database.DatabaseFault;
import dev.ticketing.database.DatabaseUnavailableException;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.BiFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Gives places to the joins that arrive together in one transaction per concert: one update of the
 * room's counter and one insert for all of them ({@link WaitingRooms#joinAll}). Every join of a
 * concert locks the room's row (positions follow the order of commits), so one join per commit
 * serves the crowd of a release one person per commit; gathered, a commit serves everyone who
 * arrived while the last one ran.
 *
 * <p>One thread ({@code waiting-room-joins}) takes the joins in their order of arrival at this
 * instance and runs the groups one after another, so that positions follow that order. Each request
 * waits for its group's commit (a few milliseconds to a few tens), not for every join before it.
 *
 * <p>A group that fails before anything could have been written (an account of the group took its
 * place meanwhile through another instance, the room was turned off) is run again one join at a
 * time, each with its own answer; a group whose commit may have happened answers {@code 503} to
 * each (a retry with the same account finds its place).
 */
@ApplicationScoped
public class JoinGroups {
  private static final Logger LOG = Logger.getLogger(JoinGroups.class.getName());

  @Inject private WaitingRooms rooms;

  private final BlockingQueue<Join> arrived = new LinkedBlockingQueue<>();
  private volatile boolean running = true;
  private volatile Thread worker;
  private int groupSize;

  /** A join waiting for its group. */
  private record Join(
      long concertId,
      String owner,
      BiFunction<Long, String, WaitingRooms.Joined> alone,
      CompletableFuture<WaitingRooms.Joined> answer) {}

  @PostConstruct
  void configure() {
    groupSize =
        ConfigProvider.getConfig(JoinGroups.class.getClassLoader())
            .getValue("ticketing.waiting-room.join-group-size", Integer.class);
  }

  @PreDestroy
  void stop() {
    running = false;
    Thread thread = worker;
    if (thread != null) {
      thread.interrupt();
    }
  }

  /**
   * A new place at the end of the concert's line, with the joins that arrive with it.
   *
   * @param owner the account's email, or null for an anonymous place
   * @param alone how to make this place alone, should its group fail (it answers a place the
   *     account has already)
   * @return the place, when its group has committed
   */
  public CompletableFuture<WaitingRooms.Joined> join(
      long concertId, String owner, BiFunction<Long, String, WaitingRooms.Joined> alone) {
    CompletableFuture<WaitingRooms.Joined> answer = new CompletableFuture<>();
    if (groupSize < 2 || !started()) {
      try {
        answer.complete(alone.apply(concertId, owner));
      } catch (RuntimeException e) {
        answer.completeExceptionally(e);
      }
      return answer;
    }
    arrived.add(new Join(concertId, owner, alone, answer));
    return answer;
  }

  /** Starts the thread on the first join; false if there is no managed thread to start. */
  private boolean started() {
    if (worker != null) {
      return true;
    }
    synchronized (this) {
      if (worker == null && running) {
        try {
          ManagedThreadFactory threads =
              InitialContext.doLookup("java:comp/DefaultManagedThreadFactory");
          Thread thread = threads.newThread(this::work);
          thread.setName("waiting-room-joins");
          thread.setDaemon(true);
          thread.start();
          worker = thread;
        } catch (NamingException e) {
          LOG.log(Level.WARNING, "No managed thread factory: each join commits alone", e);
          groupSize = 1;
        }
      }
      return worker != null;
    }
  }

  private void work() {
    List<Join> taken = new ArrayList<>();
    while (running) {
      try {
        taken.add(arrived.take());
      } catch (InterruptedException e) {
        break;
      }
      arrived.drainTo(taken, groupSize - 1);
      Map<Long, List<Join>> byConcert = new LinkedHashMap<>();
      for (Join join : taken) {
        byConcert.computeIfAbsent(join.concertId(), id -> new ArrayList<>()).add(join);
      }
      byConcert.forEach(this::run);
      taken.clear();
    }
    Join left;
    while ((left = arrived.poll()) != null) {
      left.answer()
          .completeExceptionally(
              new DatabaseUnavailableException(DatabaseFault.CONNECTION, null, null));
    }
  }

  /** Runs one concert's group and answers every join in it, whatever happens. */
  private void run(long concertId, List<Join> group) {
    // An account joining twice at once gets one place: the group makes it once, both hear it.
    Map<String, List<Join>> byOwner = new LinkedHashMap<>();
    List<String> owners = new ArrayList<>();
    List<List<Join>> answered = new ArrayList<>();
    for (Join join : group) {
      if (join.owner() != null && byOwner.containsKey(join.owner())) {
        byOwner.get(join.owner()).add(join);
        continue;
      }
      List<Join> same = new ArrayList<>(List.of(join));
      if (join.owner() != null) {
        byOwner.put(join.owner(), same);
      }
      owners.add(join.owner());
      answered.add(same);
    }
    List<Place> places;
    try {
      places = rooms.joinAll(concertId, owners);
    } catch (Throwable failed) {
      boolean maybeCommitted =
          DatabaseFault.of(failed).isPresent() && !DatabaseFault.nothingWasSent(failed);
      for (List<Join> same : answered) {
        if (maybeCommitted) {
          DatabaseUnavailableException unknown =
              new DatabaseUnavailableException(
                  DatabaseFault.of(failed).orElse(DatabaseFault.CONNECTION), null, failed);
          same.forEach(join -> join.answer().completeExceptionally(unknown));
        } else {
          alone(same);
        }
      }
      return;
    }
    for (int i = 0; i < places.size(); i++) {
      List<Join> same = answered.get(i);
      for (int j = 0; j < same.size(); j++) {
        same.get(j).answer().complete(new WaitingRooms.Joined(places.get(i), j == 0));
      }
    }
  }

  /** The joins of one account (or one anonymous join), made alone after their group failed. */
  private static void alone(List<Join> same) {
    Join first = same.get(0);
    try {
      WaitingRooms.Joined joined = first.alone().apply(first.concertId(), first.owner());
      first.answer().complete(joined);
      same.stream()
          .skip(1)
          .forEach(join -> join.answer().complete(new WaitingRooms.Joined(joined.place(), false)));
    } catch (Throwable e) {
      same.forEach(join -> join.answer().completeExceptionally(e));
    }
  }
}
