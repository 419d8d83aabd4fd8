package org.portailfamille.billing.application.port.in;

import org.portailfamille.shared.FamilyId;

import java.util.List;
import java.util.Objects;

/** The invoices (numbers, e.g. "AL-36") a parent chose to pay online, in the order they will be paid. */
public record StartOnlinePaymentCommand(FamilyId familyId, List<String> invoiceNumbers) {
    public StartOnlinePaymentCommand {
        Objects.requireNonNull(familyId, "familyId");
        invoiceNumbers = invoiceNumbers.stream().distinct().toList();
    }
}
