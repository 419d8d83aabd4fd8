package org.portailfamille.billing.adapter.out.persistence;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.portailfamille.billing.application.port.out.TaxCertificateFacts;
import org.portailfamille.billing.domain.ChildcareTaxCredit;
import org.portailfamille.billing.domain.InvoiceLine;
import org.portailfamille.billing.domain.PaymentMethod;
import org.portailfamille.shared.FamilyId;
import org.portailfamille.shared.Money;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.portailfamille.billing.adapter.out.persistence.jooq.Tables.ALLOCATION;
import static org.portailfamille.billing.adapter.out.persistence.jooq.Tables.CREDIT_NOTE_LINE;
import static org.portailfamille.billing.adapter.out.persistence.jooq.Tables.INVOICE;
import static org.portailfamille.billing.adapter.out.persistence.jooq.Tables.INVOICE_LINE;
import static org.portailfamille.billing.adapter.out.persistence.jooq.Tables.PAYMENT;
import static org.portailfamille.billing.adapter.out.persistence.jooq.Tables.PAYMENT_CANCELLATION;

@Repository
class JooqTaxCertificateFacts implements TaxCertificateFacts {

    private final DSLContext dsl;

    JooqTaxCertificateFacts(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<FamilyId> familiesWithPaymentsIn(int year) {
        return dsl.selectDistinct(PAYMENT.FAMILY_ID).from(PAYMENT)
                .where(PAYMENT.PAYMENT_DATE.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)))
                .and(PAYMENT.METHOD.ne(PaymentMethod.TREASURY_TITLE.name()))
                .orderBy(PAYMENT.FAMILY_ID)
                .fetch(row -> new FamilyId(row.value1()));
    }

    @Override
    public List<ChildcareTaxCredit.InvoiceLines> invoiceLinesOf(FamilyId familyId) {
        var credited = DSL.select(CREDIT_NOTE_LINE.CREDITED_LINE_ID, DSL.sum(CREDIT_NOTE_LINE.AMOUNT).as("credited"))
                .from(CREDIT_NOTE_LINE).groupBy(CREDIT_NOTE_LINE.CREDITED_LINE_ID).asTable("credited");
        var creditedLine = credited.field(CREDIT_NOTE_LINE.CREDITED_LINE_ID);
        var creditedAmount = credited.field("credited", BigDecimal.class);
        Map<UUID, List<ChildcareTaxCredit.CreditedLine>> byInvoice = new LinkedHashMap<>();
        dsl.select(INVOICE_LINE.fields()).select(creditedAmount)
                .from(INVOICE_LINE).join(INVOICE).on(INVOICE.ID.eq(INVOICE_LINE.INVOICE_ID))
                .leftJoin(credited).on(creditedLine.eq(INVOICE_LINE.ID))
                .where(INVOICE.FAMILY_ID.eq(familyId.value())).and(INVOICE.CREDITED_INVOICE_ID.isNull())
                .orderBy(INVOICE.ISSUE_DATE, INVOICE_LINE.DAY)
                .forEach(row -> {
                    InvoiceLine line = JooqInvoiceLines.toLine(row);
                    BigDecimal amount = row.get(creditedAmount);
                    byInvoice.computeIfAbsent(line.invoiceId(), k -> new ArrayList<>()).add(
                            new ChildcareTaxCredit.CreditedLine(line.line(),
                                    amount == null ? Money.ZERO : new Money(amount)));
                });
        return byInvoice.entrySet().stream()
                .map(e -> new ChildcareTaxCredit.InvoiceLines(e.getKey(), e.getValue())).toList();
    }

    @Override
    public List<ChildcareTaxCredit.PaidCredit> paymentsOf(FamilyId familyId) {
        var rows = dsl.select(PAYMENT.ID, PAYMENT.PAYMENT_DATE, PAYMENT.METHOD).from(PAYMENT)
                .where(PAYMENT.FAMILY_ID.eq(familyId.value())).orderBy(PAYMENT.PAYMENT_DATE, PAYMENT.ID).fetch();
        List<UUID> ids = rows.map(r -> r.value1());
        if (ids.isEmpty()) {
            return List.of();
        }
        Set<UUID> cancelled = dsl.select(PAYMENT_CANCELLATION.PAYMENT_ID).from(PAYMENT_CANCELLATION)
                .where(PAYMENT_CANCELLATION.PAYMENT_ID.in(ids)).fetchSet(r -> r.value1());
        Map<UUID, Map<UUID, Money>> allocated = new HashMap<>();
        dsl.select(ALLOCATION.CREDIT_ID, ALLOCATION.INVOICE_ID, DSL.sum(ALLOCATION.AMOUNT)).from(ALLOCATION)
                .where(ALLOCATION.CREDIT_ID.in(ids)).groupBy(ALLOCATION.CREDIT_ID, ALLOCATION.INVOICE_ID)
                .forEach(r -> allocated.computeIfAbsent(r.value1(), k -> new HashMap<>())
                        .put(r.value2(), new Money(r.value3())));
        return rows.stream().map(r -> new ChildcareTaxCredit.PaidCredit(r.value1(), r.value2(),
                        PaymentMethod.valueOf(r.value3()), cancelled.contains(r.value1()),
                        allocated.getOrDefault(r.value1(), Map.of())))
                .collect(Collectors.toList());
    }
}
