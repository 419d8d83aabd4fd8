package org.portailfamille.billing.application.port.out;

import org.portailfamille.billing.domain.Invoice;
import org.portailfamille.shared.FamilyId;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Where issued invoices are kept. */
public interface Invoices {

    void add(Invoice invoice);

    /** The invoice, locked until the end of the transaction (payments of one invoice are serialised). */
    Optional<Invoice> byNumberForUpdate(String number);

    List<Invoice> ofFamilyIssuedBy(FamilyId familyId, LocalDate date);
}
