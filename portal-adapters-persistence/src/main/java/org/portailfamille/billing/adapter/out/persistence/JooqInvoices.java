package org.portailfamille.billing.adapter.out.persistence;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.portailfamille.billing.RegieId;
import org.portailfamille.billing.adapter.out.persistence.jooq.tables.records.InvoiceRecord;
import org.portailfamille.billing.application.port.out.Invoices;
import org.portailfamille.billing.domain.Invoice;
import org.portailfamille.billing.domain.OperationNumber;
import org.portailfamille.billing.domain.PaymentMethod;
import org.portailfamille.shared.DateRange;
import org.portailfamille.shared.FamilyId;
import org.portailfamille.shared.Money;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.portailfamille.billing.adapter.out.persistence.jooq.Tables.ALLOCATION;
import static org.portailfamille.billing.adapter.out.persistence.jooq.Tables.INVOICE;
import static org.portailfamille.billing.adapter.out.persistence.jooq.Tables.PAYMENT;
import static org.portailfamille.billing.adapter.out.persistence.jooq.Tables.PAYMENT_CANCELLATION;

@Repository
class JooqInvoices implements Invoices {

    private final DSLContext dsl;

    JooqInvoices(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void add(Invoice invoice) {
        dsl.insertInto(INVOICE)
                .set(INVOICE.ID, invoice.id())
                .set(INVOICE.REGIE_ID, invoice.regieId().value())
                .set(INVOICE.FAMILY_ID, invoice.familyId().value())
                .set(INVOICE.NUMBER, invoice.number().toString())
                .set(INVOICE.ISSUE_DATE, invoice.issueDate())
                .set(INVOICE.DUE_DATE, invoice.dueDate())
                .set(INVOICE.PERIOD_START, invoice.period().start())
                .set(INVOICE.PERIOD_END, invoice.period().end())
                .set(INVOICE.AMOUNT, invoice.amount().amount())
                .set(INVOICE.CREDITED_INVOICE_ID, invoice.creditedInvoiceId())
                .execute();
    }

    @Override
    public void addAll(List<Invoice> invoices) {
        if (invoices.isEmpty()) {
            return;
        }
        var insert = dsl.insertInto(INVOICE, INVOICE.ID, INVOICE.REGIE_ID, INVOICE.FAMILY_ID, INVOICE.NUMBER,
                INVOICE.ISSUE_DATE, INVOICE.DUE_DATE, INVOICE.PERIOD_START, INVOICE.PERIOD_END, INVOICE.AMOUNT,
                INVOICE.CREDITED_INVOICE_ID);
        for (Invoice invoice : invoices) {
            insert = insert.values(invoice.id(), invoice.regieId().value(), invoice.familyId().value(),
                    invoice.number().toString(), invoice.issueDate(), invoice.dueDate(), invoice.period().start(),
                    invoice.period().end(), invoice.amount().amount(), invoice.creditedInvoiceId());
        }
        insert.execute();
    }

    @Override
    public Optional<Invoice> byNumberForUpdate(String number) {
        return dsl.selectFrom(INVOICE).where(INVOICE.NUMBER.eq(number)).forUpdate()
                .fetchOptional(JooqInvoices::toInvoice);
    }

    @Override
    public List<Invoice> ofFamilyIssuedBy(FamilyId familyId, LocalDate date) {
        return dsl.selectFrom(INVOICE)
                .where(INVOICE.FAMILY_ID.eq(familyId.value()))
                .and(INVOICE.ISSUE_DATE.le(date))
                .and(INVOICE.CREDITED_INVOICE_ID.isNull())
                .orderBy(INVOICE.ISSUE_DATE, INVOICE.NUMBER)
                .fetch(JooqInvoices::toInvoice);
    }

    @Override
    public Optional<Invoice> byId(UUID id) {
        return dsl.selectFrom(INVOICE).where(INVOICE.ID.eq(id)).fetchOptional(JooqInvoices::toInvoice);
    }

    @Override
    public Optional<Invoice> byNumber(String number) {
        return dsl.selectFrom(INVOICE).where(INVOICE.NUMBER.eq(number)).fetchOptional(JooqInvoices::toInvoice);
    }

    @Override
    public List<Invoice> ofFamily(FamilyId familyId) {
        return dsl.selectFrom(INVOICE).where(INVOICE.FAMILY_ID.eq(familyId.value()))
                .orderBy(INVOICE.ISSUE_DATE, INVOICE.ID).fetch(JooqInvoices::toInvoice);
    }

    @Override
    public List<Invoice> ofFamilyAtRegieForUpdate(FamilyId familyId, RegieId regieId) {
        return dsl.selectFrom(INVOICE).where(INVOICE.FAMILY_ID.eq(familyId.value()))
                .and(INVOICE.REGIE_ID.eq(regieId.value())).and(INVOICE.CREDITED_INVOICE_ID.isNull())
                .orderBy(INVOICE.ISSUE_DATE, INVOICE.PERIOD_START, INVOICE.ID).forUpdate()
                .fetch(JooqInvoices::toInvoice).stream()
                .sorted(java.util.Comparator.comparing(Invoice::issueDate)
                        .thenComparing(invoice -> invoice.period().start())
                        .thenComparing(invoice -> invoice.number().sequence()))
                .toList();
    }

    @Override
    public List<Invoice> issuedBy(@Nullable RegieId regieId, LocalDate date) {
        return dsl.selectFrom(INVOICE).where(INVOICE.ISSUE_DATE.le(date)).and(INVOICE.CREDITED_INVOICE_ID.isNull())
                .and(regieId == null ? DSL.trueCondition() : INVOICE.REGIE_ID.eq(regieId.value()))
                .orderBy(INVOICE.DUE_DATE, INVOICE.NUMBER).fetch(JooqInvoices::toInvoice);
    }

    @Override
    public long countDueIssuedBy(LocalDate date) {
        // StatementService's Book.due in SQL: titled -> nothing due; otherwise amount - everything set against it
        var titled = DSL.selectOne().from(ALLOCATION).join(PAYMENT).on(PAYMENT.ID.eq(ALLOCATION.CREDIT_ID))
                .where(ALLOCATION.INVOICE_ID.eq(INVOICE.ID)).and(PAYMENT.FAMILY_ID.eq(INVOICE.FAMILY_ID))
                .and(PAYMENT.METHOD.eq(PaymentMethod.TREASURY_TITLE.name()))
                .andNotExists(DSL.selectOne().from(PAYMENT_CANCELLATION)
                        .where(PAYMENT_CANCELLATION.PAYMENT_ID.eq(PAYMENT.ID)));
        var setAgainst = DSL.select(DSL.coalesce(DSL.sum(ALLOCATION.AMOUNT), BigDecimal.ZERO))
                .from(ALLOCATION).where(ALLOCATION.INVOICE_ID.eq(INVOICE.ID));
        return dsl.selectCount().from(INVOICE).where(INVOICE.ISSUE_DATE.le(date))
                .and(INVOICE.CREDITED_INVOICE_ID.isNull())
                .andNotExists(titled)
                .and(INVOICE.AMOUNT.gt(DSL.field(setAgainst)))
                .fetchOne(0, Long.class);
    }

    private static Invoice toInvoice(InvoiceRecord row) {
        return new Invoice(row.getId(), new RegieId(row.getRegieId()), new FamilyId(row.getFamilyId()),
                OperationNumber.parse(row.getNumber()), row.getIssueDate(), row.getDueDate(),
                new DateRange(row.getPeriodStart(), row.getPeriodEnd()), new Money(row.getAmount()),
                row.getCreditedInvoiceId());
    }
}
