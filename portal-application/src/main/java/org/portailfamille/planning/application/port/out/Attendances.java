package org.portailfamille.planning.application.port.out;

import org.portailfamille.planning.ActivityId;
import org.portailfamille.planning.domain.Attendance;
import org.portailfamille.shared.ChildId;

import java.time.LocalDate;
import java.util.List;

/** The daily registers: one line per child, activity and day. */
public interface Attendances {

    /** Records {@code attendance}, replacing the line of the same child, activity and day if there is one. */
    void record(Attendance attendance);

    /** The register of a day of an activity. */
    List<Attendance> on(ActivityId activity, LocalDate day);

    /** The register lines of a day of each of these activities, in one read (a facility's registers). */
    default List<Attendance> on(java.util.Collection<ActivityId> activities, LocalDate day) {
        return activities.stream().distinct().flatMap(activity -> on(activity, day).stream()).toList();
    }

    /** The child's register lines whose day lies in {@code from}–{@code to}, both included, day order. */
    List<Attendance> ofChild(ChildId child, LocalDate from, LocalDate to);
}
