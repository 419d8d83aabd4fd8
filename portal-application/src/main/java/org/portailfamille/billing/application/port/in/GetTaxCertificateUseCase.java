package org.portailfamille.billing.application.port.in;

import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;

import java.util.Optional;

/** One attestation fiscale: the family's own only (another family's child answers empty, like an unknown one). */
public interface GetTaxCertificateUseCase {

    Optional<TaxCertificateView> certificate(FamilyId familyId, ChildId childId, int taxYear);

    /** Staff: any family's. */
    Optional<TaxCertificateView> certificateForStaff(ChildId childId, int taxYear);
}
