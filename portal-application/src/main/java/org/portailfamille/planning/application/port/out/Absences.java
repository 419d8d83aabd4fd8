package org.portailfamille.planning.application.port.out;

import org.portailfamille.planning.ActivityId;
import org.portailfamille.planning.domain.Absence;
import org.portailfamille.planning.domain.AbsenceStatus;
import org.portailfamille.shared.ChildId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Where declared absences are kept. The database keeps at most one absence per child, activity and day: declaring
 * the same absence twice has one effect.
 */
public interface Absences {

    /** Adds {@code absence}; false, and nothing added, when the child already has one that day. */
    boolean addIfAbsent(Absence absence);

    Optional<Absence> byId(UUID absenceId);

    /** The child's absence on a day of an activity. */
    Optional<Absence> of(ChildId child, ActivityId activity, LocalDate day);

    /** The child's absences whose day lies in {@code from}–{@code to}, both included, day order. */
    List<Absence> ofChild(ChildId child, LocalDate from, LocalDate to);

    /** The absences of a day of an activity (the register). */
    List<Absence> on(ActivityId activity, LocalDate day);

    /** The absences of a day of each of these activities, in one read (a facility's registers). */
    default List<Absence> on(java.util.Collection<ActivityId> activities, LocalDate day) {
        return activities.stream().distinct().flatMap(activity -> on(activity, day).stream()).toList();
    }

    /** Every absence with {@code status}, oldest day first. */
    List<Absence> withStatus(AbsenceStatus status);

    /** Rules a pending absence; false when it was no longer pending (ruled meanwhile). */
    boolean rule(UUID absenceId, AbsenceStatus ruling, Instant at);
}
