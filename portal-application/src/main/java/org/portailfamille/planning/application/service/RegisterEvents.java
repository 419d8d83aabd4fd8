package org.portailfamille.planning.application.service;

import org.jspecify.annotations.Nullable;
import org.portailfamille.planning.AttendanceRecorded;
import org.portailfamille.planning.domain.Absence;
import org.portailfamille.planning.domain.AbsenceStatus;
import org.portailfamille.planning.domain.Activity;
import org.portailfamille.planning.domain.Attendance;
import org.portailfamille.planning.domain.AttendanceMark;

/** The event a register line publishes for billing. */
final class RegisterEvents {

    private RegisterEvents() {
    }

    /** Whether {@code absence} is one that excuses: ruled excused by staff. */
    static boolean excuses(@Nullable Absence absence) {
        return absence != null && absence.status() == AbsenceStatus.EXCUSED;
    }

    static AttendanceRecorded recorded(Attendance line, Activity activity, @Nullable Absence absence) {
        boolean pending = line.mark() == AttendanceMark.ABSENT && absence != null
                && absence.status() == AbsenceStatus.PENDING;
        return new AttendanceRecorded(line.child(), line.family(), line.activity(), activity.regieId(), line.day(),
                AttendanceRecorded.Outcome.valueOf(line.outcome().name()), pending, line.recordedAt());
    }
}
