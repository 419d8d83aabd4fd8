package org.portailfamille.accounts.adapter.in.event;

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
 * account applications create the family or tell the applicant why not. Every handler is idempotent.
 */
@Component
class AcceptedFamilyRequestListener {

    static final String REGISTRATION = "accounts.registration";

    private final ApplyFamilyRequestUseCase applyRequest;
    private final HandleRegistrationDecisionUseCase registrations;

    AcceptedFamilyRequestListener(ApplyFamilyRequestUseCase applyRequest,
                                  HandleRegistrationDecisionUseCase registrations) {
        this.applyRequest = applyRequest;
        this.registrations = registrations;
    }

    @ApplicationModuleListener
    void on(RequestAccepted event) {
        if (event.type().equals(REGISTRATION)) {
            registrations.handleRegistrationDecision(new RegistrationDecision(event.requestId(), true, event.payload(),
                    null));
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
