package org.portailfamille.messaging.application.port.in;

/**
 * The kinds of event a family adult may be told about by e-mail and/or SMS (the portal message is always there).
 */
public enum NoticeKind {
    /** A request (Mon compte, Mes enfants, booking, absence) was accepted or refused. */
    REQUEST_DECIDED,
    /** A place freed on a waiting list is offered to a child. */
    PLACE_OFFERED,
    /** Tomorrow is the booking deadline of a regular day not booked yet. */
    BOOKING_DEADLINE_TOMORROW,
    /** A new invoice was issued. */
    NEW_INVOICE,
    /** A new message from the staff (a reply, a message to the family, a broadcast, a closure). */
    NEW_MESSAGE
}
