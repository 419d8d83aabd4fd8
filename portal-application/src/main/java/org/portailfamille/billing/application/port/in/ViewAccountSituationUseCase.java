package org.portailfamille.billing.application.port.in;

import org.portailfamille.shared.FamilyId;

import java.time.LocalDate;

/** "Opérations en cours" and "Factures impayées" of the home page. */
public interface ViewAccountSituationUseCase {
    AccountSituation accountSituation(FamilyId familyId, LocalDate date);
}
