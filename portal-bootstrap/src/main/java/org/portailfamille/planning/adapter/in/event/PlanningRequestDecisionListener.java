package org.portailfamille.planning.adapter.in.event;

import org.portailfamille.planning.application.port.in.ApplyPlanningRequestDecisionUseCase;
import org.portailfamille.planning.application.port.in.PlanningRequestDecision;
import org.portailfamille.requests.RequestAccepted;
import org.portailfamille.requests.RequestRefused;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Carries out staff decisions on the planning's request types ("planning."): bookings confirmed or refused,
 * absences excused or billed. The use case is idempotent, so a redelivered event changes nothing.
 */
@Component
class PlanningRequestDecisionListener {

    private final ApplyPlanningRequestDecisionUseCase apply;

    PlanningRequestDecisionListener(ApplyPlanningRequestDecisionUseCase apply) {
        this.apply = apply;
    }

    @ApplicationModuleListener
    void on(RequestAccepted event) {
        if (event.type().startsWith("planning.")) {
            apply.applyDecision(new PlanningRequestDecision(event.requestId(), event.type(), event.payload(), true,
                    null));
        }
    }

    @ApplicationModuleListener
    void on(RequestRefused event) {
        if (event.type().startsWith("planning.")) {
            apply.applyDecision(new PlanningRequestDecision(event.requestId(), event.type(), event.payload(), false,
                    event.reason()));
        }
    }
}
