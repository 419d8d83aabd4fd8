package org.portailfamille.planning.application.port.in;

import org.jspecify.annotations.Nullable;
import org.portailfamille.shared.ChildId;

import java.util.List;

/**
 * What recording a register sheet did: nothing when there is a problem (the whole sheet is refused), otherwise the
 * number of lines recorded and of those whose outcome changed.
 */
public record RecordAttendanceResult(List<Problem> problems, int linesRecorded, int linesChanged) {

    /** Why a sheet was refused. */
    public enum Code {
        /** No such activity. */
        UNKNOWN_ACTIVITY,
        /** The activity does not run on that weekday. */
        NOT_RUNNING_THAT_DAY,
        /** A public holiday or a closure. */
        CLOSED,
        /** The day has not come yet. */
        FUTURE_DAY,
        /** No child was marked. */
        NOTHING_MARKED,
        /** A mark other than PRESENT or ABSENT. */
        UNKNOWN_MARK,
        /** A child neither expected nor enrolled in the activity that day. */
        CHILD_NOT_ENROLLED,
        /** A child without a booking marked absent: only present can be recorded for them. */
        ABSENT_WITHOUT_BOOKING
    }

    /** One problem, about one child of the sheet or the whole sheet (child null). */
    public record Problem(Code code, @Nullable ChildId child) {
    }

    public RecordAttendanceResult {
        problems = List.copyOf(problems);
    }

    public static RecordAttendanceResult refused(List<Problem> problems) {
        return new RecordAttendanceResult(problems, 0, 0);
    }

    public boolean recorded() {
        return problems.isEmpty();
    }
}
