package org.portailfamille.accounts.application.port.in;

/**
 * Carries out a decision on an account application: accepted, the family account is created with a temporary
 * password mailed to the applicant; refused, the applicant is told why. Handling one decision twice has one
 * effect.
 */
public interface HandleRegistrationDecisionUseCase {
    void handleRegistrationDecision(RegistrationDecision decision);
}
