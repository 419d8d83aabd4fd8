package org.portailfamille.billing.domain;

import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;
import org.portailfamille.shared.Money;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * An attestation fiscale as produced by staff for a tax year: what the family paid in that year for the care of a
 * child under 6 on 1 January ({@link ChildcareTaxCredit}); names as they were on the day it was produced.
 */
public record TaxCertificate(UUID id, int taxYear, FamilyId familyId, String familyNumber, String guardianName,
                             ChildId childId, String childFirstName, String childLastName, LocalDate childBirthDate,
                             Money amount, LocalDate producedOn, String producedBy) {

    public TaxCertificate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(familyId, "familyId");
        Objects.requireNonNull(familyNumber, "familyNumber");
        Objects.requireNonNull(guardianName, "guardianName");
        Objects.requireNonNull(childId, "childId");
        Objects.requireNonNull(childFirstName, "childFirstName");
        Objects.requireNonNull(childLastName, "childLastName");
        Objects.requireNonNull(childBirthDate, "childBirthDate");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(producedOn, "producedOn");
        Objects.requireNonNull(producedBy, "producedBy");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("A certificate is for a positive amount");
        }
        if (!ChildcareTaxCredit.underSixOnFirstJanuary(childBirthDate, taxYear)) {
            throw new IllegalArgumentException("A certificate is for a child under 6 on 1 January of the year");
        }
        if (producedOn.getYear() <= taxYear) {
            throw new IllegalArgumentException("A certificate is produced once its tax year is over");
        }
    }
}
