package org.portailfamille.billing.application.port.in;

import org.portailfamille.shared.FamilyId;

import java.util.Optional;

/**
 * An invoice or credit note to print. The family version answers only for the family's own documents (empty
 * otherwise: a parent cannot read another family's invoice); staff use {@link #documentForStaff}.
 */
public interface GetInvoiceDocumentUseCase {

    Optional<InvoiceDocument> document(FamilyId familyId, String number);

    Optional<InvoiceDocument> documentForStaff(String number);
}
