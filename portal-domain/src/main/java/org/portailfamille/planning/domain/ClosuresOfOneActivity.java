package org.portailfamille.planning.domain;

import org.portailfamille.planning.ActivityId;
import org.portailfamille.planning.FacilityId;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** National public holidays and the closures of one activity: {@link CalendarContext#of}. */
record ClosuresOfOneActivity(List<Closure> closures, FacilityId facility, ActivityId activity)
        implements CalendarContext {

    ClosuresOfOneActivity {
        Objects.requireNonNull(closures, "closures");
        Objects.requireNonNull(facility, "facility");
        Objects.requireNonNull(activity, "activity");
    }

    @Override
    public boolean isPublicHoliday(LocalDate day) {
        return PublicHolidays.isPublicHoliday(day);
    }

    @Override
    public boolean isClosed(LocalDate day) {
        for (Closure closure : closures) {
            if (closure.closes(day, facility, activity)) {
                return true;
            }
        }
        return false;
    }
}
