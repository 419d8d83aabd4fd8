package org.portailfamille.billing.application.port.in;

import org.portailfamille.shared.FamilyId;

import java.util.Optional;

/** The family's active SEPA mandate, if any. */
public interface GetSepaMandateUseCase {
    Optional<MandateView> activeMandate(FamilyId familyId);
}
