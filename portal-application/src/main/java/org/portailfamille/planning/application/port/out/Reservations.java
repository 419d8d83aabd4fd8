package org.portailfamille.planning.application.port.out;

import org.portailfamille.planning.ActivityId;
import org.portailfamille.planning.domain.Reservation;
import org.portailfamille.shared.ChildId;

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

    /** The active reservations of {@code activity} from {@code firstDay} to {@code lastDay}, both included. */
    List<Reservation> activeBetween(ActivityId activity, LocalDate firstDay, LocalDate lastDay);
}
