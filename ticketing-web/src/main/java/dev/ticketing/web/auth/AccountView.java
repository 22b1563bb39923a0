package dev.ticketing.web.auth;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An account: who is logged in, or who was just registered. */
@JsonbPropertyOrder({"email", "roles"})
@Schema(name = "AccountView", description = "An account and its roles")
public record AccountView(
    @Schema(description = "The account's email", example = "ada@example.com") String email,
    @Schema(description = "Its roles: `customer`, `organiser`, `door`") List<String> roles) {}
