package dev.ticketing.web.admin;

import dev.ticketing.account.Roles;
import dev.ticketing.mail.MailOutbox;
import dev.ticketing.mail.MailSender;
import dev.ticketing.web.TicketingApi;
import dev.ticketing.web.http.Limits;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The mails (confirmations and waiting lists' offers), for organisers: what went and what waits
 * (without an SMTP server configured, every mail waits here).
 */
@Path("admin/mail-outbox")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ORGANISER)
@SecurityRequirement(name = TicketingApi.BEARER)
@Tag(name = "Organisers")
public class MailOutboxResource {
  @Inject private MailOutbox outbox;

  @Inject private MailSender sender;

  @GET
  @Operation(
      summary = "The mails: confirmations and waiting-list offers",
      description =
          "The newest first, sent or waiting, with their kind and text. Without"
              + " `ticketing.mail.smtp-host` none is sent: they wait here.",
      operationId = "adminListOutboxMails")
  @APIResponse(
      responseCode = "200",
      description = "The mails",
      content = @Content(schema = @Schema(ref = "OutboxMailList")))
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  public List<OutboxMailView> newest(
      @Parameter(description = "At most this many, 1 to 200", example = "50")
          @QueryParam("limit")
          @DefaultValue("50")
          int limit) {
    return outbox.newest(Limits.within(limit, 200)).stream()
        .map(kept -> OutboxMailView.of(kept, sender.compose(kept.kind(), kept.bookingId())))
        .toList();
  }
}
