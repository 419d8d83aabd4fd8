package org.portailfamille.planning.domain;

import org.portailfamille.planning.ActivityId;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.DateRange;
import org.portailfamille.shared.FamilyId;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A child enrolled in an activity for a period (an inscription): only enrolled children may book its days. The
 * regular weekdays, if any, are the days the child comes every week (an annual enrolment); they are among the
 * activity's weekdays.
 *
 * @param id          identity
 * @param child       the child (accounts module), by id
 * @param family      the child's family, by id
 * @param activity    the activity
 * @param period      the days the enrolment covers, both ends included
 * @param regularDays the weekdays the child comes every week; empty for occasional bookings only
 */
public record Enrolment(UUID id, ChildId child, FamilyId family, ActivityId activity, DateRange period,
                        Set<DayOfWeek> regularDays) {

    public Enrolment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(child, "child");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(regularDays, "regularDays");
        regularDays = regularDays.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(regularDays));
    }

    /** A new enrolment in {@code activity}, whose weekdays must include the regular days. */
    public static Enrolment of(ChildId child, FamilyId family, Activity activity, DateRange period,
                               Set<DayOfWeek> regularDays) {
        if (!activity.weekdays().containsAll(regularDays)) {
            throw new IllegalArgumentException("Regular days are days the activity runs: " + regularDays);
        }
        return new Enrolment(UUID.randomUUID(), child, family, activity.id(), period, regularDays);
    }

    /**
     * This enrolment ended after {@code lastDay}: its child can no longer book later days. The new last day is within
     * the enrolment's period (ending on its first day keeps one day).
     */
    public Enrolment endingOn(LocalDate lastDay) {
        Objects.requireNonNull(lastDay, "lastDay");
        if (!period.contains(lastDay)) {
            throw new IllegalArgumentException("An enrolment ends within its period: " + lastDay);
        }
        return new Enrolment(id, child, family, activity, new DateRange(period.start(), lastDay), regularDays);
    }

    /** Whether this enrolment lets its child book {@code day}. */
    public boolean covers(LocalDate day) {
        return period.contains(day);
    }

    /** Whether this enrolment and {@code other} (of the same child and activity) share a day. */
    public boolean overlaps(DateRange other) {
        return !period.end().isBefore(other.start()) && !other.end().isBefore(period.start());
    }
}
