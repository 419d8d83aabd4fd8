package org.portailfamille.accounts.adapter.in.requests;

import org.portailfamille.accounts.application.port.in.ApplyChildRequestCommand;
import org.portailfamille.accounts.application.port.in.ApplyChildRequestUseCase;
import org.portailfamille.accounts.application.port.in.ApplyFamilyRequestCommand;
import org.portailfamille.accounts.application.port.in.ApplyFamilyRequestUseCase;
import org.portailfamille.requests.application.port.in.RequestView;
import org.portailfamille.requests.application.port.spi.RequestTypeHandler;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Tells the request workflow whether an "accounts." request still matches the family file (or the child's). */
@Component
class FamilyRequestTypeHandler implements RequestTypeHandler {

    private final ApplyFamilyRequestUseCase applyRequest;
    private final ApplyChildRequestUseCase applyChildRequest;

    FamilyRequestTypeHandler(ApplyFamilyRequestUseCase applyRequest, ApplyChildRequestUseCase applyChildRequest) {
        this.applyRequest = applyRequest;
        this.applyChildRequest = applyChildRequest;
    }

    @Override
    public String typePrefix() {
        return "accounts.";
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
}
