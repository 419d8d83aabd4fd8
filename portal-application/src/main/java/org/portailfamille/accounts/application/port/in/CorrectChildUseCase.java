package org.portailfamille.accounts.application.port.in;

/**
 * Staff add a child to a family's file or correct one directly (no request): identity, school, class and
 * authorisations, each change recorded in the family's history with who and why. A child added this way has a
 * planning at once (the planning module enrols it where staff choose).
 */
public interface CorrectChildUseCase {
    StaffCorrectionOutcome correctChild(CorrectChildCommand command);
}
