package org.portailfamille.planning.domain;

import org.portailfamille.planning.ActivityId;
import org.portailfamille.planning.FacilityId;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * An activity (prestation) of a facility: the weekdays it runs, its daily capacity, how bookings take effect and
 * its délai de prévenance. It is billed by a régie of the billing module, referenced by id.
 *
 * @param id        identity
 * @param facility  the facility running it
 * @param regieId   the billing régie (billing module), by id
 * @param name      what families read ("Accueil du soir", "Mercredi loisirs")
 * @param weekdays  the weekdays it runs, at least one
 * @param capacity  places a day and the "few places left" threshold
 * @param mode      confirmed at once or validated by staff
 * @param deadlines until when a day may be booked and cancelled
 */
public record Activity(ActivityId id, FacilityId facility, UUID regieId, String name, Set<DayOfWeek> weekdays,
                       Capacity capacity, BookingMode mode, DeadlinePolicy deadlines) {

    public Activity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(facility, "facility");
        Objects.requireNonNull(regieId, "regieId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(weekdays, "weekdays");
        Objects.requireNonNull(capacity, "capacity");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(deadlines, "deadlines");
        name = name.strip();
        if (name.isEmpty() || name.length() > 200) {
            throw new IllegalArgumentException("An activity has a name of 1 to 200 characters");
        }
        if (weekdays.isEmpty()) {
            throw new IllegalArgumentException("An activity runs on at least one weekday");
        }
        weekdays = Set.copyOf(EnumSet.copyOf(weekdays));
    }

    /** Whether the activity runs on {@code day}'s weekday (public holidays and closures aside). */
    public boolean runsOn(LocalDate day) {
        return weekdays.contains(day.getDayOfWeek());
    }

    /** The status a new booking of this activity gets. */
    public ReservationStatus statusOfNewBooking() {
        return mode == BookingMode.CONFIRMED_AT_ONCE ? ReservationStatus.CONFIRMED
                : ReservationStatus.AWAITING_VALIDATION;
    }
}
