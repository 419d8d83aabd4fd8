package org.portailfamille.planning.domain;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What is known of one day of one activity for one child, as the planning grid gathers it; {@link GridStatusPolicy}
 * decides from these facts alone.
 *
 * @param day        the day
 * @param activity   the activity (weekdays, deadlines)
 * @param calendar   public holidays and the closures of the activity
 * @param enrolment  the child's enrolment covering the day, if any
 * @param active     the child's active (confirmed or awaiting) reservation of the day, if any
 * @param latest     the latest reservation of the day that was not cancelled (may be refused), if any
 * @param absence    the absence declared for the day, if any
 * @param attendance the register line of the day, if any
 * @param offer      a place offered to the child that may still be accepted, if any
 * @param waiting    whether the child is on the day's waiting list
 * @param full       whether every place of the day is taken
 * @param holiday    the school holidays the day lies in (municipality's zone), if any
 * @param period     the booking period covering the day, if any
 */
public record DayFacts(LocalDate day, Activity activity, CalendarContext calendar, @Nullable Enrolment enrolment,
                       @Nullable Reservation active, @Nullable Reservation latest, @Nullable Absence absence,
                       @Nullable Attendance attendance, @Nullable PlaceOffer offer, boolean waiting, boolean full,
                       SchoolHoliday.@Nullable Kind holiday, @Nullable BookingPeriod period) {

    public DayFacts {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(calendar, "calendar");
        if (active != null && !active.status().isActive()) {
            throw new IllegalArgumentException("The active reservation is confirmed or awaiting validation");
        }
    }

    /** Whether the day is a public holiday or a closure of the activity. */
    public boolean closedOrHoliday() {
        return calendar.isPublicHoliday(day) || calendar.isClosed(day);
    }

    /** Whether the day lies in the activity's season (ADR 0030), its weekdays aside. */
    public boolean inSeason() {
        return activity.season().offers(day, holiday);
    }

    /** Whether the activity runs that weekday. */
    public boolean runs() {
        return activity.runsOn(day);
    }
}
