package dev.ticketing.booking.hold;

import dev.ticketing.booking.Booking;
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
import dev.ticketing.booking.refusal.PurchaseLimitException;
import dev.ticketing.catalog.Catalog;
import dev.ticketing.catalog.ConcertAvailability;
import dev.ticketing.catalog.TierAvailability;
import dev.ticketing.database.DatabaseFault;
import dev.ticketing.database.DatabaseUnavailableException;
import dev.ticketing.stock.ClaimMode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * The one way in for every new booking, from the API and the screens alike. Each decision is taken
 * here, once:
 *
 * <ol>
 *   <li><b>Admission</b>: the request waits its turn in {@link BookingGate}'s queue, or is shed at
 *       once ({@link RequestShedException}) when its turn would not come in time.
 *   <li><b>Who may book</b>: an anonymous booking of a concert sold to accounts only is refused
 *       ({@link AccountRequiredException}) before it takes any turn in the database.
 *   <li><b>Batch or alone</b>: a single-tier booking without an idempotency key joins the batch of
 *       its tier ({@link HoldBatches}), unless its owner's tickets must be counted against the
 *       concert's limit per account ({@link PurchaseLimitCheck}: that locks the account, which a
 *       batch of strangers should not wait for); anything else, and any booking whose batch rolled
 *       back, is made alone.
 *   <li><b>Skip, then wait</b>: alone, the claim first skips rows others are claiming ({@link
 *       ClaimMode#SKIP_LOCKED}); only if that comes up short while such rows exist does it claim
 *       again waiting for them ({@link ClaimMode#WAIT}), so "not enough tickets" is never said
 *       while a claim that may roll back still holds tickets.
 *   <li><b>One retry</b> after a database fault that may pass ({@link FaultRetry}), with the same
 *       booking id; when a commit's outcome is unknown, the booking is looked up first.
 * </ol>
 *
 * The concert is read once, from the catalogue's copy.
 */
@ApplicationScoped
public class BoxOffice {
  @Inject private BookingGate gate;

  @Inject private HoldBatches batches;

  @Inject private BookingAttempt attempt;

  @Inject private FaultRetry retry;

  @Inject private Catalog catalog;

  @Inject private BookingReader reader;

  @Inject private BookingMetrics metrics;

  BoxOffice() {}

  BoxOffice(
      BookingGate gate,
      HoldBatches batches,
      BookingAttempt attempt,
      FaultRetry retry,
      Catalog catalog,
      BookingReader reader,
      BookingMetrics metrics) {
    this.gate = gate;
    this.batches = batches;
    this.attempt = attempt;
    this.retry = retry;
    this.catalog = catalog;
    this.reader = reader;
    this.metrics = metrics;
  }

  /**
   * Holds the tickets of every line of a validated order, atomically (all tiers or none), and
   * commits before it returns. Never more tickets held or sold than exist; a refusal for lack of
   * tickets only after every concurrent claim on the tier has finished; a refused or failed booking
   * changes nothing.
   *
   * @param owner the logged-in caller's email, or null for an anonymous booking
   * @param key the request's idempotency key, or null; the booking is recorded in it in the hold's
   *     own transaction
   * @param keyCompletes whether the held booking is the request's whole answer (else payment
   *     follows, under the same key)
   * @throws RequestShedException if the request's turn would not come in time
   * @throws NotEnoughTicketsException if a tier has fewer tickets left than requested
   * @throws AccountRequiredException if the concert is sold to accounts only and {@code owner} is
   *     null
   * @throws PurchaseLimitException if the owner would hold more tickets of the concert than its
   *     limit per account
   * @throws DatabaseUnavailableException if a database fault outlasted the retry
   */
  public BookingSummary hold(
      BookingOrder order, String owner, IdempotentRequest key, boolean keyCompletes) {
    NewBooking booking = new NewBooking(Booking.newId(), order, owner);
    return gate.serve(() -> holdInTurn(booking, key, keyCompletes));
  }

  private BookingSummary holdInTurn(NewBooking booking, IdempotentRequest key, boolean completes) {
    ConcertAvailability concert = catalog.concertAsKnown(booking.order().concertId());
    AccountRequiredException.check(concert, booking.owner());
    if (key == null && !concert.limits().countsTicketsOf(booking.owner())) {
      Optional<BookingSummary> together = inBatch(concert, booking);
      if (together.isPresent()) {
        return together.get();
      }
    }
    return alone(concert, booking, key, completes);
  }

  /** The booking held with its batch, or nothing if it must be made alone. */
  private Optional<BookingSummary> inBatch(ConcertAvailability concert, NewBooking booking) {
    List<BookingOrder.Line> lines = booking.order().lines();
    if (!batches.enabled() || lines.size() != 1) {
      return Optional.empty();
    }
    String code = lines.get(0).tier();
    Optional<TierAvailability> tier =
        concert.tiers().stream().filter(t -> t.code().equals(code)).findFirst();
    if (tier.isEmpty()) {
      return Optional.empty(); // a tier the copy does not know yet: looked up alone
    }
    HoldBatches.Outcome outcome =
        batches.hold(tier.get().id(), booking, batch -> runBatch(concert, tier.get(), batch));
    if (outcome instanceof HoldBatches.Outcome.Held held) {
      return Optional.of(held.booking());
    }
    if (outcome instanceof HoldBatches.Outcome.Unknown) {
      try {
        return committed(booking);
      } catch (RuntimeException stillFailing) {
        throw new DatabaseUnavailableException(
            DatabaseFault.of(stillFailing).orElse(DatabaseFault.CONNECTION),
            booking.id(),
            stillFailing);
      }
    }
    return Optional.empty();
  }

  private List<BookingSummary> runBatch(
      ConcertAvailability concert, TierAvailability tier, List<NewBooking> batch) {
    try {
      List<BookingSummary> held = gate.admit(() -> attempt.claimTogether(concert, tier, batch));
      metrics.batch(batch.size(), true);
      return held;
    } catch (RuntimeException rolledBack) {
      metrics.batch(batch.size(), false);
      throw rolledBack;
    }
  }

  private BookingSummary alone(
      ConcertAvailability concert, NewBooking booking, IdempotentRequest key, boolean completes) {
    try {
      return retry.once(
          booking.id(),
          () -> {
            try {
              return attempt.claim(concert, booking, ClaimMode.SKIP_LOCKED, key, completes);
            } catch (StockContendedException contended) {
              return attempt.claim(concert, booking, ClaimMode.WAIT, key, completes);
            }
          },
          () -> {
            // The first attempt committed although its answer was lost: the catalogue's copy
            // missed its tickets.
            catalog.markStale(concert.id());
            return committed(booking);
          });
    } catch (NotEnoughTicketsException refused) {
      // The visitor saw more than there is: the counts others see may be as wrong.
      catalog.markStale(concert.id());
      throw refused;
    } catch (RuntimeException failed) {
      if (!UNIQUE_VIOLATION.equals(DatabaseFault.sqlState(failed))) {
        throw failed;
      }
      // A booking with this id exists already: its batch, whose commit seemed lost, committed
      // after all, later than the look-up found. It is the answer.
      catalog.markStale(concert.id());
      return committed(booking).orElseThrow(() -> failed);
    }
  }

  /** PostgreSQL's SQLState for a duplicate key. */
  private static final String UNIQUE_VIOLATION = "23505";

  private Optional<BookingSummary> committed(NewBooking booking) {
    return reader.findAll(List.of(booking.id())).stream().findFirst();
  }
}
