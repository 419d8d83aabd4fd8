package org.portailfamille.planning.application.service;

import org.portailfamille.planning.ActivityId;
import org.portailfamille.planning.application.port.in.AttendanceRegister;
import org.portailfamille.planning.application.port.in.RegisterActivity;
import org.portailfamille.planning.application.port.in.RegisterLine;
import org.portailfamille.planning.application.port.in.ViewAttendanceRegisterUseCase;
import org.portailfamille.planning.application.port.out.Absences;
import org.portailfamille.planning.application.port.out.Activities;
import org.portailfamille.planning.application.port.out.Attendances;
import org.portailfamille.planning.application.port.out.Enrolments;
import org.portailfamille.planning.application.port.out.Facilities;
import org.portailfamille.planning.application.port.out.Reservations;
import org.portailfamille.planning.domain.Absence;
import org.portailfamille.planning.domain.Activity;
import org.portailfamille.planning.domain.Attendance;
import org.portailfamille.planning.domain.Enrolment;
import org.portailfamille.planning.domain.Facility;
import org.portailfamille.planning.domain.Reservation;
import org.portailfamille.shared.ChildId;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

public class ViewAttendanceRegisterService implements ViewAttendanceRegisterUseCase {

    private final PlanningDays days;
    private final Activities activities;
    private final Facilities facilities;
    private final Enrolments enrolments;
    private final Reservations reservations;
    private final Absences absences;
    private final Attendances attendances;
    private final Clock clock;

    public ViewAttendanceRegisterService(PlanningDays days, Activities activities, Facilities facilities,
                                         Enrolments enrolments, Reservations reservations, Absences absences,
                                         Attendances attendances, Clock clock) {
        this.days = days;
        this.activities = activities;
        this.facilities = facilities;
        this.enrolments = enrolments;
        this.reservations = reservations;
        this.absences = absences;
        this.attendances = attendances;
        this.clock = clock;
    }

    @Override
    public List<RegisterActivity> registerActivities() {
        return activities.all().stream()
                .map(activity -> new RegisterActivity(activity.id().value(), activity.name(),
                        facilityName(activity), activity.facility().value()))
                .sorted(Comparator.comparing(RegisterActivity::facilityName).thenComparing(RegisterActivity::name))
                .toList();
    }

    @Override
    public Optional<AttendanceRegister> register(UUID activityId, LocalDate day) {
        Optional<Activity> found = activities.byId(new ActivityId(activityId));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Activity activity = found.get();
        String dayStatus = days.problemWith(activity, days.calendarOf(activity), day)
                .map(Enum::name).orElse("OPEN");
        boolean recordable = "OPEN".equals(dayStatus) && !day.isAfter(LocalDate.now(clock));
        Map<ChildId, Reservation> booked = reservations.activeOn(activity.id(), day).stream()
                .collect(Collectors.toMap(Reservation::child, Function.identity(), (a, b) -> a));
        Map<ChildId, Absence> declared = absences.on(activity.id(), day).stream()
                .collect(Collectors.toMap(Absence::child, Function.identity(), (a, b) -> a));
        Map<ChildId, Attendance> marked = attendances.on(activity.id(), day).stream()
                .collect(Collectors.toMap(Attendance::child, Function.identity(), (a, b) -> a));
        Set<ChildId> onRegister = new LinkedHashSet<>(booked.keySet());
        onRegister.addAll(marked.keySet());
        List<RegisterLine> lines = new ArrayList<>();
        for (ChildId child : onRegister) {
            Reservation reservation = booked.get(child);
            Attendance line = marked.get(child);
            Absence absence = declared.get(child);
            lines.add(new RegisterLine(child, reservation != null ? reservation.family() : line.family(),
                    reservation != null, reservation != null && reservation.isRegular(),
                    absence == null ? null : absence.status().name(),
                    absence == null ? null : maskedReason(absence),
                    line == null ? null : line.mark().name(), line == null ? null : line.outcome().name()));
        }
        List<ChildId> others = enrolments.enrolledOn(activity.id(), day).stream()
                .map(Enrolment::child).filter(child -> !onRegister.contains(child)).distinct().toList();
        return Optional.of(new AttendanceRegister(activity.id().value(), activity.name(), facilityName(activity),
                day, dayStatus, recordable, lines, others));
    }

    private String facilityName(Activity activity) {
        return facilities.byId(activity.facility()).map(Facility::name).orElse("");
    }

    /**
     * The register is a list: a medical reason is health data, masked there (and not audited, since it is not read);
     * staff read it, audited, on the request's page.
     */
    static String maskedReason(Absence absence) {
        return absence.reason().isMedical() ? MASKED_REASON : absence.reason().name();
    }

    /** What the register shows instead of a medical reason. */
    static final String MASKED_REASON = "MASKED";
}
