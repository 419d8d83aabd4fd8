package org.portailfamille.planning.domain;

import org.portailfamille.planning.ActivityId;
import org.portailfamille.planning.FacilityId;
import org.portailfamille.shared.DateRange;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A facility, or a single activity of a facility, closed on a range of days (strike, works…). A closure cancels the
 * bookings of its days; telling the families and crediting prepaid bookings is the application's job.
 *
 * @param scope   what is closed: a whole facility (all its activities) or one activity
 * @param period  the closed days, both ends included
 * @param reason  why
 * @param details words for the families (may be empty, never null)
 */
public record Closure(Scope scope, DateRange period, ClosureReason reason, String details) {

    /** What a closure closes. */
    public sealed interface Scope permits WholeFacility, SingleActivity {
        /** Whether closing this scope closes {@code activity}, run by {@code facility}. */
        boolean closes(FacilityId facility, ActivityId activity);
    }

    /** Every activity of the facility is closed. */
    public record WholeFacility(FacilityId facility) implements Scope {
        public WholeFacility {
            Objects.requireNonNull(facility, "facility");
        }

        @Override
        public boolean closes(FacilityId facility, ActivityId activity) {
            return this.facility.equals(facility);
        }
    }

    /** Only this activity is closed; the facility's other activities run. */
    public record SingleActivity(ActivityId activity) implements Scope {
        public SingleActivity {
            Objects.requireNonNull(activity, "activity");
        }

        @Override
        public boolean closes(FacilityId facility, ActivityId activity) {
            return this.activity.equals(activity);
        }
    }

    public Closure {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(details, "details");
        details = details.strip();
        if (reason == ClosureReason.OTHER && details.isEmpty()) {
            throw new IllegalArgumentException("A closure for another reason tells which");
        }
        if (details.length() > 500) {
            throw new IllegalArgumentException("Closure details are at most 500 characters");
        }
    }

    public static Closure ofFacility(FacilityId facility, DateRange period, ClosureReason reason, String details) {
        return new Closure(new WholeFacility(facility), period, reason, details);
    }

    public static Closure ofActivity(ActivityId activity, DateRange period, ClosureReason reason, String details) {
        return new Closure(new SingleActivity(activity), period, reason, details);
    }

    /** Whether this closure closes {@code activity} of {@code facility} on {@code day}. */
    public boolean closes(LocalDate day, FacilityId facility, ActivityId activity) {
        return period.contains(day) && scope.closes(facility, activity);
    }

    /** Whether this closure closes the whole {@code facility} on {@code day}. */
    public boolean closesFacility(LocalDate day, FacilityId facility) {
        return period.contains(day) && scope instanceof WholeFacility whole && whole.facility().equals(facility);
    }
}
