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
 * {@link #addIfAbsent} of a second one does nothing (a concurrent one waits for the first to commit). Status changes
 * are the reservation's own moves ({@link org.portailfamille.planning.domain.ReservationTransition}), each a
 * conditional update that happens only while the reservation is still in a status the move starts from.
 */
public interface Reservations {

    /** The active (not cancelled) reservation of {@code child} on {@code day} of {@code activity}. */
    Optional<Reservation> activeOf(ChildId child, ActivityId activity, LocalDate day);

    /** Adds {@code reservation}; false, and nothing added, when the child already has an active one that day. */
    boolean addIfAbsent(Reservation reservation);

    /** Removes a reservation added in this transaction whose place could not be taken. */
    void withdraw(UUID reservationId);

    /**
     * Cancels a reservation ({@link Reservation#cancel()}) if it is still active; false when it was not (cancelled
     * meanwhile), and nothing changed.
     */
    boolean cancel(UUID reservationId, Instant at);

    /**
     * Confirms a booking ({@link Reservation#confirm()}) if it still awaits validation (a staff decision taken once
     * even when two agents decide at the same moment); false when it did not, and nothing changed.
     */
    boolean confirm(UUID reservationId, Instant at);

    /**
     * Refuses a booking ({@link Reservation#refuse()}) if it still awaits validation; false when it did not, and
     * nothing changed.
     */
    boolean refuse(UUID reservationId, Instant at);

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

    /** The active reservations of a day of each of these activities, in one read (a facility's registers). */
    default List<Reservation> activeOn(java.util.Collection<ActivityId> activities, LocalDate day) {
        return activities.stream().distinct().flatMap(activity -> activeOn(activity, day).stream()).toList();
    }

    /** Every reservation with {@code status}, oldest day first (staff queue of reservations awaiting validation). */
    List<Reservation> withStatus(ReservationStatus status);

    /** The active reservations of {@code activity} from {@code firstDay} to {@code lastDay}, both included. */
    List<Reservation> activeBetween(ActivityId activity, LocalDate firstDay, LocalDate lastDay);
}
