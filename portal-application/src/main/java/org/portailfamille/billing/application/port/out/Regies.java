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

    /**
     * The régie's next {@code count} invoice numbers at once, in order, without gaps (one statement; a chunk of an
     * invoicing run takes what it needs, ADR 0047). Empty for 0.
     */
    default List<OperationNumber> takeNextInvoiceNumbers(RegieId id, int count) {
        return java.util.stream.IntStream.range(0, Math.max(0, count)).mapToObj(i -> takeNextInvoiceNumber(id)).toList();
    }

    OperationNumber takeNextPaymentNumber(RegieId id);
}
