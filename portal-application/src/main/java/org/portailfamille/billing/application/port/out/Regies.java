package org.portailfamille.billing.application.port.out;

import org.portailfamille.billing.RegieId;
import org.portailfamille.billing.domain.OperationNumber;
import org.portailfamille.billing.domain.Regie;

import java.util.List;
import java.util.Optional;

/** Where régies are kept, and their gap-free numbering (decided by the database, in the transaction). */
public interface Regies {

    void add(Regie regie);

    Optional<Regie> byId(RegieId id);

    /** Every régie, by name. */
    List<Regie> all();

    OperationNumber takeNextInvoiceNumber(RegieId id);

    OperationNumber takeNextPaymentNumber(RegieId id);
}
