package org.portailfamille.billing.application.port.in;

import org.portailfamille.shared.FamilyId;

import java.util.List;

/** The attestations fiscales produced: a family's (parents see their own only), or a whole year's (staff). */
public interface ListTaxCertificatesUseCase {

    /** The family's certificates of the year, one per child. */
    List<TaxCertificateView> certificatesOf(FamilyId familyId, int taxYear);

    /** Years the family has certificates for, latest first. */
    List<Integer> yearsOf(FamilyId familyId);

    /** Staff: every certificate of the year. */
    List<TaxCertificateView> certificatesOfYear(int taxYear);

    /** Staff: years produced, latest first. */
    List<Integer> producedYears();
}
