package org.portailfamille.billing.application.port.in;

import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A produced attestation fiscale (the PDF is made from it). */
public record TaxCertificateView(int taxYear, FamilyId familyId, String familyNumber, String guardianName,
                                 ChildId childId, String childFirstName, String childLastName,
                                 LocalDate childBirthDate, BigDecimal amount, LocalDate producedOn) {
}
