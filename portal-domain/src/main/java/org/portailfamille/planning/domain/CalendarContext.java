package org.portailfamille.planning.domain;

import org.portailfamille.planning.ActivityId;
import org.portailfamille.planning.FacilityId;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * What a booking deadline needs to know of the calendar of one activity when it counts days: public holidays and
 * the activity's closures. Unlike a {@link SchoolCalendar}, a context is not bound to one school year, since a
 * deadline may count back across 1 September.
 */
public interface CalendarContext {

    boolean isPublicHoliday(LocalDate day);

    /** Whether the activity concerned is closed on {@code day} (its own closures or its facility's). */
    boolean isClosed(LocalDate day);

    /** French public holidays and no closure. */
    static CalendarContext withoutClosures() {
        return NoClosure.INSTANCE;
    }

    /**
     * French public holidays and the {@code closures} that close {@code activity}, run by {@code facility}; the
     * closures of other facilities and activities are ignored.
     */
    static CalendarContext of(Collection<Closure> closures, FacilityId facility, ActivityId activity) {
        return new ClosuresOfOneActivity(List.copyOf(closures), facility, activity);
    }
}
