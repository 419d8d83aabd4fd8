package org.portailfamille.planning.adapter.in.requests;

import org.portailfamille.planning.application.port.in.ApplyPlanningRequestDecisionUseCase;
import org.portailfamille.planning.application.port.in.RecordMedicalAbsenceReadUseCase;
import org.portailfamille.planning.domain.AbsenceReason;
import org.portailfamille.requests.application.port.in.RequestLink;
import org.portailfamille.requests.application.port.in.RequestView;
import org.portailfamille.requests.application.port.spi.RequestTypeDescriptor;
import org.portailfamille.requests.application.port.spi.RequestTypeHandler;
import org.portailfamille.requests.application.port.spi.Sensitivity;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The "planning." request types in the catalogue ("Réservations" and "Absences" in "Mes enfants"; an absence for a
 * medical reason is health data: its reason, comment and certificate), whether a request still applies (not
 * cancelled or ruled meanwhile), and the audit of a staff read of a medical absence.
 */
@Component
class PlanningRequestTypeHandler implements RequestTypeHandler {

    /** The area of "Liste des demandes" declared by accounts ("Mes enfants"). */
    static final String CHILDREN = "CHILDREN";
    static final String REASON = "planning.request.field.reason";
    static final String COMMENT = "planning.request.field.comment";
    static final String CERTIFICATE = "planning.request.field.certificate";
    private static final String REASON_VALUE = "planning.absence.reason.";

    private final ApplyPlanningRequestDecisionUseCase decisions;
    private final RecordMedicalAbsenceReadUseCase medicalReads;

    PlanningRequestTypeHandler(ApplyPlanningRequestDecisionUseCase decisions,
                               RecordMedicalAbsenceReadUseCase medicalReads) {
        this.decisions = decisions;
        this.medicalReads = medicalReads;
    }

    @Override
    public String typePrefix() {
        return "planning.";
    }

    @Override
    public List<RequestTypeDescriptor> types() {
        return List.of(
                RequestTypeDescriptor.of(ApplyPlanningRequestDecisionUseCase.RESERVATION, CHILDREN, 60)
                        .withoutPreviousValues(),
                RequestTypeDescriptor.of(ApplyPlanningRequestDecisionUseCase.ABSENCE, CHILDREN, 70)
                        .withoutPreviousValues()
                        .withSensitivity(Sensitivity.fields(REASON, COMMENT, CERTIFICATE)
                                .when(PlanningRequestTypeHandler::medical))
                        .withListedPayloadKeys("absenceId", "childId", "activityId", "day")
                        .withStaffLinks(PlanningRequestTypeHandler::certificateLink));
    }

    /** An absence for a medical reason (maladie, hospitalisation). */
    static boolean medical(RequestView request) {
        return request.changes().stream()
                .filter(change -> change.labelKey().equals(REASON) && change.newValue().startsWith(REASON_VALUE))
                .map(change -> change.newValue().substring(REASON_VALUE.length()))
                .anyMatch(reason -> Arrays.stream(AbsenceReason.values())
                        .anyMatch(known -> known.name().equals(reason) && known.isMedical()));
    }

    private static List<RequestLink> certificateLink(RequestView request) {
        String absenceId = request.payload().get("absenceId");
        if (absenceId == null || request.payload().get("certificateId") == null) {
            return List.of();
        }
        return List.of(new RequestLink("planning.request.certificate.term", "planning.absence.certificate.link",
                "/gestion/absences/" + absenceId + "/certificat"));
    }

    @Override
    public Optional<String> conflictWithCurrentState(RequestView request) {
        return decisions.conflictWithCurrentState(request.type(), request.payload());
    }

    @Override
    public void recordSensitiveRead(RequestView request, String reader) {
        medicalReads.recordMedicalAbsenceRead(UUID.fromString(request.payload().get("absenceId")), reader,
                "request:" + request.id());
    }
}
