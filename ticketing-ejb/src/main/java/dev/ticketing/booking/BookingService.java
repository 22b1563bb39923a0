package dev.ticketing.booking;

import dev.ticketing.account.Accounts;
import dev.ticketing.account.Caller;
import dev.ticketing.booking.admission.FaultRetry;
import dev.ticketing.booking.admission.RequestShedException;
import dev.ticketing.booking.hold.BoxOffice;
import dev.ticketing.booking.idempotency.IdempotencyKeyException;
import dev.ticketing.booking.idempotency.IdempotencyKeys;
import dev.ticketing.booking.idempotency.IdempotentRequest;
import dev.ticketing.booking.refusal.AdmissionRequiredException;
import dev.ticketing.booking.refusal.BookingRejectedException;
import dev.ticketing.booking.refusal.BookingStateException;
import dev.ticketing.booking.refusal.InvalidBookingException;
import dev.ticketing.booking.refusal.InvalidQuantityException;
import dev.ticketing.booking.refusal.NotEnoughTicketsException;
import dev.ticketing.booking.refusal.PaymentRefusedException;
import dev.ticketing.booking.refusal.UnknownBookingException;
import dev.ticketing.booking.refusal.UnknownTierException;
import dev.ticketing.catalog.Catalog;
import dev.ticketing.database.DatabaseUnavailableException;
import dev.ticketing.payment.Authorisation;
import dev.ticketing.payment.InvalidCardException;
import dev.ticketing.payment.PaymentDeclinedException;
import dev.ticketing.payment.PaymentLedger;
import dev.ticketing.payment.PaymentProvider;
import dev.ticketing.payment.PaymentTimeoutException;
import dev.ticketing.payment.TestCard;
import dev.ticketing.waitingroom.WaitingLine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Holds, pays, cancels and reads bookings: validates, honours idempotency keys, and calls the
 * payment provider between transactions (never while a lock is held). A new hold goes through
 * {@link BoxOffice}; later changes are {@link BookingTransitions}' transactions. A plain CDI bean:
 * it needs no transaction of its own.
 */
@ApplicationScoped
public class BookingService {
  private static final Logger LOG = Logger.getLogger(BookingService.class.getName());

  /** The card that {@code POST /api/book} pays with: the original API books and pays at once. */
  public static final String DEFAULT_CARD = TestCard.APPROVED.number();

  @Inject private BoxOffice boxOffice;

  @Inject private BookingTransitions transitions;

  @Inject private BookingReader reader;

  @Inject private Caller caller;

  @Inject private IdempotencyKeys keys;

  @Inject private PaymentProvider payments;

  @Inject private PaymentLedger ledger;

  @Inject private Refunds refunds;

  @Inject private FaultRetry retry;

  @Inject private WaitingLine waitingLine;

  @Inject private Catalog catalog;

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
  public record BookingReply(BookingSummary booking, boolean replayed) {}

  /**
   * Holds the tickets of every line of the order, atomically: all tiers or none ({@link
   * BoxOffice#hold}). The booking is {@link BookingStatus#HELD} until paid ({@link #pay}),
   * cancelled, or its hold runs out.
   *
   * @param key the request's idempotency key, or null
   * @return the held booking, committed
   * @throws NotEnoughTicketsException if a tier has fewer tickets left than requested
   * @throws UnknownTierException if the concert has no tier of a requested name
   * @throws InvalidQuantityException if a quantity is below 1 or above the per-order limit
   * @throws InvalidBookingException if there are no lines or a tier is listed twice
   * @throws IdempotencyKeyException if the key was used for another request or is busy
   * @throws RequestShedException if the booking path is full: nothing was done
   * @throws AdmissionRequiredException if the concert's waiting room is on and the order's
   *     admission is missing, forged, another concert's or person's, or has ended
   * @throws dev.ticketing.catalog.UnknownConcertException if the concert does not exist
   */
  public BookingReply hold(BookingOrder order, IdempotentRequest key) {
    return metrics.measure(
        "hold",
        () -> {
          order.validate(maxPerTier);
          return oncePerKey(
              key,
              resumed -> {
                WaitingLine.Admitted admitted = admitted(order);
                BookingSummary held = boxOffice.hold(order, caller.email(), key, true);
                waitingLine.booked(admitted);
                return held;
              });
        });
  }

  /**
   * The order's admission from its concert's waiting room, checked, or null if the concert has no
   * active room (then whatever admission came is ignored).
   *
   * @throws AdmissionRequiredException if the room is on and the admission does not hold
   */
  private WaitingLine.Admitted admitted(BookingOrder order) {
    long concertId = catalog.concertAsKnown(order.concertId()).id();
    return waitingLine.admit(concertId, caller.email(), order.admission());
  }

  /**
   * Holds and pays in one step with {@link #DEFAULT_CARD}: the original API's booking, confirmed
   * when answered. If the payment fails, the hold is cancelled: nothing stays held.
   *
   * @see #hold for the refusals
   */
  public BookingReply holdAndPay(BookingOrder order, IdempotentRequest key) {
    return metrics.measure(
        "book",
        () -> {
          order.validate(maxPerTier);
          return oncePerKey(
              key,
              resumed -> {
                BookingSummary held;
                if (resumed != null) {
                  held = visible(resumed);
                } else {
                  WaitingLine.Admitted admitted = admitted(order);
                  held = boxOffice.hold(order, caller.email(), key, false);
                  waitingLine.booked(admitted);
                }
                try {
                  return payAndConfirm(held, DEFAULT_CARD, null, key, 201);
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
  public BookingReply pay(UUID id, String card, IdempotentRequest key) {
    return pay(id, card, null, key);
  }

  /**
   * As {@link #pay(UUID, String, IdempotentRequest)}; a booking made without an account may give
   * the address its confirmation mail goes to (an account's booking is mailed to the account).
   *
   * @param email an email address, or null for none
   * @throws dev.ticketing.account.AccountRefusedException if {@code email} is not an email address
   */
  public BookingReply pay(UUID id, String card, String email, IdempotentRequest key) {
    String contact = email == null || email.isBlank() ? null : Accounts.normalise(email);
    return metrics.measure(
        "pay",
        () -> oncePerKey(key, resumed -> payAndConfirm(visible(id), card, contact, key, 200)));
  }

  /**
   * Cancels a held or paid booking: its tickets go back on sale and a payment is refunded.
   * Cancelling it again changes nothing.
   *
   * @throws UnknownBookingException if there is no such booking
   * @throws BookingStateException if its hold has run out (its tickets are back on sale already)
   */
  public BookingReply cancel(UUID id, IdempotentRequest key) {
    return metrics.measure("cancel", () -> cancelOnce(id, key, false));
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

  private BookingReply cancelOnce(UUID id, IdempotentRequest key, boolean forCustomer) {
    return oncePerKey(
        key,
        resumed -> {
          if (!forCustomer) {
            visible(id); // someone else's booking is unknown to this caller: nothing happens
          }
          BookingTransitions.Refund refund =
              retry
                  .once(
                      id,
                      () -> Optional.ofNullable(transitions.cancel(id, key)),
                      () ->
                          find(id)
                              .filter(b -> b.status() == BookingStatus.CANCELLED)
                              .map(b -> Optional.<BookingTransitions.Refund>empty()))
                  .orElse(null);
          if (refund != null) {
            refunds.refund(id, refund);
          }
          return forCustomer ? anyones(id) : visible(id);
        });
  }

  /**
   * @param booking the held booking as last read (or as the hold answered it)
   * @return the booking, confirmed
   */
  private BookingSummary payAndConfirm(
      BookingSummary booking, String card, String contact, IdempotentRequest key, int answer) {
    UUID id = booking.id();
    if (booking.status() != BookingStatus.HELD || !Booking.now().isBefore(booking.expiresAt())) {
      // Refused before the card is even tried: nothing to charge for.
      throw BookingStateException.refusing("paid", id, booking.status(), booking.expiresAt());
    }
    Authorisation authorisation = authorise(booking, card);
    try {
      ledger.authorised(authorisation, id);
    } catch (RuntimeException notRecorded) {
      release(authorisation); // unrecorded, it would be nobody's to settle
      throw notRecorded;
    }
    try {
      retry.once(
          id,
          () -> {
            transitions.confirm(id, authorisation, contact, key, answer);
            return booking;
          },
          () -> transitions.paidWith(id, authorisation) ? Optional.of(booking) : Optional.empty());
    } catch (DatabaseUnavailableException unknown) {
      if (!unknown.possiblyCommitted()) {
        release(authorisation);
      }
      // else the payment may stand: it is kept authorised, and the reconciliation settles it.
      throw unknown;
    } catch (RuntimeException notConfirmed) {
      release(authorisation);
      throw notConfirmed;
    }
    try {
      payments.capture(authorisation);
      ledger.captured(authorisation.id());
    } catch (RuntimeException notCaptured) {
      // The booking is confirmed and paid for: the money is taken by the reconciliation, once.
      LOG.log(
          Level.WARNING,
          "Capture of "
              + authorisation.id()
              + " (booking "
              + id
              + ") not confirmed yet; the"
              + " payment reconciliation takes it",
          notCaptured);
    }
    return booking.confirmed();
  }

  /** Gives an authorisation up; if the provider does not answer, the reconciliation does. */
  private void release(Authorisation authorisation) {
    try {
      payments.release(authorisation);
      ledger.released(authorisation.id());
    } catch (RuntimeException notReleased) {
      LOG.log(
          Level.WARNING,
          "Release of "
              + authorisation.id()
              + " not confirmed yet; the payment reconciliation"
              + " takes it",
          notReleased);
    }
  }

  private Authorisation authorise(BookingSummary booking, String card) {
    try {
      return payments.authorise(card, booking.totalMinor(), booking.currency(), booking.id());
    } catch (PaymentDeclinedException declined) {
      throw PaymentRefusedException.declined(declined, booking.expiresAt());
    } catch (InvalidCardException invalid) {
      throw PaymentRefusedException.invalid(invalid);
    } catch (PaymentTimeoutException timeout) {
      throw PaymentRefusedException.timedOut(timeout, booking.expiresAt());
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
  private BookingReply oncePerKey(IdempotentRequest key, Function<UUID, BookingSummary> work) {
    if (key == null) {
      return new BookingReply(work.apply(null), false);
    }
    IdempotencyKeys.Claim claim = keys.begin(key);
    if (claim.kind() == IdempotencyKeys.Claim.Kind.REPLAY) {
      return new BookingReply(visible(claim.bookingId()), true);
    }
    try {
      return new BookingReply(work.apply(claim.bookingId()), false);
    } catch (RuntimeException e) {
      try {
        keys.release(key);
      } catch (RuntimeException databaseStillDown) {
        e.addSuppressed(databaseStillDown); // the key's lease runs out by itself
      }
      throw e;
    }
  }

  /** The booking, if the caller may see it ({@link #find}). */
  private BookingSummary visible(UUID id) {
    return find(id).orElseThrow(() -> new UnknownBookingException(id));
  }

  /** The booking, whoever made it. */
  private BookingSummary anyones(UUID id) {
    return reader.findAll(List.of(id)).stream()
        .findFirst()
        .orElseThrow(() -> new UnknownBookingException(id));
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
