package org.portailfamille.billing.application.port.in;

import org.portailfamille.shared.FamilyId;

import java.util.List;
import java.util.Objects;

/**
 * Set what is left of a payment or a credit note against invoices of the same family and régie.
 *
 * @param creditNumber   the payment or credit note number
 * @param invoiceNumbers invoices in order; empty: unpaid ones oldest first
 */
public record AllocateCreditCommand(FamilyId familyId, String creditNumber, List<String> invoiceNumbers) {
    public AllocateCreditCommand {
        Objects.requireNonNull(familyId, "familyId");
        Objects.requireNonNull(creditNumber, "creditNumber");
        invoiceNumbers = List.copyOf(invoiceNumbers);
    }
}
