package dev.ticketing.eticket;

/**
 * A ticket of a confirmed booking, as its holder carries it to the door.
 *
 * @param ticketId the e-ticket's id (a new one each time a ticket is sold again)
 * @param tier the tier's code ({@code VIP})
 * @param tierName the tier's name as people say it
 * @param code the signed code ({@link TicketCode}), what the QR code holds
 */
public record IssuedTicket(long ticketId, String tier, String tierName, String code) {}
