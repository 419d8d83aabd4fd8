package org.portailfamille.accounts.adapter.in.event;

import org.portailfamille.accounts.application.port.in.ApplyChildRequestCommand;
import org.portailfamille.accounts.application.port.in.ApplyChildRequestUseCase;
import org.portailfamille.accounts.application.port.in.ApplyFamilyRequestCommand;
import org.portailfamille.accounts.application.port.in.ApplyFamilyRequestUseCase;
import org.portailfamille.accounts.application.port.in.HandleRegistrationDecisionUseCase;
import org.portailfamille.accounts.application.port.in.RegistrationDecision;
import org.portailfamille.requests.RequestAccepted;
import org.portailfamille.requests.RequestRefused;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Carries out staff decisions on the accounts module's request types: accepted family-file changes are applied,
 * account applications create the family or tell the applicant why not, accepted changes to a child's file are
 * applied to it and an accepted "Ajouter un enfant" registers the child. Every handler is idempotent.
 */
@Component
class AcceptedFamilyRequestListener {

    static final String REGISTRATION = "accounts.registration";
    static final String CHILD_TYPES = "accounts.child-";

    private final ApplyFamilyRequestUseCase applyRequest;
    private final HandleRegistrationDecisionUseCase registrations;
    private final ApplyChildRequestUseCase applyChildRequest;

    AcceptedFamilyRequestListener(ApplyFamilyRequestUseCase applyRequest,
                                  HandleRegistrationDecisionUseCase registrations,
                                  ApplyChildRequestUseCase applyChildRequest) {
        this.applyRequest = applyRequest;
        this.registrations = registrations;
        this.applyChildRequest = applyChildRequest;
    }

    @ApplicationModuleListener
    void on(RequestAccepted event) {
        if (event.type().equals(REGISTRATION)) {
            registrations.handleRegistrationDecision(new RegistrationDecision(event.requestId(), true, event.payload(),
                    null, event.decidedBy()));
        } else if (event.type().startsWith(CHILD_TYPES)) {
            applyChildRequest.applyAcceptedChildRequest(new ApplyChildRequestCommand(event.requestId(), event.type(),
                    event.familyId(), event.childId(), event.payload()));
        } else if (event.type().startsWith("accounts.")) {
            applyRequest.applyAcceptedRequest(new ApplyFamilyRequestCommand(event.requestId(), event.type(),
                    event.familyId(), event.payload()));
        }
    }

    @ApplicationModuleListener
    void on(RequestRefused event) {
        if (event.type().equals(REGISTRATION)) {
            registrations.handleRegistrationDecision(new RegistrationDecision(event.requestId(), false,
                    event.payload(), event.reason()));
        }
    }
}
