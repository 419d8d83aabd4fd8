package org.portailfamille.billing.adapter.out.persistence;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jspecify.annotations.Nullable;
import org.portailfamille.billing.RegieId;
import org.portailfamille.billing.application.port.out.TreasuryTitles;
import org.portailfamille.billing.domain.TreasuryTitle;
import org.portailfamille.shared.FamilyId;
import org.portailfamille.shared.Money;
import org.springframework.stereotype.Repository;

import java.util.List;

import static org.portailfamille.billing.adapter.out.persistence.jooq.Tables.TREASURY_TITLE;
import static org.portailfamille.billing.adapter.out.persistence.jooq.Tables.TREASURY_TITLE_COUNTER;

/**
 * Titles and their numbering per régie and year: the counter row is created if missing and locked (INSERT … ON
 * CONFLICT DO UPDATE) until the transaction ends; taking a number is an UPDATE … RETURNING on that locked row, so
 * numbers are consecutive in commit order and a rolled-back transaction gives its numbers back.
 */
@Repository
class JooqTreasuryTitles implements TreasuryTitles {

    private final DSLContext dsl;

    JooqTreasuryTitles(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void lockNumbering(RegieId regieId, int year) {
        dsl.insertInto(TREASURY_TITLE_COUNTER)
                .set(TREASURY_TITLE_COUNTER.REGIE_ID, regieId.value())
                .set(TREASURY_TITLE_COUNTER.YEAR, year)
                .set(TREASURY_TITLE_COUNTER.NEXT_NUMBER, 1L)
                .onConflict(TREASURY_TITLE_COUNTER.REGIE_ID, TREASURY_TITLE_COUNTER.YEAR)
                .doUpdate().set(TREASURY_TITLE_COUNTER.NEXT_NUMBER, TREASURY_TITLE_COUNTER.NEXT_NUMBER)
                .execute();
    }

    @Override
    public long takeNextNumber(RegieId regieId, int year) {
        Long next = dsl.update(TREASURY_TITLE_COUNTER)
                .set(TREASURY_TITLE_COUNTER.NEXT_NUMBER, TREASURY_TITLE_COUNTER.NEXT_NUMBER.plus(1))
                .where(TREASURY_TITLE_COUNTER.REGIE_ID.eq(regieId.value()))
                .and(TREASURY_TITLE_COUNTER.YEAR.eq(year))
                .returningResult(TREASURY_TITLE_COUNTER.NEXT_NUMBER)
                .fetchOne(row -> row.value1());
        if (next == null) {
            throw new IllegalStateException("Title numbering of the year not locked first");
        }
        return next - 1;
    }

    @Override
    public void add(TreasuryTitle title) {
        dsl.insertInto(TREASURY_TITLE)
                .set(TREASURY_TITLE.ID, title.id())
                .set(TREASURY_TITLE.REGIE_ID, title.regieId().value())
                .set(TREASURY_TITLE.YEAR, title.year())
                .set(TREASURY_TITLE.NUMBER, title.number())
                .set(TREASURY_TITLE.INVOICE_ID, title.invoiceId())
                .set(TREASURY_TITLE.FAMILY_ID, title.familyId().value())
                .set(TREASURY_TITLE.PAYMENT_ID, title.paymentId())
                .set(TREASURY_TITLE.AMOUNT, title.amount().amount())
                .set(TREASURY_TITLE.ISSUED_ON, title.issuedOn())
                .set(TREASURY_TITLE.ISSUED_BY, title.issuedBy())
                .execute();
    }

    @Override
    public List<TreasuryTitle> latest(@Nullable RegieId regieId, int limit) {
        return dsl.selectFrom(TREASURY_TITLE)
                .where(regieId == null ? org.jooq.impl.DSL.noCondition() : TREASURY_TITLE.REGIE_ID.eq(regieId.value()))
                .orderBy(TREASURY_TITLE.ISSUED_ON.desc(), TREASURY_TITLE.YEAR.desc(), TREASURY_TITLE.NUMBER.desc())
                .limit(limit)
                .fetch(JooqTreasuryTitles::toTitle);
    }

    private static TreasuryTitle toTitle(Record row) {
        return new TreasuryTitle(row.get(TREASURY_TITLE.ID), new RegieId(row.get(TREASURY_TITLE.REGIE_ID)),
                row.get(TREASURY_TITLE.YEAR), row.get(TREASURY_TITLE.NUMBER), row.get(TREASURY_TITLE.INVOICE_ID),
                new FamilyId(row.get(TREASURY_TITLE.FAMILY_ID)), row.get(TREASURY_TITLE.PAYMENT_ID),
                new Money(row.get(TREASURY_TITLE.AMOUNT)), row.get(TREASURY_TITLE.ISSUED_ON),
                row.get(TREASURY_TITLE.ISSUED_BY));
    }
}
