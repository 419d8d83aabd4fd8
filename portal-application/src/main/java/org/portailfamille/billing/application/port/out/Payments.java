package org.portailfamille.billing.application.port.out;

import org.portailfamille.billing.domain.Payment;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Where payments are kept. */
public interface Payments {

    void add(Payment payment);

    List<Payment> ofInvoices(Collection<UUID> invoiceIds);
}
