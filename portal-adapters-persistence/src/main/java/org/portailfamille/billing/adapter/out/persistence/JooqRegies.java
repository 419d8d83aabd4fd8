package org.portailfamille.billing.adapter.out.persistence;

import org.jooq.DSLContext;
import org.portailfamille.billing.RegieId;
import org.portailfamille.billing.application.port.out.Regies;
import org.portailfamille.billing.domain.OperationNumber;
import org.portailfamille.billing.domain.Regie;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

import static org.portailfamille.billing.adapter.out.persistence.jooq.Tables.REGIE;

/**
 * Régies and their numbering. Taking a number is one conditional UPDATE … RETURNING: the row stays locked
 * until the transaction ends, so numbers are unique and, since a rollback gives the number back, without gaps.
 */
@Repository
class JooqRegies implements Regies {

    private final DSLContext dsl;

    JooqRegies(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void add(Regie regie) {
        dsl.insertInto(REGIE)
                .set(REGIE.ID, regie.id().value())
                .set(REGIE.NAME, regie.name())
                .set(REGIE.PREFIX, regie.prefix())
                .set(REGIE.NEXT_INVOICE_NUMBER, regie.firstInvoiceNumber())
                .set(REGIE.NEXT_PAYMENT_NUMBER, regie.firstPaymentNumber())
                .execute();
    }

    @Override
    public Optional<Regie> byId(RegieId id) {
        return dsl.selectFrom(REGIE).where(REGIE.ID.eq(id.value()))
                .fetchOptional(row -> new Regie(new RegieId(row.getId()), row.getName(), row.getPrefix(),
                        row.getNextInvoiceNumber(), row.getNextPaymentNumber()));
    }

    @Override
    public List<Regie> all() {
        return dsl.selectFrom(REGIE).orderBy(REGIE.NAME)
                .fetch(row -> new Regie(new RegieId(row.getId()), row.getName(), row.getPrefix(),
                        row.getNextInvoiceNumber(), row.getNextPaymentNumber()));
    }

    @Override
    public OperationNumber takeNextInvoiceNumber(RegieId id) {
        var row = dsl.update(REGIE)
                .set(REGIE.NEXT_INVOICE_NUMBER, REGIE.NEXT_INVOICE_NUMBER.plus(1))
                .where(REGIE.ID.eq(id.value()))
                .returningResult(REGIE.PREFIX, REGIE.NEXT_INVOICE_NUMBER)
                .fetchOne();
        if (row == null) {
            throw new IllegalArgumentException("Unknown régie " + id.value());
        }
        return new OperationNumber(row.value1(), row.value2() - 1);
    }

    @Override
    public List<OperationNumber> takeNextInvoiceNumbers(RegieId id, int count) {
        if (count <= 0) {
            return List.of();
        }
        var row = dsl.update(REGIE)
                .set(REGIE.NEXT_INVOICE_NUMBER, REGIE.NEXT_INVOICE_NUMBER.plus(count))
                .where(REGIE.ID.eq(id.value()))
                .returningResult(REGIE.PREFIX, REGIE.NEXT_INVOICE_NUMBER)
                .fetchOne();
        if (row == null) {
            throw new IllegalArgumentException("Unknown régie " + id.value());
        }
        long first = row.value2() - count;
        return java.util.stream.LongStream.range(first, first + count)
                .mapToObj(sequence -> new OperationNumber(row.value1(), sequence)).toList();
    }

    @Override
    public OperationNumber takeNextPaymentNumber(RegieId id) {
        var row = dsl.update(REGIE)
                .set(REGIE.NEXT_PAYMENT_NUMBER, REGIE.NEXT_PAYMENT_NUMBER.plus(1))
                .where(REGIE.ID.eq(id.value()))
                .returningResult(REGIE.PREFIX, REGIE.NEXT_PAYMENT_NUMBER)
                .fetchOne();
        if (row == null) {
            throw new IllegalArgumentException("Unknown régie " + id.value());
        }
        return new OperationNumber(row.value1(), row.value2() - 1);
    }
}
