package org.portailfamille.planning.application.port.in;

import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.UUID;

/**
 * The planning grid of a child of the family for a month (ADR 0014): one row per activity the child is enrolled in
 * during the month, one cell per day, each with its status, the actions possible now and the deadline.
 *
 * <p>A cell's status is the first that applies, in this order:
 * <ol>
 *     <li>a register line (attendance) of the day: a presence on a public holiday, a closed day or a weekday the
 *     activity does not run is {@link CellStatus#ERROR "Erreur"}; present on a booked or regular day is
 *     {@link CellStatus#PRESENT_ON_BOOKING "Présent sur réservation"}; present without booking is
 *     {@link CellStatus#OUT_OF_CONTRACT "Heure hors contrat"} when the child's enrolment has a regular schedule,
 *     {@link CellStatus#PRESENT "Présent"} otherwise; absent excused or billed as for the absence below, or
 *     {@link CellStatus#ABSENT_BILLED "Absent facturé"} / {@link CellStatus#ABSENT_EXCUSED "Absent excusé"};</li>
 *     <li>a declared absence: pending is {@link CellStatus#ABSENCE_PENDING "Absence en cours de traitement"};
 *     billed is "Absent facturé"; excused is {@link CellStatus#LEAVE "Congé"} when its reason is not medical and
 *     it was declared before the day's cancellation deadline (booking deadline when cancelling is not allowed),
 *     "Absent excusé" otherwise (medical, or declared late);</li>
 *     <li>an active booking on a public holiday or a closed day (closing a day cancels them): "Erreur";</li>
 *     <li>a public holiday: {@link CellStatus#PUBLIC_HOLIDAY "Jour férié"}; a closure of the facility or the
 *     activity: {@link CellStatus#CLOSED "Fermeture"};</li>
 *     <li>an active booking: awaiting staff validation is {@link CellStatus#BOOKING_PENDING "Réservation en cours
 *     de traitement"}; a regular day is {@link CellStatus#REGULAR "Régulier"}; otherwise
 *     {@link CellStatus#BOOKED "Réservé"};</li>
 *     <li>on the day's waiting list, or offered a freed place: {@link CellStatus#WAITING "Demande en
 *     attente"};</li>
 *     <li>a refused booking (the latest of the day): {@link CellStatus#BOOKING_REFUSED "Réservation
 *     refusée"};</li>
 *     <li>a day of school holidays of the municipality's zone: {@link CellStatus#SHORT_HOLIDAY "Petites vacances"}
 *     or {@link CellStatus#SUMMER_HOLIDAY "Grandes vacances"};</li>
 *     <li>{@link CellStatus#NOT_RUNNING} on a weekday the activity does not run, {@link CellStatus#EMPTY}
 *     otherwise.</li>
 * </ol>
 *
 * <p>Actions, on a day of an enrolment the activity runs and that is neither a public holiday nor closed nor
 * recorded at the register: on an active booking, "Annuler" until the cancellation deadline (never when the
 * activity does not allow it) and, on a confirmed one without an absence, "Déclarer une absence" until 7 days after
 * the day (a medical certificate often comes later); on a day not booked, until the booking deadline, "Accepter la
 * place proposée" when a place is offered, nothing more when the child already waits, "Rejoindre la liste
 * d'attente" when the day is full, "Demande de réservation" otherwise. Otherwise the cell says why not.
 */
public interface ViewChildPlanningUseCase {

    /** Empty when the child is not one of the family's children (unknown, or another family's). */
    Optional<ChildPlanning> childPlanning(FamilyId familyId, ChildId childId, YearMonth month);

    /**
     * The grid of one day and one activity (the day page, an action on a day): the same cell as the month's, without
     * computing the month. Empty when the child is not the family's; no row when the child is not enrolled then.
     */
    Optional<ChildPlanning> childPlanningDay(FamilyId familyId, ChildId childId, UUID activityId, LocalDate day);
}
