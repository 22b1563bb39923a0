package dev.ticketing.web.booking;

import dev.ticketing.catalog.Catalog;
import dev.ticketing.catalog.Concert;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** What is on sale: concerts, tiers, prices and what is left. */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CatalogResource {

  @Inject private Catalog catalog;

  /** The default concert's tiers (the original API). */
  @GET
  @Path("tickets")
  public List<TierView> tickets() {
    return tiers(catalog.defaultConcert());
  }

  @GET
  @Path("concerts")
  public List<ConcertView> concerts() {
    return catalog.concerts().stream()
        .map(concert -> ConcertView.of(concert, tiers(concert)))
        .toList();
  }

  @GET
  @Path("concerts/{id}")
  public ConcertView concert(@PathParam("id") long id) {
    Concert concert = catalog.concert(id);
    return ConcertView.of(concert, tiers(concert));
  }

  private List<TierView> tiers(Concert concert) {
    return catalog.availability(concert).stream().map(TierView::of).toList();
  }
}
