package dev.ticketing.web.problem;

import dev.ticketing.booking.refusal.AdmissionRequiredException;
import dev.ticketing.booking.refusal.BookingRejectedException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * A refused booking, in the status and words the client needs: one line per {@link
 * BookingRejectedException.Reason}, with the facts the refusal carries as extension members.
 */
@Provider
public class BookingRejectedMapper implements ExceptionMapper<BookingRejectedException> {
  @Context private UriInfo uriInfo;

  @Override
  public Response toResponse(BookingRejectedException e) {
    String detail = e.getMessage();
    Problem problem =
        switch (e.reason()) {
          case NOT_ENOUGH_TICKETS ->
              Problem.of(Status.CONFLICT, "not-enough-tickets", "Not enough tickets", detail);
          case UNKNOWN_TIER ->
              Problem.of(Status.NOT_FOUND, "unknown-tier", "Unknown ticket tier", detail);
          case INVALID_QUANTITY ->
              Problem.of(Status.BAD_REQUEST, "invalid-quantity", "Invalid quantity", detail);
          case INVALID_ORDER ->
              Problem.of(Status.BAD_REQUEST, "invalid-request", "Invalid request", detail);
          case UNKNOWN_BOOKING ->
              Problem.of(Status.NOT_FOUND, "unknown-booking", "Unknown booking", detail);
          case HOLD_EXPIRED -> Problem.of(Status.CONFLICT, "hold-expired", "Hold expired", detail);
          case ALREADY_PAID -> Problem.of(Status.CONFLICT, "already-paid", "Already paid", detail);
          case BOOKING_CANCELLED ->
              Problem.of(Status.CONFLICT, "booking-cancelled", "Booking cancelled", detail);
          case PAYMENT_DECLINED ->
              Problem.of(Status.PAYMENT_REQUIRED, "payment-declined", "Payment declined", detail);
          case INVALID_CARD ->
              Problem.of(Status.BAD_REQUEST, "invalid-card", "Invalid card number", detail);
          case PAYMENT_TIMEOUT ->
              Problem.of(
                  Status.GATEWAY_TIMEOUT,
                  "payment-provider-timeout",
                  "Payment provider did not answer",
                  detail);
          case IDEMPOTENCY_KEY_REUSED ->
              Problem.of(422, "idempotency-key-reused", "Idempotency key reused", detail);
          case IDEMPOTENCY_KEY_IN_USE ->
              Problem.of(
                  Status.CONFLICT, "idempotency-key-in-use", "Request still in progress", detail);
          case SALE_NOT_OPEN ->
              Problem.of(Status.CONFLICT, "sale-not-open", "Sale not open yet", detail);
          case SALE_CLOSED -> Problem.of(Status.CONFLICT, "sale-closed", "Sale closed", detail);
          case PURCHASE_LIMIT ->
              Problem.of(Status.CONFLICT, "purchase-limit", "Purchase limit reached", detail);
          case ACCOUNT_REQUIRED ->
              Problem.of(Status.UNAUTHORIZED, "account-required", "Account required", detail);
          case ADMISSION_REQUIRED ->
              Problem.of(Status.FORBIDDEN, "admission-required", "Admission required", detail);
        };
    e.facts().forEach(problem::with);
    if (e instanceof AdmissionRequiredException admission) {
      problem.with(
          "queue",
          uriInfo
              .getBaseUriBuilder()
              .path("concerts/{id}/queue")
              .build(admission.concertId())
              .toString());
    }
    if (e.field() != null) {
      problem.withErrors(List.of(new Problem.FieldError(e.field(), detail)));
    }
    Response response = problem.toResponse(uriInfo);
    return switch (e.reason()) {
      case IDEMPOTENCY_KEY_IN_USE, PAYMENT_TIMEOUT ->
          Response.fromResponse(response).header("Retry-After", "1").build();
      case ACCOUNT_REQUIRED -> Problem.challenge(response);
      default -> response;
    };
  }
}
