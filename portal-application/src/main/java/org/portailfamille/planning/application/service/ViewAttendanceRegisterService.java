package org.portailfamille.planning.application.service;

import org.portailfamille.planning.ActivityId;
import org.portailfamille.planning.FacilityId;
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
        return Optional.of(register(activity, day, dayStatus, facilityName(activity),
                reservations.activeOn(activity.id(), day), absences.on(activity.id(), day),
                attendances.on(activity.id(), day), enrolments.enrolledOn(activity.id(), day)));
    }

    @Override
    public List<AttendanceRegister> facilityRegisters(UUID facilityId, LocalDate day) {
        FacilityId facility = new FacilityId(facilityId);
        List<Activity> ofFacility = activities.all().stream()
                .filter(activity -> activity.facility().equals(facility))
                .sorted(Comparator.comparing(Activity::name))
                .toList();
        if (ofFacility.isEmpty()) {
            return List.of();
        }
        // set-based (issue 14): one read per kind of fact for all the facility's activities, not 7-9 per activity
        List<ActivityId> ids = ofFacility.stream().map(Activity::id).toList();
        Map<ActivityId, List<Reservation>> booked = reservations.activeOn(ids, day).stream()
                .collect(Collectors.groupingBy(Reservation::activity));
        Map<ActivityId, List<Absence>> declared = absences.on(ids, day).stream()
                .collect(Collectors.groupingBy(Absence::activity));
        Map<ActivityId, List<Attendance>> marked = attendances.on(ids, day).stream()
                .collect(Collectors.groupingBy(Attendance::activity));
        Map<ActivityId, List<Enrolment>> enrolled = enrolments.enrolledOn(ids, day).stream()
                .collect(Collectors.groupingBy(Enrolment::activity));
        Map<ActivityId, Optional<PlanningDays.Problem>> problems = days.problemsWith(ofFacility, facility, day);
        String facilityName = facilities.byId(facility).map(Facility::name).orElse("");
        List<AttendanceRegister> registers = new ArrayList<>();
        for (Activity activity : ofFacility) {
            String dayStatus = problems.get(activity.id()).map(Enum::name).orElse("OPEN");
            registers.add(register(activity, day, dayStatus, facilityName,
                    booked.getOrDefault(activity.id(), List.of()), declared.getOrDefault(activity.id(), List.of()),
                    marked.getOrDefault(activity.id(), List.of()), enrolled.getOrDefault(activity.id(), List.of())));
        }
        return registers;
    }

    private AttendanceRegister register(Activity activity, LocalDate day, String dayStatus, String facilityName,
                                        List<Reservation> active, List<Absence> ofDay, List<Attendance> lines,
                                        List<Enrolment> enrolledThatDay) {
        boolean recordable = "OPEN".equals(dayStatus) && !day.isAfter(LocalDate.now(clock));
        Map<ChildId, Reservation> booked = active.stream()
                .collect(Collectors.toMap(Reservation::child, Function.identity(), (a, b) -> a));
        Map<ChildId, Absence> declared = ofDay.stream()
                .collect(Collectors.toMap(Absence::child, Function.identity(), (a, b) -> a));
        Map<ChildId, Attendance> marked = lines.stream()
                .collect(Collectors.toMap(Attendance::child, Function.identity(), (a, b) -> a));
        Set<ChildId> onRegister = new LinkedHashSet<>(booked.keySet());
        onRegister.addAll(marked.keySet());
        List<RegisterLine> registerLines = new ArrayList<>();
        for (ChildId child : onRegister) {
            Reservation reservation = booked.get(child);
            Attendance line = marked.get(child);
            Absence absence = declared.get(child);
            registerLines.add(new RegisterLine(child, reservation != null ? reservation.family() : line.family(),
                    reservation != null, reservation != null && reservation.isRegular(),
                    absence == null ? null : absence.status().name(),
                    absence == null ? null : maskedReason(absence),
                    line == null ? null : line.mark().name(), line == null ? null : line.outcome().name()));
        }
        List<ChildId> others = enrolledThatDay.stream()
                .map(Enrolment::child).filter(child -> !onRegister.contains(child)).distinct().toList();
        return new AttendanceRegister(activity.id().value(), activity.name(), facilityName,
                day, dayStatus, recordable, registerLines, others);
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
