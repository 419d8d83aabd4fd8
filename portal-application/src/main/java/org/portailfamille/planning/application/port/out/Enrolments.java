package org.portailfamille.planning.application.port.out;

import org.portailfamille.planning.ActivityId;
import org.portailfamille.planning.domain.Enrolment;
import org.portailfamille.shared.ChildId;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where enrolments are kept. */
public interface Enrolments {

    void add(Enrolment enrolment);

    /** The enrolments of {@code child} in {@code activity}. */
    List<Enrolment> of(ChildId child, ActivityId activity);

    /** Every enrolment of {@code child}, by first day. */
    List<Enrolment> ofChild(ChildId child);

    Optional<Enrolment> byId(UUID id);

    /** Moves the last day of enrolment {@code id} (ending it earlier). */
    void changeLastDay(UUID id, LocalDate lastDay);

    /** The enrolment of {@code child} in {@code activity} covering {@code day}, if any. */
    default Optional<Enrolment> covering(ChildId child, ActivityId activity, LocalDate day) {
        return of(child, activity).stream().filter(enrolment -> enrolment.covers(day)).findFirst();
    }
    /** The enrolments in {@code activity} covering {@code day} (the children who may come that day). */
    List<Enrolment> enrolledOn(ActivityId activity, LocalDate day);

    /** The enrolments in each of these activities covering {@code day}, in one read (a facility's registers). */
    default List<Enrolment> enrolledOn(java.util.Collection<ActivityId> activities, LocalDate day) {
        return activities.stream().distinct().flatMap(activity -> enrolledOn(activity, day).stream()).toList();
    }
}
