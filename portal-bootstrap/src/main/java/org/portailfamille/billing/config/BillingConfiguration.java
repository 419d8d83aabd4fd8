package org.portailfamille.billing.config;

import org.portailfamille.billing.application.port.out.Invoices;
import org.portailfamille.billing.application.port.out.Ledger;
import org.portailfamille.billing.application.port.out.Payments;
import org.portailfamille.billing.application.port.out.Regies;
import org.portailfamille.billing.application.port.out.SepaMandates;
import org.portailfamille.billing.application.service.SetUpDirectDebitService;
import org.portailfamille.billing.application.service.CreateRegieService;
import org.portailfamille.billing.application.service.IssueInvoiceService;
import org.portailfamille.billing.application.service.ListRegiesService;
import org.portailfamille.billing.application.service.RecordPaymentService;
import org.portailfamille.billing.application.service.ViewAccountSituationService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

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
    RecordPaymentService recordPaymentService(Regies regies, Invoices invoices, Payments payments, Ledger ledger) {
        return new RecordPaymentService(regies, invoices, payments, ledger);
    }

    @Bean
    SetUpDirectDebitService setUpDirectDebitService(SepaMandates mandates) {
        return new SetUpDirectDebitService(mandates);
    }

    @Bean
    ViewAccountSituationService viewAccountSituationService(Invoices invoices, Payments payments, Ledger ledger) {
        return new ViewAccountSituationService(invoices, payments, ledger);
    }
}
