package org.portailfamille.billing.adapter.out.persistence;

import org.jooq.DSLContext;
import org.portailfamille.billing.application.port.out.Allocations;
import org.portailfamille.billing.domain.Allocation;
import org.portailfamille.shared.Money;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import static org.portailfamille.billing.adapter.out.persistence.jooq.Tables.ALLOCATION;

@Repository
class JooqAllocations implements Allocations {

    private final DSLContext dsl;

    JooqAllocations(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void add(Allocation allocation) {
        dsl.insertInto(ALLOCATION).set(ALLOCATION.CREDIT_ID, allocation.creditId())
                .set(ALLOCATION.INVOICE_ID, allocation.invoiceId())
                .set(ALLOCATION.AMOUNT, allocation.amount().amount()).execute();
    }

    @Override
    public List<Allocation> ofInvoices(Collection<UUID> invoiceIds) {
        if (invoiceIds.isEmpty()) {
            return List.of();
        }
        return dsl.selectFrom(ALLOCATION).where(ALLOCATION.INVOICE_ID.in(invoiceIds)).orderBy(ALLOCATION.ID)
                .fetch(row -> new Allocation(row.getCreditId(), row.getInvoiceId(), new Money(row.getAmount())));
    }

    @Override
    public List<Allocation> ofCredits(Collection<UUID> creditIds) {
        if (creditIds.isEmpty()) {
            return List.of();
        }
        return dsl.selectFrom(ALLOCATION).where(ALLOCATION.CREDIT_ID.in(creditIds)).orderBy(ALLOCATION.ID)
                .fetch(row -> new Allocation(row.getCreditId(), row.getInvoiceId(), new Money(row.getAmount())));
    }
}
