package org.portailfamille.planning.domain;

/**
 * The one status a day of an activity shows a family, decided by {@link GridStatusPolicy} (ADR 0014): the
 * seventeen statuses of the guide's legend, plus nothing to show on a day the activity runs ({@link #EMPTY}) or does
 * not run ({@link #NOT_RUNNING}).
 */
public enum DayStatus {
    /** Réservé. */
    BOOKED,
    /** Présent. */
    PRESENT,
    /** Présent sur réservation. */
    PRESENT_ON_BOOKING,
    /** Erreur. */
    ERROR,
    /** Congé. */
    LEAVE,
    /** Heure hors contrat. */
    OUT_OF_CONTRACT,
    /** Régulier. */
    REGULAR,
    /** Fermeture. */
    CLOSED,
    /** Absent facturé. */
    ABSENT_BILLED,
    /** Demande en attente. */
    WAITING,
    /** Absent excusé. */
    ABSENT_EXCUSED,
    /** Réservation en cours de traitement. */
    BOOKING_PENDING,
    /** Réservation refusée. */
    BOOKING_REFUSED,
    /** Absence en cours de traitement. */
    ABSENCE_PENDING,
    /** Petites vacances. */
    SHORT_HOLIDAY,
    /** Grandes vacances. */
    SUMMER_HOLIDAY,
    /** Jour férié. */
    PUBLIC_HOLIDAY,
    /** A weekday of the activity outside its season (ADR 0030): not offered, nothing to book. */
    NOT_OFFERED,
    EMPTY,
    NOT_RUNNING
}
