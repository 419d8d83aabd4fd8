package org.portailfamille.accounts.adapter.in.requests;

import org.portailfamille.accounts.application.port.in.ApplyChildRequestCommand;
import org.portailfamille.accounts.application.port.in.ApplyChildRequestUseCase;
import org.portailfamille.accounts.application.port.in.ApplyFamilyRequestCommand;
import org.portailfamille.accounts.application.port.in.ApplyFamilyRequestUseCase;
import org.portailfamille.accounts.application.port.in.AuditHealthDataUseCase;
import org.portailfamille.requests.application.port.in.RequestArea;
import org.portailfamille.requests.application.port.in.RequestLink;
import org.portailfamille.requests.application.port.in.RequestSummary;
import org.portailfamille.requests.application.port.in.RequestView;
import org.portailfamille.requests.application.port.spi.RequestTypeDescriptor;
import org.portailfamille.requests.application.port.spi.RequestTypeHandler;
import org.portailfamille.requests.application.port.spi.Sensitivity;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The "accounts." request types in the catalogue (the areas "Mon compte" and "Mes enfants" of "Liste des demandes",
 * a child's health data as sensitive), whether a request still matches the family file (or the child's), and the
 * audit of a staff read of health data.
 */
@Component
class FamilyRequestTypeHandler implements RequestTypeHandler {

    static final String ACCOUNT = "ACCOUNT";
    static final String CHILDREN = "CHILDREN";

    /** Staff see how many fields a change of the file touches; the detail shows them. */
    private static final Function<RequestView, Optional<RequestSummary>> FIELD_COUNT =
            request -> Optional.of(RequestSummary.of("accounts.request.summary.fields", request.changes().size()));

    private final ApplyFamilyRequestUseCase applyRequest;
    private final ApplyChildRequestUseCase applyChildRequest;
    private final AuditHealthDataUseCase healthAudit;

    FamilyRequestTypeHandler(ApplyFamilyRequestUseCase applyRequest, ApplyChildRequestUseCase applyChildRequest,
                             AuditHealthDataUseCase healthAudit) {
        this.applyRequest = applyRequest;
        this.applyChildRequest = applyChildRequest;
        this.healthAudit = healthAudit;
    }

    @Override
    public String typePrefix() {
        return "accounts.";
    }

    @Override
    public List<RequestArea> areas() {
        return List.of(new RequestArea(ACCOUNT, "compte", "requestArea.ACCOUNT", 10),
                new RequestArea(CHILDREN, "enfants", "requestArea.CHILDREN", 20));
    }

    @Override
    public List<RequestTypeDescriptor> types() {
        return List.of(
                RequestTypeDescriptor.of("accounts.registration", ACCOUNT, 0).notInFamilyFilter(),
                RequestTypeDescriptor.of("accounts.guardian", ACCOUNT, 10),
                RequestTypeDescriptor.of("accounts.partner", ACCOUNT, 20),
                RequestTypeDescriptor.of("accounts.tax", ACCOUNT, 30),
                RequestTypeDescriptor.of("accounts.caf", ACCOUNT, 40),
                RequestTypeDescriptor.of("accounts.bank", ACCOUNT, 50),
                // Mes enfants: "Ajouter un enfant" and changes to a child's file
                RequestTypeDescriptor.of("accounts.child-registration", CHILDREN, 10),
                RequestTypeDescriptor.of("accounts.child-identity", CHILDREN, 20),
                RequestTypeDescriptor.of("accounts.child-authorisations", CHILDREN, 30),
                RequestTypeDescriptor.of("accounts.child-persons", CHILDREN, 40),
                RequestTypeDescriptor.of("accounts.child-health", CHILDREN, 50)
                        .withSensitivity(Sensitivity.allFields())
                        .withFamilySummary(request -> Optional.of(RequestSummary.of("accounts.request.summary.health")))
                        .withStaffLinks(request -> request.childId() == null ? List.of() : List.of(new RequestLink(
                                "accounts.request.healthAudit.term", "accounts.request.healthAudit.link",
                                "/gestion/enfants/" + request.childId() + "/acces-donnees-sanitaires"))))
                .stream().map(type -> type.withQueueSummary(FIELD_COUNT)).toList();
    }

    @Override
    public Optional<String> conflictWithCurrentState(RequestView request) {
        if (request.type().startsWith("accounts.child-")) {
            return applyChildRequest.conflictWithChildFile(new ApplyChildRequestCommand(request.id(), request.type(),
                    request.familyId(), request.childId(), request.payload()));
        }
        return applyRequest.conflictWithFile(new ApplyFamilyRequestCommand(request.id(), request.type(),
                request.familyId(), request.payload()));
    }

    @Override
    public void recordSensitiveRead(RequestView request, String reader) {
        if (request.childId() == null) {
            throw new IllegalStateException("Health data of no child in request " + request.id());
        }
        healthAudit.recordHealthDataRead(reader, request.childId(), "request:" + request.id());
    }
}
