package org.portailfamille.planning.application.service;

import org.portailfamille.planning.ActivityId;
import org.portailfamille.planning.application.port.in.ReassessAttendanceCommand;
import org.portailfamille.planning.application.port.in.ReassessAttendanceUseCase;
import org.portailfamille.planning.application.port.out.Absences;
import org.portailfamille.planning.application.port.out.Activities;
import org.portailfamille.planning.application.port.out.AttendanceEvents;
import org.portailfamille.planning.application.port.out.Attendances;
import org.portailfamille.planning.domain.Absence;
import org.portailfamille.planning.domain.AbsenceStatus;
import org.portailfamille.planning.domain.Activity;
import org.portailfamille.planning.domain.Attendance;
import org.portailfamille.planning.domain.AttendanceMark;

import java.time.Clock;
import java.util.Optional;

public class ReassessAttendanceService implements ReassessAttendanceUseCase {

    private final Activities activities;
    private final Absences absences;
    private final Attendances attendances;
    private final AttendanceEvents events;
    private final Clock clock;

    public ReassessAttendanceService(Activities activities, Absences absences, Attendances attendances,
                                     AttendanceEvents events, Clock clock) {
        this.activities = activities;
        this.absences = absences;
        this.attendances = attendances;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public boolean reassessAttendance(ReassessAttendanceCommand command) {
        ActivityId activityId = new ActivityId(command.activityId());
        Optional<Attendance> found = attendances.on(activityId, command.day()).stream()
                .filter(line -> line.child().equals(command.childId())).findFirst();
        Optional<Activity> activity = activities.byId(activityId);
        if (found.isEmpty() || activity.isEmpty() || found.get().mark() != AttendanceMark.ABSENT) {
            return false;
        }
        Optional<Absence> absence = absences.of(command.childId(), activityId, command.day());
        if (absence.isEmpty() || absence.get().status() == AbsenceStatus.PENDING) {
            return false;
        }
        Attendance line = found.get();
        Attendance reassessed = Attendance.mark(line.child(), line.family(), line.activity(), line.day(),
                line.mark(), line.booked(), RegisterEvents.excuses(absence.get()), line.recordedBy(),
                clock.instant());
        attendances.record(reassessed);
        events.recorded(RegisterEvents.recorded(reassessed, activity.get(), absence.get()));
        return true;
    }
}
