package org.portailfamille.accounts.application.port.in;

/** Creates a family, its N° Famille and a parent login with a temporary password. */
public interface OpenFamilyAccountUseCase {
    OpenedFamilyAccount openFamilyAccount(OpenFamilyAccountCommand command);
}
