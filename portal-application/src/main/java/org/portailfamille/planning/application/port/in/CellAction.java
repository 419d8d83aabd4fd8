package org.portailfamille.planning.application.port.in;

/** What the family may do now on a day of an activity, from the planning grid. */
public enum CellAction {
    /** "Demande de réservation". */
    BOOK,
    /** "Annuler" the booking, before the cancellation deadline. */
    CANCEL,
    /** "Déclarer une absence" on a booked day (the absence pages of the requests workflow). */
    DECLARE_ABSENCE,
    /** "Rejoindre la liste d'attente" of a full day. */
    JOIN_WAITING_LIST,
    /** "Accepter la place proposée": a place offered from the waiting list. */
    ACCEPT_OFFER,
    /** Take the child off the day's waiting list (it will not be offered a place freed that day). */
    LEAVE_WAITING_LIST
}
