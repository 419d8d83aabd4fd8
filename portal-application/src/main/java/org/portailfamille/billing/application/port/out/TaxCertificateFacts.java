package org.portailfamille.billing.application.port.out;

import org.portailfamille.billing.domain.ChildcareTaxCredit;
import org.portailfamille.shared.FamilyId;

import java.util.List;

/** What the attestation fiscale is computed from, read from invoices, their lines and the payments' allocations. */
public interface TaxCertificateFacts {

    /** Families with a payment (not a treasury title) dated in the year. */
    List<FamilyId> familiesWithPaymentsIn(int year);

    /** The family's invoices (not credit notes) with their lines and what credit notes credited of each. */
    List<ChildcareTaxCredit.InvoiceLines> invoiceLinesOf(FamilyId familyId);

    /** The family's payments (titles included), whether cancelled, and their allocations summed per invoice. */
    List<ChildcareTaxCredit.PaidCredit> paymentsOf(FamilyId familyId);
}
