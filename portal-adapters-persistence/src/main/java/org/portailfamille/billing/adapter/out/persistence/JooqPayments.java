package org.portailfamille.billing.adapter.out.persistence;

import org.jooq.DSLContext;
import org.portailfamille.billing.RegieId;
import org.portailfamille.billing.application.port.out.Payments;
import org.portailfamille.billing.domain.OperationNumber;
import org.portailfamille.billing.domain.Payment;
import org.portailfamille.billing.domain.PaymentCancellation;
import org.portailfamille.billing.domain.PaymentMethod;
import org.portailfamille.shared.FamilyId;
import org.portailfamille.shared.Money;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.portailfamille.billing.adapter.out.persistence.jooq.Tables.PAYMENT;
import static org.portailfamille.billing.adapter.out.persistence.jooq.Tables.PAYMENT_CANCELLATION;

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
                .set(PAYMENT.REFERENCE, payment.reference())
                .execute();
    }

    @Override
    public Optional<Payment> byNumberForUpdate(String number) {
        return dsl.selectFrom(PAYMENT).where(PAYMENT.NUMBER.eq(number)).forUpdate().fetchOptional(JooqPayments::toPayment);
    }

    @Override
    public List<Payment> ofFamily(FamilyId familyId) {
        return dsl.selectFrom(PAYMENT).where(PAYMENT.FAMILY_ID.eq(familyId.value()))
                .orderBy(PAYMENT.PAYMENT_DATE, PAYMENT.ID).fetch(JooqPayments::toPayment);
    }

    @Override
    public List<Payment> byIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return dsl.selectFrom(PAYMENT).where(PAYMENT.ID.in(ids)).fetch(JooqPayments::toPayment);
    }

    @Override
    public void addCancellation(PaymentCancellation cancellation) {
        dsl.insertInto(PAYMENT_CANCELLATION)
                .set(PAYMENT_CANCELLATION.ID, cancellation.id())
                .set(PAYMENT_CANCELLATION.PAYMENT_ID, cancellation.paymentId())
                .set(PAYMENT_CANCELLATION.NUMBER, cancellation.number().toString())
                .set(PAYMENT_CANCELLATION.CANCEL_DATE, cancellation.date())
                .set(PAYMENT_CANCELLATION.REASON, cancellation.reason())
                .execute();
    }

    @Override
    public List<PaymentCancellation> cancellationsOf(Collection<UUID> paymentIds) {
        if (paymentIds.isEmpty()) {
            return List.of();
        }
        return dsl.selectFrom(PAYMENT_CANCELLATION).where(PAYMENT_CANCELLATION.PAYMENT_ID.in(paymentIds))
                .fetch(row -> new PaymentCancellation(row.getId(), row.getPaymentId(),
                        OperationNumber.parse(row.getNumber()), row.getCancelDate(), row.getReason()));
    }

    private static Payment toPayment(org.portailfamille.billing.adapter.out.persistence.jooq.tables.records.PaymentRecord row) {
        return new Payment(row.getId(), new RegieId(row.getRegieId()), new FamilyId(row.getFamilyId()),
                OperationNumber.parse(row.getNumber()), row.getPaymentDate(), PaymentMethod.valueOf(row.getMethod()),
                new Money(row.getAmount()), row.getInvoiceId(), row.getReference());
    }

    @Override
    public List<Payment> ofInvoices(Collection<UUID> invoiceIds) {
        if (invoiceIds.isEmpty()) {
            return List.of();
        }
        return dsl.selectFrom(PAYMENT).where(PAYMENT.INVOICE_ID.in(invoiceIds)).fetch(JooqPayments::toPayment);
    }
}
