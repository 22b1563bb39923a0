package dev.ticketing.web.auth;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A bearer token for the API. */
@JsonbPropertyOrder({"token", "tokenType", "expiresAt", "email", "roles"})
@Schema(name = "TokenView", description = "A bearer token: send it as `Authorization: Bearer …`")
public record TokenView(
    @Schema(description = "The token (a signed JWT)") String token,
    @Schema(description = "Always `Bearer`", example = "Bearer") String tokenType,
    @Schema(description = "When it stops being accepted", example = "2027-06-19T21:00:00Z")
        Instant expiresAt,
    @Schema(description = "Whose it is", example = "ada@example.com") String email,
    @Schema(description = "What it may do: `customer`, `organiser`") List<String> roles) {}
