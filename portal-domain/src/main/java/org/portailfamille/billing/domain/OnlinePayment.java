package org.portailfamille.billing.domain;

import org.jspecify.annotations.Nullable;
import org.portailfamille.billing.RegieId;
import org.portailfamille.shared.FamilyId;
import org.portailfamille.shared.Money;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * An online payment operation: one invoice paid through the provider's hosted page (PayFiP takes one invoice per
 * operation). Several operations of one family form a journey ({@code journeyId}, in {@code position} order).
 * Its state changes only through the transitions below; each returns the next state, or empty when the event changes
 * nothing (a duplicate, late or out-of-order notification), so that applying the same event twice is harmless.
 *
 * @param providerOperationId the provider's id of the operation (PayFiP's idOp), once created there
 * @param paymentId           the payment recorded for it, once PAID
 * @param transactionNumber   the provider's authorisation number, once PAID
 */
public record OnlinePayment(UUID id, UUID journeyId, int position, FamilyId familyId, RegieId regieId,
                            UUID invoiceId, String invoiceNumber, Money amount, OnlinePaymentState state,
                            @Nullable String providerOperationId, Instant createdAt, Instant updatedAt,
                            @Nullable UUID paymentId, @Nullable String transactionNumber) {

    public OnlinePayment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(journeyId, "journeyId");
        Objects.requireNonNull(familyId, "familyId");
        Objects.requireNonNull(regieId, "regieId");
        Objects.requireNonNull(invoiceId, "invoiceId");
        Objects.requireNonNull(invoiceNumber, "invoiceNumber");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("An online payment is of a positive amount");
        }
        if (position < 0) {
            throw new IllegalArgumentException("position");
        }
        if (state != OnlinePaymentState.CREATED && state != OnlinePaymentState.EXPIRED && providerOperationId == null) {
            throw new IllegalArgumentException("Only a CREATED (or expired unsent) operation has no provider id");
        }
        if ((state == OnlinePaymentState.PAID) != (paymentId != null)) {
            throw new IllegalArgumentException("A PAID operation, and only it, has its payment");
        }
    }

    /** A new operation for an invoice, not yet known to the provider. */
    public static OnlinePayment create(UUID journeyId, int position, FamilyId familyId, RegieId regieId, UUID invoiceId,
                                       String invoiceNumber, Money amount, Instant now) {
        return new OnlinePayment(UUID.randomUUID(), journeyId, position, familyId, regieId, invoiceId, invoiceNumber,
                amount, OnlinePaymentState.CREATED, null, now, now, null, null);
    }

    /** The provider created it and the family is sent to its page: CREATED → PENDING. */
    public Optional<OnlinePayment> sentToProvider(String providerOperationId, Instant now) {
        Objects.requireNonNull(providerOperationId, "providerOperationId");
        if (state != OnlinePaymentState.CREATED) {
            return Optional.empty();
        }
        return Optional.of(with(OnlinePaymentState.PENDING, providerOperationId, now, null, null));
    }

    /**
     * What the provider confirmed (never what a browser said). PAID is accepted from any state but REFUSED and PAID
     * (money taken must be recorded even after an expiry or an abandon); the others only close an active operation.
     * Anything else changes nothing.
     */
    public Optional<OnlinePayment> confirmed(ProviderResult result, @Nullable UUID newPaymentId,
                                             @Nullable String transaction, Instant now) {
        return switch (result) {
            case PAID -> {
                if (state == OnlinePaymentState.PAID || state == OnlinePaymentState.REFUSED) {
                    yield Optional.empty();
                }
                Objects.requireNonNull(newPaymentId, "the payment recorded for a PAID operation");
                yield Optional.of(with(OnlinePaymentState.PAID, providerOperationId, now, newPaymentId, transaction));
            }
            case REFUSED -> state.isActive() ? Optional.of(with(OnlinePaymentState.REFUSED, providerOperationId, now,
                    null, null)) : Optional.empty();
            case ABANDONED -> state.isActive() ? Optional.of(with(OnlinePaymentState.ABANDONED, providerOperationId,
                    now, null, null)) : Optional.empty();
            case IN_PROGRESS -> Optional.empty();
        };
    }

    /** Whether a provider's PAID would record a payment now (the caller then takes a payment number). */
    public boolean wouldRecordPayment(ProviderResult result) {
        return result == ProviderResult.PAID && state != OnlinePaymentState.PAID && state != OnlinePaymentState.REFUSED;
    }

    /** Nothing final came within {@code after}: an active operation expires (an operation never sent, too). */
    public Optional<OnlinePayment> expiredAt(Instant now, Duration after) {
        if (!state.isActive() || createdAt.plus(after).isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(with(OnlinePaymentState.EXPIRED, providerOperationId, now, null, null));
    }

    private OnlinePayment with(OnlinePaymentState next, @Nullable String provider, Instant now,
                               @Nullable UUID payment, @Nullable String transaction) {
        return new OnlinePayment(id, journeyId, position, familyId, regieId, invoiceId, invoiceNumber, amount, next,
                provider, createdAt, now, payment, transaction);
    }
}
