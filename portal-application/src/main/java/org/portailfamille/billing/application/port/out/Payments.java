package org.portailfamille.billing.application.port.out;

import org.portailfamille.billing.domain.Payment;
import org.portailfamille.billing.domain.PaymentCancellation;
import org.portailfamille.shared.FamilyId;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where payments are kept. */
public interface Payments {

    void add(Payment payment);

    List<Payment> ofInvoices(Collection<UUID> invoiceIds);

    Optional<Payment> byNumberForUpdate(String number);

    List<Payment> ofFamily(FamilyId familyId);

    List<Payment> byIds(Collection<UUID> ids);

    void addCancellation(PaymentCancellation cancellation);

    List<PaymentCancellation> cancellationsOf(Collection<UUID> paymentIds);
}
