package org.portailfamille.billing.application.service;

import org.portailfamille.billing.application.port.in.AccountSituation;
import org.portailfamille.billing.application.port.in.UnpaidInvoice;
import org.portailfamille.billing.application.port.in.ViewAccountSituationUseCase;
import org.portailfamille.billing.application.port.out.Invoices;
import org.portailfamille.billing.application.port.out.Ledger;
import org.portailfamille.billing.application.port.out.Payments;
import org.portailfamille.billing.domain.Invoice;
import org.portailfamille.billing.domain.InvoiceSettlement;
import org.portailfamille.billing.domain.Payment;
import org.portailfamille.shared.FamilyId;
import org.portailfamille.shared.Money;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

public class ViewAccountSituationService implements ViewAccountSituationUseCase {

    private final Invoices invoices;
    private final Payments payments;
    private final Ledger ledger;

    public ViewAccountSituationService(Invoices invoices, Payments payments, Ledger ledger) {
        this.invoices = invoices;
        this.payments = payments;
        this.ledger = ledger;
    }

    @Override
    public AccountSituation accountSituation(FamilyId familyId, LocalDate date) {
        List<Invoice> issued = invoices.ofFamilyIssuedBy(familyId, date);
        List<Payment> paid = payments.ofInvoices(issued.stream().map(Invoice::id).toList());
        List<UnpaidInvoice> unpaid = issued.stream()
                .sorted(Comparator.comparing(Invoice::issueDate).thenComparing(invoice -> invoice.number().sequence()))
                .map(invoice -> new UnpaidInvoice(invoice.number().toString(), invoice.issueDate(), invoice.dueDate(),
                        InvoiceSettlement.remainingAt(invoice, paid, date)))
                .filter(line -> line.amountDue().isPositive())
                .toList();
        Money balance = ledger.balanceAt(familyId, date);
        return new AccountSituation(date, balance, unpaid);
    }
}
