package org.portailfamille.planning.domain;

import org.portailfamille.planning.ActivityId;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A child booked on one day of an activity. A child has at most one active reservation per activity and day.
 *
 * @param id        identity
 * @param child     the child, by id
 * @param family    the child's family, by id
 * @param activity  the activity
 * @param day       the day booked
 * @param status    confirmed, awaiting staff validation, cancelled or refused
 * @param origin    asked by the family, a regular day, a place offer accepted, or booked by staff
 * @param createdAt when the family booked
 * @param late      booked after the families' booking deadline of the day (only staff can: a late booking, which
 *                  billing may surcharge)
 */
public record Reservation(UUID id, ChildId child, FamilyId family, ActivityId activity, LocalDate day,
                          ReservationStatus status, ReservationOrigin origin, Instant createdAt, boolean late) {

    public Reservation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(child, "child");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(createdAt, "createdAt");
        if (late && origin != ReservationOrigin.STAFF) {
            throw new IllegalArgumentException("Only staff book after the deadline");
        }
    }

    /** A reservation made within the deadline. */
    public Reservation(UUID id, ChildId child, FamilyId family, ActivityId activity, LocalDate day,
                       ReservationStatus status, ReservationOrigin origin, Instant createdAt) {
        this(id, child, family, activity, day, status, origin, createdAt, false);
    }

    /** A new booking of {@code day} for an enrolled child, with the status the activity's booking mode gives. */
    public static Reservation book(Enrolment enrolment, Activity activity, LocalDate day, Instant now) {
        if (!enrolment.activity().equals(activity.id())) {
            throw new IllegalArgumentException("The enrolment is not in this activity");
        }
        return new Reservation(UUID.randomUUID(), enrolment.child(), enrolment.family(), activity.id(), day,
                activity.statusOfNewBooking(), ReservationOrigin.REQUESTED, now);
    }

    /**
     * A day of the enrolment's regular schedule: confirmed at once, whatever the booking mode, since the regular
     * days were agreed at enrolment.
     */
    public static Reservation regular(Enrolment enrolment, LocalDate day, Instant now) {
        if (!enrolment.covers(day) || !enrolment.regularDays().contains(day.getDayOfWeek())) {
            throw new IllegalArgumentException("Not a regular day of the enrolment: " + day);
        }
        return new Reservation(UUID.randomUUID(), enrolment.child(), enrolment.family(), enrolment.activity(), day,
                ReservationStatus.CONFIRMED, ReservationOrigin.REGULAR, now);
    }

    /**
     * A day staff booked for an enrolled child (a parent on the phone, a regularisation after the day): confirmed at
     * once, whatever the booking mode.
     *
     * @param afterDeadline whether the families' booking deadline of that day had passed when staff booked it (a
     *                      late booking)
     */
    public static Reservation byStaff(Enrolment enrolment, LocalDate day, Instant now, boolean afterDeadline) {
        if (!enrolment.covers(day)) {
            throw new IllegalArgumentException("The enrolment does not cover " + day);
        }
        return new Reservation(UUID.randomUUID(), enrolment.child(), enrolment.family(), enrolment.activity(), day,
                ReservationStatus.CONFIRMED, ReservationOrigin.STAFF, now, afterDeadline);
    }

    /** Whether this reservation is a day of the regular schedule. */
    public boolean isRegular() {
        return origin == ReservationOrigin.REGULAR;
    }

    /** The booking made by accepting a place offer, with the status the activity's booking mode gives. */
    public static Reservation fromOffer(PlaceOffer offer, FamilyId family, Activity activity, Instant now) {
        if (!offer.activity().equals(activity.id())) {
            throw new IllegalArgumentException("The offer is not for this activity");
        }
        return new Reservation(UUID.randomUUID(), offer.child(), family, activity.id(), offer.day(),
                activity.statusOfNewBooking(), ReservationOrigin.PLACE_OFFER, now);
    }

    /** Whether the reservation awaits a staff decision (confirm or refuse). */
    public boolean awaitsValidation() {
        return status == ReservationStatus.AWAITING_VALIDATION;
    }

    /** Whether the reservation, as it stands, may make {@code transition}. */
    public boolean allows(ReservationTransition transition) {
        return transition.allowedFrom(status);
    }

    /**
     * This booking confirmed by staff.
     *
     * @throws IllegalReservationTransitionException unless it awaits validation
     */
    public Reservation confirm() {
        return moved(ReservationTransition.CONFIRM);
    }

    /**
     * This booking refused by staff ("Réservation refusée"); its place is freed.
     *
     * @throws IllegalReservationTransitionException unless it awaits validation
     */
    public Reservation refuse() {
        return moved(ReservationTransition.REFUSE);
    }

    /**
     * This booking cancelled (by the family, a closure or the end of the enrolment); its place is freed.
     *
     * @throws IllegalReservationTransitionException unless it is active (confirmed or awaiting validation)
     */
    public Reservation cancel() {
        return moved(ReservationTransition.CANCEL);
    }

    private Reservation moved(ReservationTransition transition) {
        if (!allows(transition)) {
            throw new IllegalReservationTransitionException(id, status, transition);
        }
        return new Reservation(id, child, family, activity, day, transition.to(), origin, createdAt, late);
    }
}
