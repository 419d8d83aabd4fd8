package org.portailfamille.billing.application.port.out;

import org.portailfamille.billing.domain.OnlinePayment;
import org.portailfamille.shared.FamilyId;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Where online payment operations are kept; the database decides what must happen once (ADR 0027). */
public interface OnlinePayments {

    /** Stores a new operation; false (nothing stored) when the invoice already has an open one. */
    boolean add(OnlinePayment operation);

    Optional<OnlinePayment> byId(UUID id);

    /** The operation, locked until the transaction ends: notifications of one operation are handled one at a time. */
    Optional<OnlinePayment> byIdForUpdate(UUID id);

    Optional<OnlinePayment> byProviderOperationIdForUpdate(String providerOperationId);

    /** The journey's operations in order. */
    List<OnlinePayment> ofJourney(UUID journeyId);

    /** Moves {@code from} to {@code to} if it is still in {@code from}'s state; false when it changed meanwhile. */
    boolean transition(OnlinePayment from, OnlinePayment to);

    /** Of these invoices, those with an open (CREATED or PENDING) operation. */
    Set<UUID> openInvoiceIds(Collection<UUID> invoiceIds);

    /** Open operations created before the instant, oldest first (reconciliation and expiry). */
    List<UUID> openCreatedBefore(Instant instant, int limit);

    /** The family's operations, latest first. */
    List<OnlinePayment> ofFamily(FamilyId familyId);
}
