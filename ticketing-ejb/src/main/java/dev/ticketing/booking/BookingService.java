package dev.ticketing.booking;

import dev.ticketing.account.Caller;
import dev.ticketing.catalog.Catalog;
import dev.ticketing.database.DatabaseFault;
import dev.ticketing.database.DatabaseUnavailableException;
import dev.ticketing.payment.Authorisation;
import dev.ticketing.payment.InvalidCardException;
import dev.ticketing.payment.PaymentDeclinedException;
import dev.ticketing.payment.PaymentProvider;
import dev.ticketing.payment.PaymentTimeoutException;
import dev.ticketing.payment.TestCard;
import dev.ticketing.stock.ClaimMode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Holds, pays, cancels and reads bookings. The transactions themselves are {@link BookingAttempt}
 * (a new hold) and {@link BookingTransitions} (every later change), EJBs each with a transaction of
 * their own; this bean validates, calls the payment provider between transactions (never while a
 * lock is held), honours idempotency keys and reads. It needs no transaction, so it is a plain CDI
 * bean (an EJB call costs a trip through the container's bean pool, whose lock every concurrent
 * booking takes).
 */
@ApplicationScoped
public class BookingService {
  private static final Logger LOG = Logger.getLogger(BookingService.class.getName());

  /** The card that {@code POST /api/book} pays with: the original API books and pays at once. */
  public static final String DEFAULT_CARD = TestCard.APPROVED.number();

  @Inject private BookingReader reader;

  @Inject private Caller caller;

  @Inject private BookingAttempt attempt;

  @Inject private BookingTransitions transitions;

  @Inject private IdempotencyKeys keys;

  @Inject private PaymentProvider payments;

  @Inject private Catalog catalog;

  @Inject private BookingGate gate;

  @Inject private HoldBatches batches;

  @Inject private BookingMetrics metrics;

  @Inject
  @ConfigProperty(name = "ticketing.booking.max-per-tier")
  private int maxPerTier;

  /**
   * A booking as a request's answer.
   *
   * @param replayed whether this answers a repeat of an earlier request with the same idempotency
   *     key, which did the work: nothing was done this time
   */
  public record Answered(BookingSummary booking, boolean replayed) {}

  /**
   * Holds the tickets of every line of the order, atomically: all tiers or none. The booking is
   * {@link BookingStatus#HELD} until paid ({@link #pay}), cancelled, or its hold runs out.
   * Guarantees: never more tickets held or sold than exist; a refusal for lack of tickets is only
   * given after every concurrent claim on the tier has finished; a refused or failed booking
   * changes nothing.
   *
   * @param key the request's idempotency key, or null
   * @return the held booking, committed
   * @throws NotEnoughTicketsException if a tier has fewer tickets left than requested
   * @throws UnknownTierException if the concert has no tier of a requested name
   * @throws InvalidQuantityException if a quantity is below 1 or above the per-order limit
   * @throws InvalidBookingException if there are no lines or a tier is listed twice
   * @throws IdempotencyKeyException if the key was used for another request or is busy
   * @throws dev.ticketing.catalog.UnknownConcertException if the concert does not exist
   */
  public Answered hold(BookingOrder order, IdempotentRequest key) {
    return metrics.measure(
        "hold",
        () -> {
          order.validate(maxPerTier);
          return keyed(key, claim -> claim(order, key, true));
        });
  }

  /**
   * Holds and pays in one step with {@link #DEFAULT_CARD}: the original API's booking, confirmed
   * when answered. If the payment fails, the hold is cancelled: nothing stays held.
   *
   * @see #hold for the refusals
   */
  public Answered holdAndPay(BookingOrder order, IdempotentRequest key) {
    return metrics.measure(
        "book",
        () -> {
          order.validate(maxPerTier);
          return keyed(
              key,
              resumed -> {
                BookingSummary held =
                    resumed != null ? existing(resumed) : claim(order, key, false);
                try {
                  return payAndConfirm(held, DEFAULT_CARD, key, 201);
                } catch (BookingRejectedException refused) {
                  cancelQuietly(held.id());
                  throw refused;
                }
              });
        });
  }

  /**
   * Pays a held booking with a card: authorises the amount, confirms the booking under its row
   * lock, then captures. If the hold ran out or the booking was paid or cancelled meanwhile, the
   * authorisation is released: never is a card charged without tickets, nor twice.
   *
   * @param key the request's idempotency key, or null
   * @throws UnknownBookingException if there is no such booking
   * @throws BookingStateException if it is not HELD, or its hold has run out
   * @throws PaymentRefusedException if the card is declined or invalid or the provider does not
   *     answer: nothing was charged, the hold stays
   */
  public Answered pay(UUID id, String card, IdempotentRequest key) {
    return metrics.measure(
        "pay", () -> keyed(key, resumed -> payAndConfirm(existing(id), card, key, 200)));
  }

  /**
   * Cancels a held or paid booking: its tickets go back on sale and a payment is refunded.
   * Cancelling it again changes nothing.
   *
   * @throws UnknownBookingException if there is no such booking
   * @throws BookingStateException if its hold has run out (its tickets are back on sale already)
   */
  public Answered cancel(UUID id, IdempotentRequest key) {
    return metrics.measure("cancel", () -> cancelOnce(id, key));
  }

  /**
   * Cancels a booking for its customer, whoever made it: as {@link #cancel}, for organisers (the
   * caller, {@link dev.ticketing.admin.ConcertAdmin}, is allowed to organisers only).
   *
   * @throws UnknownBookingException if there is no such booking
   * @throws BookingStateException if its hold has run out
   */
  public BookingSummary cancelForCustomer(UUID id) {
    return metrics.measure("cancel", () -> cancelOnce(id, null, true)).booking();
  }

  private Answered cancelOnce(UUID id, IdempotentRequest key) {
    return cancelOnce(id, key, false);
  }

  private Answered cancelOnce(UUID id, IdempotentRequest key, boolean forCustomer) {
    return keyed(
        key,
        resumed -> {
          if (!forCustomer) {
            existing(id); // someone else's booking is unknown to this caller: nothing happens
          }
          BookingTransitions.Refund refund =
              withOneRetry(
                      id,
                      () -> Optional.ofNullable(transitions.cancel(id, key)),
                      () ->
                          find(id)
                              .filter(b -> b.status() == BookingStatus.CANCELLED)
                              .map(b -> Optional.<BookingTransitions.Refund>empty()))
                  .orElse(null);
          if (refund != null) {
            refund(id, refund);
          }
          return forCustomer
              ? reader.findAll(List.of(id)).stream()
                  .findFirst()
                  .orElseThrow(() -> new UnknownBookingException(id))
              : existing(id);
        });
  }

  /**
   * Asks the provider again for refunds that an instance asked for and did not see through (it
   * stopped in between). The provider treats a refund of the same authorisation as one.
   */
  public void retryPendingRefunds() {
    transitions.pendingRefunds(60, 100).forEach(this::refund);
  }

  private BookingSummary claim(BookingOrder order, IdempotentRequest key, boolean completesKey) {
    UUID id = Booking.newId();
    if (key == null) {
      HoldBatches.Outcome together = batches.hold(order, id);
      if (together instanceof HoldBatches.Outcome.Held held) {
        return held.booking();
      }
      if (together instanceof HoldBatches.Outcome.Unknown) {
        Optional<BookingSummary> committed;
        try {
          committed = find(id);
        } catch (RuntimeException stillFailing) {
          throw new DatabaseUnavailableException(
              DatabaseFault.of(stillFailing).orElse(DatabaseFault.CONNECTION), id, stillFailing);
        }
        if (committed.isPresent()) {
          return committed.get();
        }
      }
    }
    try {
      return withOneRetry(
          id,
          () -> {
            try {
              return attempt.claim(order, ClaimMode.SKIP_LOCKED, id, key, completesKey);
            } catch (BookingAttempt.StockContendedException contended) {
              return attempt.claim(order, ClaimMode.WAIT, id, key, completesKey);
            }
          },
          () -> {
            // The first attempt committed although its answer was lost: the catalogue's copy
            // missed its tickets.
            catalog.markStale(order.concertId());
            return find(id);
          });
    } catch (NotEnoughTicketsException refused) {
      // The visitor saw more than there is: the counts others see may be as wrong.
      catalog.markStale(order.concertId());
      throw refused;
    }
  }

  /**
   * @param booking the held booking as last read (or as the hold answered it)
   * @return the booking, confirmed
   */
  private BookingSummary payAndConfirm(
      BookingSummary booking, String card, IdempotentRequest key, int answer) {
    UUID id = booking.id();
    if (booking.status() != BookingStatus.HELD || !Booking.now().isBefore(booking.expiresAt())) {
      // Refused before the card is even tried: nothing to charge for.
      throw BookingStateException.refusing("paid", id, booking.status(), booking.expiresAt());
    }
    Authorisation authorisation = authorise(booking, card);
    try {
      withOneRetry(
          id,
          () -> {
            transitions.confirm(id, authorisation, key, answer);
            return booking;
          },
          () -> transitions.paidWith(id, authorisation) ? Optional.of(booking) : Optional.empty());
    } catch (DatabaseUnavailableException unknown) {
      if (!unknown.possiblyCommitted()) {
        payments.release(authorisation);
      }
      // else the payment may stand: it is kept authorised, and the booking tells.
      throw unknown;
    } catch (RuntimeException notConfirmed) {
      payments.release(authorisation);
      throw notConfirmed;
    }
    payments.capture(authorisation);
    return booking.confirmed();
  }

  private Authorisation authorise(BookingSummary booking, String card) {
    try {
      return payments.authorise(card, booking.totalMinor(), booking.currency(), booking.id());
    } catch (PaymentDeclinedException declined) {
      throw new PaymentRefusedException(
          BookingRejectedException.Reason.PAYMENT_DECLINED,
          declined.code().wireName(),
          declined.getMessage()
              + ". Nothing was charged; the tickets stay held until "
              + booking.expiresAt()
              + ".");
    } catch (InvalidCardException invalid) {
      throw new PaymentRefusedException(
          BookingRejectedException.Reason.INVALID_CARD, null, invalid.getMessage());
    } catch (PaymentTimeoutException timeout) {
      throw new PaymentRefusedException(
          BookingRejectedException.Reason.PAYMENT_TIMEOUT,
          null,
          timeout.getMessage() + ". The tickets stay held until " + booking.expiresAt() + ".");
    }
  }

  /**
   * Runs a transaction, and once more after a database fault that may pass (a lost connection, a
   * restart, a deadlock), after a short random pause. A retry of a new booking uses the same
   * booking id, so that it fails on the primary key if the first attempt committed after all.
   *
   * @param ifCommitted what the first attempt committed, if it did (asked when the retry cannot
   *     tell)
   * @throws DatabaseUnavailableException if the fault remains; {@code possiblyCommitted} when the
   *     outcome could not be learnt
   */
  private <T> T withOneRetry(
      UUID bookingId, Supplier<T> transaction, Supplier<Optional<T>> ifCommitted) {
    try {
      return gate.admit(transaction);
    } catch (DatabaseUnavailableException busy) {
      metrics.fault(busy.fault());
      throw busy;
    } catch (RuntimeException first) {
      DatabaseFault fault = DatabaseFault.of(first).orElse(null);
      if (fault == null) {
        throw first;
      }
      metrics.fault(fault);
      if (!fault.worthRetrying()) {
        throw new DatabaseUnavailableException(fault, null, first);
      }
      boolean mayHaveCommitted = !DatabaseFault.nothingWasSent(first);
      LOG.log(Level.INFO, "Database fault {0}, trying once more: {1}", new Object[] {fault, first});
      pause();
      RuntimeException second;
      try {
        return gate.admit(transaction);
      } catch (RuntimeException e) {
        second = e;
      }
      // The same booking id inserted twice: the first attempt did commit.
      boolean sameBookingTwice = "23505".equals(DatabaseFault.sqlState(second));
      DatabaseFault again =
          second instanceof DatabaseUnavailableException busy
              ? busy.fault()
              : DatabaseFault.of(second).orElse(null);
      if (!sameBookingTwice && again == null) {
        throw second; // a refusal, decided on the database as it is now
      }
      if (!sameBookingTwice) {
        mayHaveCommitted |=
            !(second instanceof DatabaseUnavailableException)
                && !DatabaseFault.nothingWasSent(second);
        if (!mayHaveCommitted) {
          throw new DatabaseUnavailableException(again, null, second);
        }
      }
      try {
        Optional<T> committed = ifCommitted.get();
        if (committed.isPresent()) {
          return committed.get();
        }
      } catch (RuntimeException stillFailing) {
        throw new DatabaseUnavailableException(again != null ? again : fault, bookingId, second);
      }
      throw new DatabaseUnavailableException(again != null ? again : fault, null, second);
    }
  }

  private static void pause() {
    try {
      Thread.sleep(50 + ThreadLocalRandom.current().nextInt(200));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void refund(UUID id, BookingTransitions.Refund refund) {
    try {
      String refundId =
          payments.refund(refund.authorisationId(), refund.amountMinor(), refund.currency());
      transitions.refunded(id, refundId);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Refund of booking " + id + " not done yet; it will be retried", e);
    }
  }

  private void cancelQuietly(UUID id) {
    try {
      transitions.cancel(id, null);
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "Booking " + id + " not cancelled; its hold will expire", e);
    }
  }

  /**
   * Runs a request's work once per idempotency key: a repeat of a completed request gets its
   * booking again, a repeat of one that died after making its booking resumes with that booking.
   */
  private Answered keyed(IdempotentRequest key, Function<UUID, BookingSummary> work) {
    if (key == null) {
      return new Answered(work.apply(null), false);
    }
    IdempotencyKeys.Claim claim = keys.begin(key);
    if (claim.kind() == IdempotencyKeys.Claim.Kind.REPLAY) {
      return new Answered(existing(claim.bookingId()), true);
    }
    try {
      return new Answered(work.apply(claim.bookingId()), false);
    } catch (RuntimeException e) {
      try {
        keys.release(key);
      } catch (RuntimeException databaseStillDown) {
        e.addSuppressed(databaseStillDown); // the key's lease runs out by itself
      }
      throw e;
    }
  }

  private BookingSummary existing(UUID id) {
    return find(id).orElseThrow(() -> new UnknownBookingException(id));
  }

  /**
   * The booking with this id, as committed, if the caller may see it: a booking made while logged
   * in is its owner's only (to anyone else it does not exist); one made without an account is
   * anyone's who has its id.
   */
  public Optional<BookingSummary> find(UUID id) {
    return findAll(List.of(id)).stream().findFirst();
  }

  /**
   * The bookings with these ids that exist and the caller may see ({@link #find}), in the order of
   * {@code ids}, read in one statement however many there are.
   */
  public List<BookingSummary> findAll(Collection<UUID> ids) {
    String email = caller.email();
    return reader.findAll(ids).stream().filter(b -> b.visibleTo(email)).toList();
  }

  /** The logged-in caller's bookings, newest first (none when nobody is logged in). */
  public List<BookingSummary> mine(int limit) {
    String email = caller.email();
    return email == null ? List.of() : reader.ownedBy(email, limit);
  }

  /** The per-order limit for one tier. */
  public int maxPerTier() {
    return maxPerTier;
  }
}
