package org.portailfamille.planning.application.port.out;

import org.portailfamille.planning.ActivityId;
import org.portailfamille.planning.domain.Reservation;
import org.portailfamille.planning.domain.ReservationStatus;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Where reservations are kept. The database keeps at most one active reservation per child, activity and day:
 * {@link #addIfAbsent} of a second one does nothing (a concurrent one waits for the first to commit).
 */
public interface Reservations {

    /** The active (not cancelled) reservation of {@code child} on {@code day} of {@code activity}. */
    Optional<Reservation> activeOf(ChildId child, ActivityId activity, LocalDate day);

    /** Adds {@code reservation}; false, and nothing added, when the child already has an active one that day. */
    boolean addIfAbsent(Reservation reservation);

    /** Removes a reservation added in this transaction whose place could not be taken. */
    void withdraw(UUID reservationId);

    /** Cancels an active reservation; false when it was no longer active (cancelled meanwhile). */
    boolean cancel(UUID reservationId, Instant at);

    /** A reservation by id, whatever its status. */
    Optional<Reservation> byId(UUID reservationId);

    /**
     * The child's reservations whose day lies in {@code from}–{@code to} (both included), every status, so that the
     * planning shows refused and the latest state of each day; oldest first.
     */
    List<Reservation> ofChild(ChildId child, LocalDate from, LocalDate to);

    /** The family's reservations with {@code status}, day order (e.g. those awaiting validation). */
    List<Reservation> ofFamily(FamilyId family, ReservationStatus status);

    /** The active reservations of a day of an activity (the expected children of the register). */
    List<Reservation> activeOn(ActivityId activity, LocalDate day);

    /** Every reservation with {@code status}, oldest day first (staff queue of reservations awaiting validation). */
    List<Reservation> withStatus(ReservationStatus status);

    /**
     * Moves a reservation from {@code from} to {@code to} if it is still {@code from} (a staff decision taken once
     * even when two agents decide at the same moment); false when it was not.
     */
    boolean changeStatus(UUID reservationId, ReservationStatus from, ReservationStatus to, Instant at);

    /** The active reservations of {@code activity} from {@code firstDay} to {@code lastDay}, both included. */
    List<Reservation> activeBetween(ActivityId activity, LocalDate firstDay, LocalDate lastDay);
}
