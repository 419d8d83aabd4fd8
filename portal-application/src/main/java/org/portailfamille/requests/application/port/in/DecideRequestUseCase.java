package org.portailfamille.requests.application.port.in;

/**
 * Accepts or refuses a pending request. Of two agents deciding at once, one decision is stored; the other is
 * told it was decided meanwhile.
 */
public interface DecideRequestUseCase {
    DecisionOutcome decide(DecideRequestCommand command);
}
