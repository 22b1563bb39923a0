package dev.ticketing.web.http;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Cross-origin access for browsers on the origins listed in {@code ticketing.http.cors-origins}
 * (e.g. the original React frontend on another port); off when the list is empty. Preflight {@code
 * OPTIONS} requests are answered by JAX-RS and get the same headers.
 */
@Provider
public class Cors implements ContainerResponseFilter {

  @Inject
  @ConfigProperty(name = "ticketing.http.cors-origins")
  Optional<String> origins;

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    String origin = request.getHeaderString("Origin");
    if (origin == null || !allowed().contains(origin)) {
      return;
    }
    var headers = response.getHeaders();
    headers.putSingle("Access-Control-Allow-Origin", origin);
    headers.add("Vary", "Origin");
    headers.putSingle("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
    headers.putSingle("Access-Control-Allow-Headers", "Content-Type, Accept");
    headers.putSingle("Access-Control-Expose-Headers", "Location");
    headers.putSingle("Access-Control-Max-Age", "600");
  }

  private List<String> allowed() {
    return origins
        .map(list -> Arrays.stream(list.split(",")).map(String::trim).toList())
        .orElse(List.of());
  }
}
