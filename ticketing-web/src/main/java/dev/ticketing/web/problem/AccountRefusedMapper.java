package dev.ticketing.web.problem;

import dev.ticketing.account.AccountRefusedException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** An account that could not be created: a 400 naming the field, or a 409 if the email is taken. */
@Provider
public class AccountRefusedMapper implements ExceptionMapper<AccountRefusedException> {
  @Context private UriInfo uriInfo;

  @Override
  public Response toResponse(AccountRefusedException e) {
    Problem problem =
        e.reason() == AccountRefusedException.Reason.EMAIL_TAKEN
            ? Problem.of(Status.CONFLICT, "email-taken", "Email taken", e.getMessage())
            : Problem.of(Status.BAD_REQUEST, "invalid-request", "Invalid request", e.getMessage());
    return problem
        .withErrors(List.of(new Problem.FieldError(e.field(), e.getMessage())))
        .toResponse(uriInfo);
  }
}
