package org.portailfamille.billing.application.port.out;

import org.portailfamille.billing.domain.TaxCertificate;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;

import java.util.List;
import java.util.Optional;

/** Where produced attestations fiscales are kept. */
public interface TaxCertificates {

    /** Replaces every certificate of the year by these (a new run of a year supersedes the previous one). */
    void replaceYear(int year, List<TaxCertificate> certificates);

    List<TaxCertificate> ofFamily(FamilyId familyId, int year);

    Optional<TaxCertificate> ofChild(ChildId childId, int year);

    /** Years the family has certificates for, latest first. */
    List<Integer> yearsOf(FamilyId familyId);

    /** Every certificate of the year, by family then child. */
    List<TaxCertificate> ofYear(int year);

    /** Years with certificates, latest first. */
    List<Integer> years();
}
