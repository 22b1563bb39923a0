package dev.ticketing.web.admin;

import dev.ticketing.account.Accounts;
import dev.ticketing.account.Roles;
import dev.ticketing.web.TicketingApi;
import dev.ticketing.web.auth.AccountView;
import dev.ticketing.web.auth.Credentials;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Door accounts, made by organisers: they may check tickets in and nothing else. */
@Path("admin/door-accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ORGANISER)
@SecurityRequirement(name = TicketingApi.BEARER)
@Tag(name = "Organisers")
public class DoorAccountResource {
  @Inject private Accounts accounts;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Create a door account",
      description =
          "An account for the people at the door: it may check tickets in (`/door`, `POST"
              + " /api/checkin`) and nothing else. 409 `email-taken` if the email has an account.",
      operationId = "adminCreateDoorAccount")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(schema = @Schema(ref = "AccountView")))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "409", ref = "Conflict")
  public Response create(@Valid @NotNull Credentials body) {
    String email = accounts.createDoorAccount(body.email, body.password);
    return Response.status(Response.Status.CREATED)
        .entity(new AccountView(email, List.of(Roles.DOOR)))
        .build();
  }

  @GET
  @Operation(
      summary = "Every door account",
      description = "Their emails, in order.",
      operationId = "adminListDoorAccounts")
  @APIResponse(
      responseCode = "200",
      description = "The door accounts",
      content = @Content(schema = @Schema(ref = "AccountViewList")))
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  public List<AccountView> list() {
    return accounts.doorAccounts().stream()
        .map(email -> new AccountView(email, List.of(Roles.DOOR)))
        .toList();
  }
}
