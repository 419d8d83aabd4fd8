package org.portailfamille.billing.adapter.out.persistence;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.portailfamille.billing.application.port.out.Ledger;
import org.portailfamille.billing.domain.LedgerEntry;
import org.portailfamille.shared.FamilyId;
import org.portailfamille.shared.Money;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.portailfamille.billing.adapter.out.persistence.jooq.Tables.LEDGER_ENTRY;

@Repository
class JooqLedger implements Ledger {

    private final DSLContext dsl;

    JooqLedger(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void append(LedgerEntry entry) {
        dsl.insertInto(LEDGER_ENTRY)
                .set(LEDGER_ENTRY.FAMILY_ID, entry.familyId().value())
                .set(LEDGER_ENTRY.REGIE_ID, entry.regieId().value())
                .set(LEDGER_ENTRY.ENTRY_DATE, entry.date())
                .set(LEDGER_ENTRY.OPERATION_NUMBER, entry.operationNumber())
                .set(LEDGER_ENTRY.DEBIT, entry.debit().amount())
                .set(LEDGER_ENTRY.CREDIT, entry.credit().amount())
                .set(LEDGER_ENTRY.KIND, entry.kind().name())
                .set(LEDGER_ENTRY.DOCUMENT_ID, entry.documentId())
                .execute();
    }

    @Override
    public void appendAll(java.util.List<LedgerEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        // One multi-row INSERT: its rows take their identities in this order, as one append() after another would.
        var insert = dsl.insertInto(LEDGER_ENTRY, LEDGER_ENTRY.FAMILY_ID, LEDGER_ENTRY.REGIE_ID, LEDGER_ENTRY.ENTRY_DATE,
                LEDGER_ENTRY.OPERATION_NUMBER, LEDGER_ENTRY.DEBIT, LEDGER_ENTRY.CREDIT, LEDGER_ENTRY.KIND,
                LEDGER_ENTRY.DOCUMENT_ID);
        for (LedgerEntry entry : entries) {
            insert = insert.values(entry.familyId().value(), entry.regieId().value(), entry.date(),
                    entry.operationNumber(), entry.debit().amount(), entry.credit().amount(), entry.kind().name(),
                    entry.documentId());
        }
        insert.execute();
    }

    @Override
    public Money balanceAt(FamilyId familyId, LocalDate date) {
        BigDecimal balance = dsl.select(DSL.coalesce(DSL.sum(LEDGER_ENTRY.DEBIT.minus(LEDGER_ENTRY.CREDIT)), BigDecimal.ZERO))
                .from(LEDGER_ENTRY)
                .where(LEDGER_ENTRY.FAMILY_ID.eq(familyId.value()))
                .and(LEDGER_ENTRY.ENTRY_DATE.le(date))
                .fetchOne(0, BigDecimal.class);
        return new Money(balance == null ? BigDecimal.ZERO : balance);
    }

    @Override
    public java.util.List<LedgerEntry> entriesOf(FamilyId familyId) {
        return dsl.selectFrom(LEDGER_ENTRY).where(LEDGER_ENTRY.FAMILY_ID.eq(familyId.value()))
                .orderBy(LEDGER_ENTRY.ENTRY_DATE, LEDGER_ENTRY.ID)
                .fetch(row -> new LedgerEntry(new FamilyId(row.getFamilyId()),
                        new org.portailfamille.billing.RegieId(row.getRegieId()), row.getEntryDate(),
                        row.getOperationNumber(), new Money(row.getDebit()), new Money(row.getCredit()),
                        LedgerEntry.Kind.valueOf(row.getKind()), row.getDocumentId()));
    }
}
