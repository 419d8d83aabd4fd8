package org.portailfamille.billing.application.port.in;

import org.portailfamille.shared.FamilyId;

import java.util.Optional;

/**
 * The state of one of the family's invoices (empty for another family's or an unknown number). An invoice handed to
 * the treasury is closed in the portal: {@link InvoiceState#payableInPortal()} is false, and online payment must
 * refuse it.
 */
public interface GetInvoiceStateUseCase {
    Optional<InvoiceState> invoiceState(FamilyId familyId, String invoiceNumber);
}
