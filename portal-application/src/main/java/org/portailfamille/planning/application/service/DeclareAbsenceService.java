package org.portailfamille.planning.application.service;

import org.portailfamille.planning.ActivityId;
import org.portailfamille.planning.application.port.in.AbsenceForm;
import org.portailfamille.planning.application.port.in.AbsenceFormQuery;
import org.portailfamille.planning.application.port.in.DeclareAbsenceCommand;
import org.portailfamille.planning.application.port.in.DeclareAbsenceResult;
import org.portailfamille.planning.application.port.in.DeclareAbsenceResult.Outcome;
import org.portailfamille.planning.application.port.in.DeclareAbsenceUseCase;
import org.portailfamille.planning.application.port.out.Absences;
import org.portailfamille.planning.application.port.out.Activities;
import org.portailfamille.planning.application.port.out.CertificateFiles;
import org.portailfamille.planning.application.port.out.Certificates;
import org.portailfamille.accounts.application.port.in.GetChildNamesUseCase;
import org.portailfamille.planning.application.port.out.Reservations;
import org.portailfamille.planning.domain.Absence;
import org.portailfamille.planning.domain.AbsenceReason;
import org.portailfamille.planning.domain.Activity;
import org.portailfamille.planning.domain.Certificate;
import org.portailfamille.planning.domain.CertificateFormat;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * Declares absences. Every check comes before anything is stored; the certificate's file is written, then the
 * absence added (the database keeps one per child, activity and day: a second declaration racing the first finds
 * it and its file is removed), then the certificate's metadata and the "Absences" request, all in one transaction.
 */
public class DeclareAbsenceService implements DeclareAbsenceUseCase {

    private final PlanningDays days;
    private final Reservations reservations;
    private final Absences absences;
    private final Certificates certificates;
    private final CertificateFiles files;
    private final GetChildNamesUseCase childNames;
    private final PlanningRequestRecords requests;
    private final Activities activities;
    private final Clock clock;

    public DeclareAbsenceService(PlanningDays days, Reservations reservations, Absences absences,
                                 Certificates certificates, CertificateFiles files, GetChildNamesUseCase childNames,
                                 PlanningRequestRecords requests, Activities activities, Clock clock) {
        this.days = days;
        this.reservations = reservations;
        this.absences = absences;
        this.certificates = certificates;
        this.files = files;
        this.childNames = childNames;
        this.requests = requests;
        this.activities = activities;
        this.clock = clock;
    }

    @Override
    public Optional<AbsenceForm> absenceForm(AbsenceFormQuery query) {
        Optional<String> childName = FamilyChildNames.nameOf(childNames, query.familyId(), query.childId());
        Optional<Activity> activity = activities.byId(new ActivityId(query.activityId()));
        if (childName.isEmpty() || activity.isEmpty()) {
            return Optional.empty();
        }
        LocalDate day = query.day();
        boolean booked = isBooked(query.familyId(), query.childId(), activity.get(), day);
        UUID existing = absences.of(query.childId(), activity.get().id(), day)
                .filter(absence -> absence.family().equals(query.familyId()))
                .map(Absence::id).orElse(null);
        return Optional.of(new AbsenceForm(childName.get(), activity.get().name(), day, booked, existing,
                AbsenceReason.PERSONAL.lastDayToDeclare(day), AbsenceReason.ILLNESS.lastDayToDeclare(day),
                Arrays.stream(AbsenceReason.values()).map(Enum::name).toList(),
                Arrays.stream(AbsenceReason.values()).filter(AbsenceReason::isMedical).map(Enum::name).toList()));
    }

    @Override
    public DeclareAbsenceResult check(DeclareAbsenceCommand command) {
        return problem(command, command.certificate() != null, false).orElse(DeclareAbsenceResult.of(Outcome.READY));
    }

    @Override
    public DeclareAbsenceResult declareAbsence(DeclareAbsenceCommand command) {
        return declare(command, false);
    }

    /** Declares, the last day to declare ignored when {@code pastDeadline} (staff overriding it, ADR 0032). */
    DeclareAbsenceResult declare(DeclareAbsenceCommand command, boolean pastDeadline) {
        Optional<DeclareAbsenceResult> problem = problem(command, true, pastDeadline);
        if (problem.isPresent()) {
            return problem.get();
        }
        Activity activity = activities.byId(new ActivityId(command.activityId())).orElseThrow();
        AbsenceReason reason = AbsenceReason.valueOf(command.reason());
        Certificate certificate = null;
        if (reason.isMedical()) {
            byte[] content = command.certificate();
            certificate = new Certificate(UUID.randomUUID(), command.familyId(), command.childId(),
                    CertificateFormat.sniff(content).orElseThrow(), content.length, sha256(content), clock.instant());
            files.write(certificate.id(), content);
        }
        Absence absence = Absence.declare(command.childId(), command.familyId(), activity.id(), command.day(), reason,
                command.comment(), certificate == null ? null : certificate.id(), clock.instant());
        if (!absences.addIfAbsent(absence)) {
            if (certificate != null) {
                files.delete(certificate.id());
            }
            return new DeclareAbsenceResult(Outcome.ALREADY_DECLARED,
                    absences.of(command.childId(), activity.id(), command.day()).map(Absence::id).orElse(null));
        }
        if (certificate != null) {
            certificates.add(certificate);
        }
        requests.absence(absence, activity, command.submittedBy());
        return new DeclareAbsenceResult(Outcome.DECLARED, absence.id());
    }

    /** The first problem of a declaration, the certificate's included when {@code withCertificate}. */
    private Optional<DeclareAbsenceResult> problem(DeclareAbsenceCommand command, boolean withCertificate,
                                                   boolean pastDeadline) {
        Optional<Activity> activity = activities.byId(new ActivityId(command.activityId()));
        if (activity.isEmpty()) {
            return Optional.of(DeclareAbsenceResult.of(Outcome.NOT_BOOKED));
        }
        Optional<AbsenceReason> reason = Arrays.stream(AbsenceReason.values())
                .filter(candidate -> candidate.name().equals(command.reason())).findFirst();
        if (reason.isEmpty()) {
            return Optional.of(DeclareAbsenceResult.of(Outcome.REASON_UNKNOWN));
        }
        if (command.comment().strip().length() > Absence.MAX_COMMENT_LENGTH) {
            return Optional.of(DeclareAbsenceResult.of(Outcome.COMMENT_TOO_LONG));
        }
        Optional<Absence> existing = absences.of(command.childId(), activity.get().id(), command.day());
        if (existing.isPresent() && existing.get().family().equals(command.familyId())) {
            return Optional.of(new DeclareAbsenceResult(Outcome.ALREADY_DECLARED, existing.get().id()));
        }
        if (!isBooked(command.familyId(), command.childId(), activity.get(), command.day())) {
            return Optional.of(DeclareAbsenceResult.of(Outcome.NOT_BOOKED));
        }
        if (!pastDeadline && !reason.get().canBeDeclared(command.day(), LocalDate.now(clock))) {
            return Optional.of(DeclareAbsenceResult.of(Outcome.TOO_LATE));
        }
        if (withCertificate && reason.get().isMedical()) {
            byte[] content = command.certificate();
            if (content == null || content.length == 0) {
                return Optional.of(DeclareAbsenceResult.of(Outcome.CERTIFICATE_REQUIRED));
            }
            if (content.length > CertificateFormat.MAX_SIZE) {
                return Optional.of(DeclareAbsenceResult.of(Outcome.CERTIFICATE_TOO_LARGE));
            }
            if (CertificateFormat.sniff(content).isEmpty()) {
                return Optional.of(DeclareAbsenceResult.of(Outcome.CERTIFICATE_TYPE));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the family's child is expected that day: an active reservation (asked, regular or from an offer), or
     * a regular weekday of its enrolment on a day the activity runs and is open.
     */
    private boolean isBooked(FamilyId family, ChildId child, Activity activity, LocalDate day) {
        boolean reserved = reservations.activeOf(child, activity.id(), day)
                .filter(reservation -> reservation.family().equals(family)).isPresent();
        if (reserved) {
            return true;
        }
        return days.problemWith(activity, days.calendarOf(activity), day).isEmpty()
                && days.enrolment(family, child, activity, day)
                .filter(enrolment -> enrolment.regularDays().contains(day.getDayOfWeek())).isPresent();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
