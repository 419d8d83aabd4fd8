package org.portailfamille.accounts.application.port.in;

/**
 * A parent asks to change their family file: the form is checked field by field, and if it changes anything
 * it becomes a pending request for the municipality. Nothing in the file changes until staff accept.
 */
public interface SubmitFamilyChangeUseCase {
    FamilyChangeOutcome submitFamilyChange(SubmitFamilyChangeCommand command);
}
