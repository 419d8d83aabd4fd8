package org.portailfamille.billing.config;

import org.portailfamille.accounts.application.port.in.GetChildNamesUseCase;
import org.portailfamille.accounts.application.port.in.GetFamilyFileUseCase;
import org.portailfamille.accounts.application.port.in.GetFamilySummaryUseCase;
import org.portailfamille.billing.application.port.in.CancelPaymentUseCase;
import org.portailfamille.billing.application.port.out.Allocations;
import org.portailfamille.billing.application.port.out.DirectDebitEvents;
import org.portailfamille.billing.application.port.out.DirectDebitFileWriter;
import org.portailfamille.billing.application.port.out.DirectDebitFiles;
import org.portailfamille.billing.application.port.out.BillingEvents;
import org.portailfamille.billing.application.port.out.InvoiceLines;
import org.portailfamille.billing.application.port.out.Invoices;
import org.portailfamille.billing.application.port.out.InvoicingRuns;
import org.portailfamille.billing.application.port.out.Ledger;
import org.portailfamille.billing.application.port.out.Payments;
import org.portailfamille.billing.application.port.out.Regies;
import org.portailfamille.billing.application.port.out.SepaMandates;
import org.portailfamille.billing.application.port.out.Tariffs;
import org.portailfamille.billing.application.port.out.TaxCertificateFacts;
import org.portailfamille.billing.application.port.out.TaxCertificates;
import org.portailfamille.billing.application.port.out.TreasuryTitles;
import org.portailfamille.billing.application.port.in.ListUnpaidInvoicesUseCase;
import org.portailfamille.accounts.application.port.in.ListChildrenUseCase;
import org.portailfamille.billing.application.service.TaxCertificateService;
import org.portailfamille.billing.application.service.TreasuryTitleService;
import org.portailfamille.billing.application.port.spi.BillableDaysSource;
import org.portailfamille.billing.application.service.CreateRegieService;
import org.portailfamille.billing.application.service.DirectDebitService;
import org.portailfamille.billing.domain.SepaCreditor;
import org.springframework.beans.factory.annotation.Value;
import org.portailfamille.billing.application.service.InvoicingRunService;
import org.portailfamille.billing.application.service.IssueInvoiceService;
import org.portailfamille.billing.application.service.ListRegiesService;
import org.portailfamille.billing.application.service.PaymentService;
import org.portailfamille.billing.application.service.SetUpDirectDebitService;
import org.portailfamille.billing.application.service.StatementService;
import org.portailfamille.billing.application.service.TariffService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** Wiring of the billing module's services. */
@Configuration(proxyBeanMethods = false)
class BillingConfiguration {

    @Bean
    CreateRegieService createRegieService(Regies regies) {
        return new CreateRegieService(regies);
    }

    @Bean
    ListRegiesService listRegiesService(Regies regies) {
        return new ListRegiesService(regies);
    }

    @Bean
    IssueInvoiceService issueInvoiceService(Regies regies, Invoices invoices, Ledger ledger) {
        return new IssueInvoiceService(regies, invoices, ledger);
    }

    @Bean
    PaymentService paymentService(Regies regies, Invoices invoices, Payments payments, Allocations allocations,
                                  Ledger ledger, Clock clock) {
        return new PaymentService(regies, invoices, payments, allocations, ledger, clock);
    }

    @Bean
    SetUpDirectDebitService setUpDirectDebitService(SepaMandates mandates) {
        return new SetUpDirectDebitService(mandates);
    }

    @Bean
    StatementService statementService(Regies regies, Invoices invoices, InvoiceLines lines, Payments payments,
                                      Allocations allocations, Ledger ledger, GetFamilySummaryUseCase familySummaries,
                                      GetChildNamesUseCase childNames, Clock clock) {
        return new StatementService(regies, invoices, lines, payments, allocations, ledger, familySummaries, childNames,
                clock);
    }

    @Bean
    TariffService tariffService(Tariffs tariffs, GetFamilyFileUseCase familyFiles) {
        return new TariffService(tariffs, familyFiles);
    }

    @Bean
    InvoicingRunService invoicingRunService(Regies regies, Tariffs tariffs, InvoicingRuns runs, Invoices invoices,
                                            InvoiceLines lines, Allocations allocations, Ledger ledger,
                                            BillableDaysSource billableDays, GetFamilyFileUseCase familyFiles,
                                            GetFamilySummaryUseCase familySummaries, BillingEvents events,
                                            Clock clock) {
        return new InvoicingRunService(regies, tariffs, runs, invoices, lines, allocations, ledger, billableDays,
                familyFiles, familySummaries, events, clock);
    }

    @Bean
    TreasuryTitleService treasuryTitleService(Regies regies, Invoices invoices, Payments payments,
                                              Allocations allocations, Ledger ledger, TreasuryTitles titles,
                                              ListUnpaidInvoicesUseCase unpaidInvoices,
                                              GetFamilySummaryUseCase familySummaries, Clock clock) {
        return new TreasuryTitleService(regies, invoices, payments, allocations, ledger, titles, unpaidInvoices,
                familySummaries, clock);
    }

    @Bean
    TaxCertificateService taxCertificateService(TaxCertificateFacts facts, TaxCertificates certificates,
                                                ListChildrenUseCase children, GetFamilySummaryUseCase familySummaries,
                                                Clock clock) {
        return new TaxCertificateService(facts, certificates, children, familySummaries, clock);
    }

    /** SEPA direct debit; the creditor comes from {@code portal.billing.sepa.*} (none while one value is empty). */
    @Bean
    DirectDebitService directDebitService(Regies regies, Invoices invoices, Payments payments, Allocations allocations,
                                          Ledger ledger, SepaMandates mandates, DirectDebitFiles files,
                                          DirectDebitFileWriter writer, DirectDebitEvents events,
                                          GetFamilySummaryUseCase familySummaries, CancelPaymentUseCase cancelPayment,
                                          @Value("${portal.billing.sepa.creditor-name:}") String creditorName,
                                          @Value("${portal.billing.sepa.creditor-iban:}") String creditorIban,
                                          @Value("${portal.billing.sepa.creditor-bic:}") String creditorBic,
                                          @Value("${portal.billing.sepa.creditor-id:}") String creditorId,
                                          @Value("${portal.billing.sepa.notice-days:5}") int noticeDays,
                                          Clock clock) {
        SepaCreditor creditor = creditorName.isBlank() || creditorIban.isBlank() || creditorBic.isBlank()
                || creditorId.isBlank() ? null : new SepaCreditor(creditorName, creditorIban, creditorBic, creditorId);
        return new DirectDebitService(regies, invoices, payments, allocations, ledger, mandates, files, writer, events,
                familySummaries, cancelPayment, new DirectDebitService.Settings(creditor, noticeDays), clock);
    }
}
