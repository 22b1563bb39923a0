package dev.ticketing.waitlist;

/**
 * A committed waiting-list offer, as each instance hears it ({@code NOTIFY} on the waiting list's
 * channel, fired by {@link WaitlistAssigner} on its listening thread): the instance serving the
 * owner's open screen tells it, whichever instance made the offer. Not heard while the listening
 * connection is down: the owner still has the offer's mail and My bookings.
 */
public record WaitlistOfferHeard(WaitlistOffered offer) {}
