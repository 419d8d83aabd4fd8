package org.portailfamille.accounts.application.port.in;

/**
 * Staff correct a form of a family's file ("Infos Responsable", "Conjoint", "Fiscales", "CAF", "Bancaires")
 * directly: checked like the family's own forms, applied at once, each changed field recorded in the family's
 * history with who and why. A bank-details correction sets up or revokes the SEPA mandate like an accepted request.
 */
public interface CorrectFamilyFileUseCase {
    StaffCorrectionOutcome correctFamilyFile(CorrectFamilyFileCommand command);
}
