package org.portailfamille.planning.application.port.in;

import java.util.Map;
import java.util.Optional;

/**
 * Carries out staff decisions on the planning's requests. A reservation accepted is confirmed; refused, it is
 * REFUSED and its place goes at once to the first child waiting (or is free again). An absence accepted is
 * excused; refused, billed. Applying the same decision twice has one effect.
 */
public interface ApplyPlanningRequestDecisionUseCase {

    /** The request type of bookings and cancellations ("Réservations"). */
    String RESERVATION = "planning.reservation";
    /** The request type of absences ("Absences"). */
    String ABSENCE = "planning.absence";

    void applyDecision(PlanningRequestDecision decision);

    /**
     * Why the request can no longer be accepted (a message key): the reservation was cancelled or decided
     * meanwhile, the absence was already ruled; empty when it still applies.
     */
    Optional<String> conflictWithCurrentState(String type, Map<String, String> payload);
}
