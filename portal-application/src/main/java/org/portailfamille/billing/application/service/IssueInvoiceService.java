package org.portailfamille.billing.application.service;

import org.portailfamille.billing.RegieId;
import org.portailfamille.billing.application.port.in.IssueInvoiceCommand;
import org.portailfamille.billing.application.port.in.IssueInvoiceUseCase;
import org.portailfamille.billing.application.port.out.Invoices;
import org.portailfamille.billing.application.port.out.Ledger;
import org.portailfamille.billing.application.port.out.Regies;
import org.portailfamille.billing.domain.Invoice;
import org.portailfamille.billing.domain.LedgerEntry;
import org.portailfamille.billing.domain.OperationNumber;
import org.portailfamille.shared.DateRange;

import java.util.UUID;

public class IssueInvoiceService implements IssueInvoiceUseCase {

    private final Regies regies;
    private final Invoices invoices;
    private final Ledger ledger;

    public IssueInvoiceService(Regies regies, Invoices invoices, Ledger ledger) {
        this.regies = regies;
        this.invoices = invoices;
        this.ledger = ledger;
    }

    @Override
    public String issueInvoice(IssueInvoiceCommand command) {
        RegieId regieId = new RegieId(command.regieId());
        regies.byId(regieId).orElseThrow(() -> new IllegalArgumentException("Unknown régie " + command.regieId()));
        DateRange period = new DateRange(command.periodStart(), command.periodEnd());
        OperationNumber number = regies.takeNextInvoiceNumber(regieId);
        Invoice invoice = new Invoice(UUID.randomUUID(), regieId, command.familyId(), number, command.issueDate(),
                command.dueDate(), period, command.amount());
        invoices.add(invoice);
        ledger.append(LedgerEntry.debit(invoice));
        return number.toString();
    }
}
