package org.portailfamille.billing.adapter.out.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import org.portailfamille.billing.application.port.out.Payments;
import org.portailfamille.billing.domain.Payment;
import org.portailfamille.billing.domain.PaymentCancellation;
import org.portailfamille.shared.FamilyId;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The payments store, counting what it records once the transaction commits: {@code portal.payments} (tag
 * {@code method}) and {@code portal.payments.cancelled}. Metrics stay out of the domain and the use cases.
 */
public class CountedPayments implements Payments {

    private final Payments delegate;
    private final Supplier<MeterRegistry> registry;

    /** The registry is asked for at the first count (this store is made before the metrics are). */
    public CountedPayments(Payments delegate, Supplier<MeterRegistry> registry) {
        this.delegate = delegate;
        this.registry = registry;
    }

    @Override
    public void add(Payment payment) {
        delegate.add(payment);
        afterCommit(() -> registry.get().counter("portal.payments", "method", payment.method().name()).increment());
    }

    @Override
    public List<Payment> ofInvoices(Collection<UUID> invoiceIds) {
        return delegate.ofInvoices(invoiceIds);
    }

    @Override
    public Optional<Payment> byNumberForUpdate(String number) {
        return delegate.byNumberForUpdate(number);
    }

    @Override
    public List<Payment> ofFamily(FamilyId familyId) {
        return delegate.ofFamily(familyId);
    }

    @Override
    public List<Payment> byIds(Collection<UUID> ids) {
        return delegate.byIds(ids);
    }

    @Override
    public void addCancellation(PaymentCancellation cancellation) {
        delegate.addCancellation(cancellation);
        afterCommit(() -> registry.get().counter("portal.payments.cancelled").increment());
    }

    @Override
    public List<PaymentCancellation> cancellationsOf(Collection<UUID> paymentIds) {
        return delegate.cancellationsOf(paymentIds);
    }

    private static void afterCommit(Runnable count) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    count.run();
                }
            });
        } else {
            count.run();
        }
    }
}
