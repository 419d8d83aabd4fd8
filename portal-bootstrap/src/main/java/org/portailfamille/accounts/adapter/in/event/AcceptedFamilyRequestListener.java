package org.portailfamille.accounts.adapter.in.event;

import org.portailfamille.accounts.application.port.in.ApplyFamilyRequestCommand;
import org.portailfamille.accounts.application.port.in.ApplyFamilyRequestUseCase;
import org.portailfamille.requests.RequestAccepted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Applies accepted requests of the accounts module's types to the family file (idempotent). */
@Component
class AcceptedFamilyRequestListener {

    private final ApplyFamilyRequestUseCase applyRequest;

    AcceptedFamilyRequestListener(ApplyFamilyRequestUseCase applyRequest) {
        this.applyRequest = applyRequest;
    }

    @ApplicationModuleListener
    void on(RequestAccepted event) {
        if (event.type().startsWith("accounts.")) {
            applyRequest.applyAcceptedRequest(new ApplyFamilyRequestCommand(event.requestId(), event.type(),
                    event.familyId(), event.payload()));
        }
    }
}
