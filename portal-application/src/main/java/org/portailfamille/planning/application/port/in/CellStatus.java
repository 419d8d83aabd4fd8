package org.portailfamille.planning.application.port.in;

import java.util.List;

/**
 * What a cell of the planning grid shows: one status of the guide's legend for a day of an activity, or nothing
 * ({@link #EMPTY}, {@link #NOT_RUNNING}). How each is computed is told by {@link ViewChildPlanningUseCase}.
 */
public enum CellStatus {
    /** "Réservé": a day the family booked (or a place offer accepted, or staff booked), confirmed. */
    BOOKED,
    /** "Présent": the child came without any booking (and has no regular schedule in this activity). */
    PRESENT,
    /** "Présent sur réservation": the child came on a booked or regular day. */
    PRESENT_ON_BOOKING,
    /** "Erreur": an inconsistent record, such as a presence or an active booking on a closed day. */
    ERROR,
    /** "Congé": an absence for a non-medical reason, declared before the cancellation deadline and excused. */
    LEAVE,
    /** "Heure hors contrat": present without booking although the child has a regular schedule here. */
    OUT_OF_CONTRACT,
    /** "Régulier": a day of the child's regular schedule (booked without a request). */
    REGULAR,
    /** "Fermeture": the facility or the activity is closed that day. */
    CLOSED,
    /** "Absent facturé": absent without a valid reason, billed. */
    ABSENT_BILLED,
    /** "Demande en attente": the child waits on the day's waiting list, or a place is offered to it. */
    WAITING,
    /** "Absent excusé": an absence ruled excused (medical, or declared too late for a "Congé"). */
    ABSENT_EXCUSED,
    /** "Réservation en cours de traitement": a booking awaiting staff validation. */
    BOOKING_PENDING,
    /** "Réservation refusée": staff refused the booking (and the day is not booked again). */
    BOOKING_REFUSED,
    /** "Absence en cours de traitement": an absence declared, awaiting the staff ruling. */
    ABSENCE_PENDING,
    /** "Petites vacances": a day of short school holidays with nothing else to show. */
    SHORT_HOLIDAY,
    /** "Grandes vacances": a day of the summer holidays with nothing else to show. */
    SUMMER_HOLIDAY,
    /** "Jour férié": a French public holiday. */
    PUBLIC_HOLIDAY,
    /** "Non proposé": a weekday of the activity outside its season (ADR 0030); nothing can be booked. */
    NOT_OFFERED,
    /** Nothing recorded: a day the activity runs. */
    EMPTY,
    /** The activity does not run on that weekday. */
    NOT_RUNNING;

    /** The statuses of the guide's legend, in its order. */
    public static List<CellStatus> legend() {
        return List.of(BOOKED, PRESENT, PRESENT_ON_BOOKING, ERROR, LEAVE, OUT_OF_CONTRACT, REGULAR, CLOSED,
                ABSENT_BILLED, WAITING, ABSENT_EXCUSED, BOOKING_PENDING, BOOKING_REFUSED, ABSENCE_PENDING,
                SHORT_HOLIDAY, SUMMER_HOLIDAY, PUBLIC_HOLIDAY, NOT_OFFERED);
    }
}
