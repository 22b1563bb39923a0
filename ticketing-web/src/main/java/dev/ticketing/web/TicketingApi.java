package dev.ticketing.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The JSON API, under {@code /api}. Resources and providers are discovered. */
@ApplicationPath("/api")
public class TicketingApi extends Application {}
