package dev.ticketing.web.auth;

import dev.ticketing.account.Accounts;
import dev.ticketing.account.Roles;
import dev.ticketing.web.TicketingApi;
import dev.ticketing.web.http.ClientAddress;
import dev.ticketing.web.problem.Problem;
import dev.ticketing.web.security.Authentication;
import dev.ticketing.web.security.SigningKeyRing;
import dev.ticketing.web.security.Tokens;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Accounts: register as a customer, get a bearer token, see who is logged in. */
@Path("auth")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts")
public class AuthResource {
  @Inject private Accounts accounts;

  @Inject private Tokens tokens;

  @Inject private Authentication authentication;

  @Inject private SigningKeyRing signingKeys;

  @Context private HttpServletRequest request;

  @Context private UriInfo uriInfo;

  @POST
  @Path("register")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Register as a customer",
      description =
          "Creates a customer account. Then get a token at `POST /api/auth/token`. Bookings made"
              + " with that token are the customer's only. 400: not an email address, or a password"
              + " shorter than 10 characters. 409: an account with this email exists. 429 with"
              + " `Retry-After`: too many accounts were created from the client's address lately.",
      operationId = "registerCustomer")
  @APIResponse(
      responseCode = "201",
      description = "Registered",
      content = @Content(schema = @Schema(ref = "AccountView")))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "429", ref = "TooManyRequests")
  public Response register(@Valid @NotNull Credentials credentials) {
    String email =
        accounts.register(credentials.email, credentials.password, ClientAddress.of(request));
    return Response.created(uriInfo.getBaseUriBuilder().path("auth/me").build())
        .entity(new AccountView(email, List.of(Roles.CUSTOMER)))
        .build();
  }

  @POST
  @Path("token")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Get a bearer token",
      description =
          "Checks the email and password and answers a token (a JWT signed RS256) to send as"
              + " `Authorization: Bearer <token>`. Failed attempts are limited per account and per"
              + " client address; beyond the limit the answer is `429` with `Retry-After`. 401:"
              + " wrong email or password.",
      operationId = "issueToken")
  @APIResponse(
      responseCode = "200",
      description = "The token",
      content = @Content(schema = @Schema(ref = "TokenView")))
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "429", ref = "TooManyRequests")
  public Response token(@Valid @NotNull Credentials credentials) {
    CredentialValidationResult result =
        authentication.check(
            new UsernamePasswordCredential(credentials.email, credentials.password), request);
    if (request.getAttribute(Authentication.REFUSED_FOR) instanceof Duration wait) {
      long seconds = Math.max(1, wait.toSeconds());
      return Response.fromResponse(
              Problem.of(
                      429,
                      "too-many-login-attempts",
                      "Too many failed logins",
                      "Too many failed logins for this account or from this address: try again in "
                          + seconds
                          + " s")
                  .toResponse(uriInfo))
          .header("Retry-After", seconds)
          .build();
    }
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      return Problem.challenge(
          Problem.of(
                  Response.Status.UNAUTHORIZED,
                  "invalid-credentials",
                  "Wrong email or password",
                  "No account has this email and password")
              .toResponse(uriInfo));
    }
    String email = result.getCallerPrincipal().getName();
    Set<String> groups = result.getCallerGroups();
    Tokens.Issued issued = tokens.issue(email, groups);
    return Response.ok(
            new TokenView(
                issued.token(),
                "Bearer",
                issued.expiresAt(),
                email,
                groups.stream().sorted().toList()))
        .header("Cache-Control", "no-store")
        .build();
  }

  @GET
  @Path("jwks")
  @Operation(
      summary = "The keys that verify tokens",
      description =
          "The public keys that verify the bearer tokens now, as a JSON Web Key Set (RFC 7517), for"
              + " other services to check tokens the MicroProfile JWT way"
              + " (`mp.jwt.verify.publickey.location` set to this address, `mp.jwt.verify.issuer`"
              + " to `ticketing`). A token names its key in its `kid` header. Keys rotate: a new key"
              + " appears here when it starts signing (fetch again when a `kid` is unknown), an old"
              + " one stays until the last token it signed has expired.",
      operationId = "getTokenKeys")
  @APIResponse(
      responseCode = "200",
      description = "The key set",
      content = @Content(schema = @Schema(ref = "JwkSetView")))
  public Response jwks() {
    return Response.ok(JwkSetView.of(signingKeys.published()))
        .header("Cache-Control", "public, max-age=60")
        .build();
  }

  @GET
  @Path("me")
  @RolesAllowed({Roles.CUSTOMER, Roles.ORGANISER, Roles.DOOR})
  @SecurityRequirement(name = TicketingApi.BEARER)
  @Operation(
      summary = "Who is logged in",
      description = "The account the token belongs to.",
      operationId = "getCurrentAccount")
  @APIResponse(
      responseCode = "200",
      description = "The account",
      content = @Content(schema = @Schema(ref = "AccountView")))
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  public AccountView me(@Context SecurityContext security) {
    List<String> roles =
        List.of(Roles.CUSTOMER, Roles.ORGANISER, Roles.DOOR).stream()
            .filter(security::isUserInRole)
            .toList();
    return new AccountView(security.getUserPrincipal().getName(), roles);
  }
}
