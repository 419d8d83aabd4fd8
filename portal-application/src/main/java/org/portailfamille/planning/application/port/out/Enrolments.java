package org.portailfamille.planning.application.port.out;

import org.portailfamille.planning.ActivityId;
import org.portailfamille.planning.domain.Enrolment;
import org.portailfamille.shared.ChildId;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Where enrolments are kept. */
public interface Enrolments {

    void add(Enrolment enrolment);

    /** The enrolments of {@code child} in {@code activity}. */
    List<Enrolment> of(ChildId child, ActivityId activity);

    /** The enrolment of {@code child} in {@code activity} covering {@code day}, if any. */
    default Optional<Enrolment> covering(ChildId child, ActivityId activity, LocalDate day) {
        return of(child, activity).stream().filter(enrolment -> enrolment.covers(day)).findFirst();
    }

    /** Every enrolment of {@code child}, in any activity, first day order (the planning grid's rows). */
    List<Enrolment> ofChild(ChildId child);
    /** The enrolments in {@code activity} covering {@code day} (the children who may come that day). */
    List<Enrolment> enrolledOn(ActivityId activity, LocalDate day);
}
