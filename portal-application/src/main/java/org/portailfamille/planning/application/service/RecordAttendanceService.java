package org.portailfamille.planning.application.service;

import org.portailfamille.planning.application.port.in.RecordAttendanceCommand;
import org.portailfamille.planning.application.port.in.RecordAttendanceResult;
import org.portailfamille.planning.application.port.in.RecordAttendanceResult.Code;
import org.portailfamille.planning.application.port.in.RecordAttendanceResult.Problem;
import org.portailfamille.planning.application.port.in.RecordAttendanceUseCase;
import org.portailfamille.planning.application.port.out.Absences;
import org.portailfamille.planning.application.port.out.AttendanceEvents;
import org.portailfamille.planning.application.port.out.Attendances;
import org.portailfamille.planning.application.port.out.Enrolments;
import org.portailfamille.planning.application.port.out.Reservations;
import org.portailfamille.planning.domain.Absence;
import org.portailfamille.planning.domain.Activity;
import org.portailfamille.planning.domain.Attendance;
import org.portailfamille.planning.domain.AttendanceMark;
import org.portailfamille.planning.domain.Enrolment;
import org.portailfamille.planning.domain.Reservation;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Records a register sheet: every mark is checked first, and any problem refuses the whole sheet; then each line is
 * recorded (replacing the child's earlier line) and, when its outcome is new or changed, published for billing.
 */
public class RecordAttendanceService implements RecordAttendanceUseCase {

    private final PlanningDays days;
    private final Enrolments enrolments;
    private final Reservations reservations;
    private final Absences absences;
    private final Attendances attendances;
    private final AttendanceEvents events;
    private final Clock clock;

    public RecordAttendanceService(PlanningDays days, Enrolments enrolments, Reservations reservations,
                                   Absences absences, Attendances attendances, AttendanceEvents events, Clock clock) {
        this.days = days;
        this.enrolments = enrolments;
        this.reservations = reservations;
        this.absences = absences;
        this.attendances = attendances;
        this.events = events;
        this.clock = clock;
    }

    /** A checked line of the sheet. */
    private record Marked(ChildId child, FamilyId family, AttendanceMark mark, boolean booked) {
    }

    @Override
    public RecordAttendanceResult recordAttendance(RecordAttendanceCommand command) {
        Activity activity;
        try {
            activity = days.activity(command.activityId());
        } catch (IllegalArgumentException unknown) {
            return RecordAttendanceResult.refused(List.of(new Problem(Code.UNKNOWN_ACTIVITY, null)));
        }
        LocalDate day = command.day();
        Optional<PlanningDays.Problem> dayProblem = days.problemWith(activity, days.calendarOf(activity), day);
        if (dayProblem.isPresent()) {
            return RecordAttendanceResult.refused(List.of(new Problem(Code.valueOf(dayProblem.get().name()), null)));
        }
        if (day.isAfter(LocalDate.now(clock))) {
            return RecordAttendanceResult.refused(List.of(new Problem(Code.FUTURE_DAY, null)));
        }
        if (command.marks().isEmpty()) {
            return RecordAttendanceResult.refused(List.of(new Problem(Code.NOTHING_MARKED, null)));
        }
        Map<ChildId, Reservation> booked = reservations.activeOn(activity.id(), day).stream()
                .collect(Collectors.toMap(Reservation::child, Function.identity(), (a, b) -> a));
        Map<ChildId, Enrolment> enrolled = enrolments.enrolledOn(activity.id(), day).stream()
                .collect(Collectors.toMap(Enrolment::child, Function.identity(), (a, b) -> a));
        List<Problem> problems = new ArrayList<>();
        List<Marked> sheet = new ArrayList<>();
        command.marks().forEach((child, typed) -> {
            Optional<AttendanceMark> mark = markOf(typed);
            Reservation reservation = booked.get(child);
            Enrolment enrolment = enrolled.get(child);
            if (mark.isEmpty()) {
                problems.add(new Problem(Code.UNKNOWN_MARK, child));
            } else if (reservation == null && enrolment == null) {
                problems.add(new Problem(Code.CHILD_NOT_ENROLLED, child));
            } else if (reservation == null && mark.get() == AttendanceMark.ABSENT) {
                problems.add(new Problem(Code.ABSENT_WITHOUT_BOOKING, child));
            } else {
                sheet.add(new Marked(child, reservation != null ? reservation.family() : enrolment.family(),
                        mark.get(), reservation != null));
            }
        });
        if (!problems.isEmpty()) {
            return RecordAttendanceResult.refused(problems);
        }
        Map<ChildId, Attendance> before = attendances.on(activity.id(), day).stream()
                .collect(Collectors.toMap(Attendance::child, Function.identity(), (a, b) -> a));
        Map<ChildId, Absence> declared = absences.on(activity.id(), day).stream()
                .collect(Collectors.toMap(Absence::child, Function.identity(), (a, b) -> a));
        Instant now = clock.instant();
        int changed = 0;
        for (Marked marked : sheet) {
            Absence absence = declared.get(marked.child());
            Attendance line = Attendance.mark(marked.child(), marked.family(), activity.id(), day, marked.mark(),
                    marked.booked(), RegisterEvents.excuses(absence), command.recordedBy(), now);
            attendances.record(line);
            Attendance previous = before.get(marked.child());
            if (previous == null || previous.outcome() != line.outcome()) {
                events.recorded(RegisterEvents.recorded(line, activity, absence));
                changed++;
            }
        }
        return new RecordAttendanceResult(List.of(), sheet.size(), changed);
    }

    private static Optional<AttendanceMark> markOf(String typed) {
        for (AttendanceMark mark : AttendanceMark.values()) {
            if (mark.name().equals(typed)) {
                return Optional.of(mark);
            }
        }
        return Optional.empty();
    }
}
