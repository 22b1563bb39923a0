package dev.ticketing.web.auth;

import dev.ticketing.account.Accounts;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/auth/token} and {@code POST /api/auth/register}. */
@Schema(name = "Credentials", description = "An account's email and password")
public class Credentials {
  @Schema(description = "The account's email", example = "ada@example.com")
  @NotNull
  @Size(min = 3, max = Accounts.MAX_EMAIL_LENGTH)
  public String email;

  @Schema(
      description = "The password: 10 to 128 characters when registering",
      example = "correct horse battery")
  @NotNull
  @Size(min = 1, max = Accounts.MAX_PASSWORD_LENGTH)
  public String password;
}
