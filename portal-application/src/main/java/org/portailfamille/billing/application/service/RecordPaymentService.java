package org.portailfamille.billing.application.service;

import org.portailfamille.billing.application.port.in.RecordPaymentCommand;
import org.portailfamille.billing.application.port.in.RecordPaymentUseCase;
import org.portailfamille.billing.application.port.out.Invoices;
import org.portailfamille.billing.application.port.out.Ledger;
import org.portailfamille.billing.application.port.out.Payments;
import org.portailfamille.billing.application.port.out.Regies;
import org.portailfamille.billing.domain.Invoice;
import org.portailfamille.billing.domain.InvoiceSettlement;
import org.portailfamille.billing.domain.LedgerEntry;
import org.portailfamille.billing.domain.Payment;
import org.portailfamille.billing.domain.PaymentMethod;

import java.util.List;
import java.util.UUID;

public class RecordPaymentService implements RecordPaymentUseCase {

    private final Regies regies;
    private final Invoices invoices;
    private final Payments payments;
    private final Ledger ledger;

    public RecordPaymentService(Regies regies, Invoices invoices, Payments payments, Ledger ledger) {
        this.regies = regies;
        this.invoices = invoices;
        this.payments = payments;
        this.ledger = ledger;
    }

    @Override
    public String recordPayment(RecordPaymentCommand command) {
        Invoice invoice = invoices.byNumberForUpdate(command.invoiceNumber())
                .orElseThrow(() -> new IllegalArgumentException("Unknown invoice " + command.invoiceNumber()));
        if (InvoiceSettlement.wouldOverpay(invoice, payments.ofInvoices(List.of(invoice.id())), command.amount())) {
            throw new IllegalArgumentException("The payment exceeds what is due on " + command.invoiceNumber());
        }
        Payment payment = new Payment(UUID.randomUUID(), invoice.regieId(), invoice.familyId(),
                regies.takeNextPaymentNumber(invoice.regieId()), command.date(), PaymentMethod.valueOf(command.method()),
                command.amount(), invoice.id());
        payments.add(payment);
        ledger.append(LedgerEntry.credit(payment));
        return payment.number().toString();
    }
}
