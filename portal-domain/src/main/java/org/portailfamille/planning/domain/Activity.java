package org.portailfamille.planning.domain;

import org.jspecify.annotations.Nullable;
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
 * @param season    when in the school year it is offered (ADR 0030)
 */
public record Activity(ActivityId id, FacilityId facility, UUID regieId, String name, Set<DayOfWeek> weekdays,
                       Capacity capacity, BookingMode mode, DeadlinePolicy deadlines, ActivitySeason season) {

    /** An activity offered all year. */
    public Activity(ActivityId id, FacilityId facility, UUID regieId, String name, Set<DayOfWeek> weekdays,
                    Capacity capacity, BookingMode mode, DeadlinePolicy deadlines) {
        this(id, facility, regieId, name, weekdays, capacity, mode, deadlines, ActivitySeason.ALL_YEAR);
    }

    public Activity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(facility, "facility");
        Objects.requireNonNull(regieId, "regieId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(weekdays, "weekdays");
        Objects.requireNonNull(capacity, "capacity");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(deadlines, "deadlines");
        Objects.requireNonNull(season, "season");
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

    /**
     * Whether the activity is offered on {@code day}: one of its weekdays within its season ({@code holiday}: the
     * school holidays the day lies in, null in term time); public holidays and closures aside.
     */
    public boolean offeredOn(LocalDate day, SchoolHoliday.@Nullable Kind holiday) {
        return runsOn(day) && season.offers(day, holiday);
    }

    /** The status a new booking of this activity gets. */
    public ReservationStatus statusOfNewBooking() {
        return mode == BookingMode.CONFIRMED_AT_ONCE ? ReservationStatus.CONFIRMED
                : ReservationStatus.AWAITING_VALIDATION;
    }
}
