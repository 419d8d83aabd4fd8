package org.portailfamille.billing.adapter.in.web;

import org.portailfamille.access.NavigationEntry;
import org.portailfamille.access.StaffHomeCard;
import org.portailfamille.billing.application.port.in.ListUnpaidInvoicesUseCase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Billing's tab ("Relevé de compte", between Mes enfants and Boîte de réception), staff menu entry and home card
 * ("Facturation", with how many invoices are unpaid today).
 */
@Configuration(proxyBeanMethods = false)
class BillingNavigation {

    @Bean
    NavigationEntry statementTab() {
        return NavigationEntry.parentTab(300, "statement", "nav.statement", StatementController.PATH);
    }

    @Bean
    NavigationEntry staffBillingMenuEntry() {
        return NavigationEntry.staffMenu(500, "billing", "nav.staff.billing", StaffBillingController.BASE);
    }

    @Bean
    StaffHomeCard billingCard(ListUnpaidInvoicesUseCase unpaid, Clock clock) {
        return new StaffHomeCard(400, "billing", "staff.home.billing.title", "staff.home.billing.text",
                "staff.home.billing.link", StaffBillingController.BASE,
                () -> List.of(unpaid.countUnpaidInvoices(LocalDate.now(clock))));
    }
}
