package org.portailfamille.billing.adapter.out.persistence;

import org.jooq.DSLContext;
import org.portailfamille.billing.RegieId;
import org.portailfamille.billing.adapter.out.persistence.jooq.tables.records.OnlinePaymentRecord;
import org.portailfamille.billing.application.port.out.OnlinePayments;
import org.portailfamille.billing.domain.OnlinePayment;
import org.portailfamille.billing.domain.OnlinePaymentState;
import org.portailfamille.shared.FamilyId;
import org.portailfamille.shared.Money;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.portailfamille.billing.adapter.out.persistence.jooq.Tables.ONLINE_PAYMENT;

/**
 * Online payment operations. One open operation per invoice is a partial unique index ({@link #add} does nothing and
 * says so on a conflict); state changes are conditional on the state read ({@link #transition}).
 */
@Repository
class JooqOnlinePayments implements OnlinePayments {

    private static final List<String> OPEN = List.of(OnlinePaymentState.CREATED.name(),
            OnlinePaymentState.PENDING.name());

    private final DSLContext dsl;

    JooqOnlinePayments(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public boolean add(OnlinePayment operation) {
        return dsl.insertInto(ONLINE_PAYMENT)
                .set(ONLINE_PAYMENT.ID, operation.id())
                .set(ONLINE_PAYMENT.JOURNEY_ID, operation.journeyId())
                .set(ONLINE_PAYMENT.POSITION, operation.position())
                .set(ONLINE_PAYMENT.FAMILY_ID, operation.familyId().value())
                .set(ONLINE_PAYMENT.REGIE_ID, operation.regieId().value())
                .set(ONLINE_PAYMENT.INVOICE_ID, operation.invoiceId())
                .set(ONLINE_PAYMENT.INVOICE_NUMBER, operation.invoiceNumber())
                .set(ONLINE_PAYMENT.AMOUNT, operation.amount().amount())
                .set(ONLINE_PAYMENT.STATE, operation.state().name())
                .set(ONLINE_PAYMENT.PROVIDER_OPERATION_ID, operation.providerOperationId())
                .set(ONLINE_PAYMENT.CREATED_AT, odt(operation.createdAt()))
                .set(ONLINE_PAYMENT.UPDATED_AT, odt(operation.updatedAt()))
                .set(ONLINE_PAYMENT.PAYMENT_ID, operation.paymentId())
                .set(ONLINE_PAYMENT.TRANSACTION_NUMBER, operation.transactionNumber())
                .onConflictDoNothing()
                .execute() == 1;
    }

    @Override
    public Optional<OnlinePayment> byId(UUID id) {
        return dsl.selectFrom(ONLINE_PAYMENT).where(ONLINE_PAYMENT.ID.eq(id)).fetchOptional(JooqOnlinePayments::toDomain);
    }

    @Override
    public Optional<OnlinePayment> byIdForUpdate(UUID id) {
        return dsl.selectFrom(ONLINE_PAYMENT).where(ONLINE_PAYMENT.ID.eq(id)).forUpdate()
                .fetchOptional(JooqOnlinePayments::toDomain);
    }

    @Override
    public Optional<OnlinePayment> byProviderOperationIdForUpdate(String providerOperationId) {
        return dsl.selectFrom(ONLINE_PAYMENT).where(ONLINE_PAYMENT.PROVIDER_OPERATION_ID.eq(providerOperationId))
                .forUpdate().fetchOptional(JooqOnlinePayments::toDomain);
    }

    @Override
    public List<OnlinePayment> ofJourney(UUID journeyId) {
        return dsl.selectFrom(ONLINE_PAYMENT).where(ONLINE_PAYMENT.JOURNEY_ID.eq(journeyId))
                .orderBy(ONLINE_PAYMENT.POSITION).fetch(JooqOnlinePayments::toDomain);
    }

    @Override
    public boolean transition(OnlinePayment from, OnlinePayment to) {
        if (!from.id().equals(to.id())) {
            throw new IllegalArgumentException("Not the same operation");
        }
        return dsl.update(ONLINE_PAYMENT)
                .set(ONLINE_PAYMENT.STATE, to.state().name())
                .set(ONLINE_PAYMENT.PROVIDER_OPERATION_ID, to.providerOperationId())
                .set(ONLINE_PAYMENT.UPDATED_AT, odt(to.updatedAt()))
                .set(ONLINE_PAYMENT.PAYMENT_ID, to.paymentId())
                .set(ONLINE_PAYMENT.TRANSACTION_NUMBER, to.transactionNumber())
                .where(ONLINE_PAYMENT.ID.eq(from.id()))
                .and(ONLINE_PAYMENT.STATE.eq(from.state().name()))
                .execute() == 1;
    }

    @Override
    public Set<UUID> openInvoiceIds(Collection<UUID> invoiceIds) {
        if (invoiceIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(dsl.select(ONLINE_PAYMENT.INVOICE_ID).from(ONLINE_PAYMENT)
                .where(ONLINE_PAYMENT.INVOICE_ID.in(invoiceIds)).and(ONLINE_PAYMENT.STATE.in(OPEN))
                .fetch(ONLINE_PAYMENT.INVOICE_ID));
    }

    @Override
    public List<UUID> openCreatedBefore(Instant instant, int limit) {
        return dsl.select(ONLINE_PAYMENT.ID).from(ONLINE_PAYMENT)
                .where(ONLINE_PAYMENT.STATE.in(OPEN)).and(ONLINE_PAYMENT.CREATED_AT.le(odt(instant)))
                .orderBy(ONLINE_PAYMENT.CREATED_AT).limit(limit).fetch(ONLINE_PAYMENT.ID);
    }

    @Override
    public List<OnlinePayment> ofFamily(FamilyId familyId) {
        return dsl.selectFrom(ONLINE_PAYMENT).where(ONLINE_PAYMENT.FAMILY_ID.eq(familyId.value()))
                .orderBy(ONLINE_PAYMENT.CREATED_AT.desc(), ONLINE_PAYMENT.POSITION).fetch(JooqOnlinePayments::toDomain);
    }

    private static OffsetDateTime odt(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static OnlinePayment toDomain(OnlinePaymentRecord row) {
        return new OnlinePayment(row.getId(), row.getJourneyId(), row.getPosition(), new FamilyId(row.getFamilyId()),
                new RegieId(row.getRegieId()), row.getInvoiceId(), row.getInvoiceNumber(), new Money(row.getAmount()),
                OnlinePaymentState.valueOf(row.getState()), row.getProviderOperationId(),
                row.getCreatedAt().toInstant(), row.getUpdatedAt().toInstant(), row.getPaymentId(),
                row.getTransactionNumber());
    }
}
