package dev.ticketing.web.queue;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/concerts/{id}/queue} (optional). */
@Schema(name = "JoinRequest", description = "Joining a waiting room, perhaps again")
public class JoinRequest {
  @Schema(
      description = "The ticket of a place taken before (a reload): answered with the same place")
  @Size(max = 200)
  public String ticket;
}
