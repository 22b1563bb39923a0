package dev.ticketing.web.catalog;

import dev.ticketing.catalog.Catalog;
import dev.ticketing.catalog.ConcertAvailability;
import dev.ticketing.catalog.UnknownConcertException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What is on sale: concerts, tiers, prices and what is left. */
@Path("/")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalogue")
public class CatalogResource {

  static final String TIERS_EXAMPLE =
      "[{\"id\":1,\"name\":\"VIP\",\"displayName\":\"VIP\",\"price\":10000,"
          + "\"currency\":\"USD\",\"quantityAvailable\":100,\"capacity\":100,\"soldOut\":false},"
          + "{\"id\":2,\"name\":\"FRONT_ROW\",\"displayName\":\"Front Row\",\"price\":5000,"
          + "\"currency\":\"USD\",\"quantityAvailable\":200,\"capacity\":200,\"soldOut\":false},"
          + "{\"id\":3,\"name\":\"GA\",\"displayName\":\"General Admission\",\"price\":1000,"
          + "\"currency\":\"USD\",\"quantityAvailable\":500,\"capacity\":500,\"soldOut\":false}]";

  @Inject private Catalog catalog;

  /** The default concert's tiers (the original API). */
  @GET
  @Path("tickets")
  @Operation(
      summary = "Tiers of the default concert",
      description =
          "Every tier of the default concert with its price and how many tickets are left, in"
              + " display order. The shape of the original API: `name` is the code to book with."
              + " 404: no concert is on sale.",
      operationId = "listDefaultConcertTiers")
  @APIResponse(
      responseCode = "200",
      description = "The tiers",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "TierList"),
              examples = @ExampleObject(name = "default concert", value = TIERS_EXAMPLE)))
  @APIResponse(responseCode = "404", ref = "NotFound")
  public List<TierView> tickets() {
    return TierView.of(catalog.defaultConcert());
  }

  @GET
  @Path("concerts")
  @Operation(
      summary = "All concerts",
      description =
          "Every published concert by start time, each with its tiers and what is left, and"
              + " whether its sale is open.",
      operationId = "listConcerts")
  @APIResponse(
      responseCode = "200",
      description = "The concerts",
      content = @Content(schema = @Schema(ref = "ConcertList")))
  public List<ConcertView> concerts() {
    return catalog.concerts().stream()
        .filter(concert -> concert.sale().published())
        .map(ConcertView::of)
        .toList();
  }

  @GET
  @Path("concerts/{id}")
  @Operation(
      summary = "One concert",
      description = "A concert with its tiers and what is left.",
      operationId = "getConcert")
  @APIResponse(
      responseCode = "200",
      description = "The concert",
      content = @Content(schema = @Schema(ref = "ConcertView")))
  @APIResponse(responseCode = "404", ref = "NotFound")
  public ConcertView concert(@Parameter(ref = "ConcertId") @PathParam("id") long id) {
    ConcertAvailability concert = catalog.concert(id);
    if (!concert.sale().published()) {
      throw new UnknownConcertException(id); // the public does not see it
    }
    return ConcertView.of(concert);
  }
}
