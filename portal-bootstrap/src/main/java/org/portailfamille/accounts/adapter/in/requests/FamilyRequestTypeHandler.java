package org.portailfamille.accounts.adapter.in.requests;

import org.portailfamille.accounts.application.port.in.ApplyFamilyRequestCommand;
import org.portailfamille.accounts.application.port.in.ApplyFamilyRequestUseCase;
import org.portailfamille.requests.application.port.in.RequestView;
import org.portailfamille.requests.application.port.spi.RequestTypeHandler;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Tells the request workflow whether an "accounts." request still matches the family file. */
@Component
class FamilyRequestTypeHandler implements RequestTypeHandler {

    private final ApplyFamilyRequestUseCase applyRequest;

    FamilyRequestTypeHandler(ApplyFamilyRequestUseCase applyRequest) {
        this.applyRequest = applyRequest;
    }

    @Override
    public String typePrefix() {
        return "accounts.";
    }

    @Override
    public Optional<String> conflictWithCurrentState(RequestView request) {
        return applyRequest.conflictWithFile(new ApplyFamilyRequestCommand(request.id(), request.type(),
                request.familyId(), request.payload()));
    }
}
