package org.portailfamille.accounts.application.port.in;

/**
 * Records an account application as a request for staff ("accounts.registration") and acknowledges it by
 * e-mail. At most {@value #MAX_PER_ADDRESS_PER_HOUR} applications per hour from one address.
 */
public interface SubmitRegistrationUseCase {

    int MAX_PER_ADDRESS_PER_HOUR = 5;

    RegistrationOutcome submitRegistration(RegistrationForm form);
}
