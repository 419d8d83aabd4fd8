package org.portailfamille.planning.adapter.in.requests;

import org.portailfamille.planning.application.port.in.ApplyPlanningRequestDecisionUseCase;
import org.portailfamille.requests.application.port.in.RequestView;
import org.portailfamille.requests.application.port.spi.RequestTypeHandler;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Tells the request workflow whether a "planning." request still applies (not cancelled or ruled meanwhile). */
@Component
class PlanningRequestTypeHandler implements RequestTypeHandler {

    private final ApplyPlanningRequestDecisionUseCase decisions;

    PlanningRequestTypeHandler(ApplyPlanningRequestDecisionUseCase decisions) {
        this.decisions = decisions;
    }

    @Override
    public String typePrefix() {
        return "planning.";
    }

    @Override
    public Optional<String> conflictWithCurrentState(RequestView request) {
        return decisions.conflictWithCurrentState(request.type(), request.payload());
    }
}
