package org.portailfamille.planning.domain;

import org.portailfamille.planning.ActivityId;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One line of an activity's daily register: a child marked present or absent on a day, whether the child was
 * booked, and what it means. There is one line per child, activity and day; marking again replaces it.
 *
 * @param child      the child, by id
 * @param family     the child's family, by id
 * @param activity   the activity
 * @param day        the day
 * @param mark       present or absent
 * @param booked     whether the child had a reservation (or a regular day) that day
 * @param outcome    what the mark means (present on booking, present without booking, absent excused or billed)
 * @param recordedBy the staff login who marked it
 * @param recordedAt when
 */
public record Attendance(ChildId child, FamilyId family, ActivityId activity, LocalDate day, AttendanceMark mark,
                         boolean booked, AttendanceOutcome outcome, String recordedBy, Instant recordedAt) {

    public Attendance {
        Objects.requireNonNull(child, "child");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(mark, "mark");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(recordedAt, "recordedAt");
        if ((mark == AttendanceMark.PRESENT) != (outcome == AttendanceOutcome.PRESENT_ON_BOOKING
                || outcome == AttendanceOutcome.PRESENT_WITHOUT_BOOKING)) {
            throw new IllegalArgumentException("The outcome " + outcome + " does not follow from " + mark);
        }
    }

    /** A register line, its outcome following from the mark, the booking and an excused absence. */
    public static Attendance mark(ChildId child, FamilyId family, ActivityId activity, LocalDate day,
                                  AttendanceMark mark, boolean booked, boolean excusedAbsence, String recordedBy,
                                  Instant at) {
        return new Attendance(child, family, activity, day, mark, booked,
                AttendanceOutcome.of(mark, booked, excusedAbsence), recordedBy, at);
    }

    /** Whether the child came without a booking: recorded, flagged for staff and billed. */
    public boolean isFlagged() {
        return outcome == AttendanceOutcome.PRESENT_WITHOUT_BOOKING;
    }
}
