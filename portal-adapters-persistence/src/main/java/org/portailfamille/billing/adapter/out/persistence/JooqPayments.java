package org.portailfamille.billing.adapter.out.persistence;

import org.jooq.DSLContext;
import org.portailfamille.billing.RegieId;
import org.portailfamille.billing.application.port.out.Payments;
import org.portailfamille.billing.domain.OperationNumber;
import org.portailfamille.billing.domain.Payment;
import org.portailfamille.billing.domain.PaymentMethod;
import org.portailfamille.shared.FamilyId;
import org.portailfamille.shared.Money;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import static org.portailfamille.billing.adapter.out.persistence.jooq.Tables.PAYMENT;

@Repository
class JooqPayments implements Payments {

    private final DSLContext dsl;

    JooqPayments(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void add(Payment payment) {
        dsl.insertInto(PAYMENT)
                .set(PAYMENT.ID, payment.id())
                .set(PAYMENT.REGIE_ID, payment.regieId().value())
                .set(PAYMENT.FAMILY_ID, payment.familyId().value())
                .set(PAYMENT.NUMBER, payment.number().toString())
                .set(PAYMENT.PAYMENT_DATE, payment.date())
                .set(PAYMENT.METHOD, payment.method().name())
                .set(PAYMENT.AMOUNT, payment.amount().amount())
                .set(PAYMENT.INVOICE_ID, payment.invoiceId())
                .execute();
    }

    @Override
    public List<Payment> ofInvoices(Collection<UUID> invoiceIds) {
        if (invoiceIds.isEmpty()) {
            return List.of();
        }
        return dsl.selectFrom(PAYMENT).where(PAYMENT.INVOICE_ID.in(invoiceIds))
                .fetch(row -> new Payment(row.getId(), new RegieId(row.getRegieId()), new FamilyId(row.getFamilyId()),
                        OperationNumber.parse(row.getNumber()), row.getPaymentDate(),
                        PaymentMethod.valueOf(row.getMethod()), new Money(row.getAmount()), row.getInvoiceId()));
    }
}
