package org.portailfamille.requests.adapter.in.web;

import org.portailfamille.access.NavigationEntry;
import org.portailfamille.access.StaffHomeCard;
import org.portailfamille.requests.application.port.in.ViewRequestQueueUseCase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/**
 * The requests module's tab ("Liste des demandes"), staff menu entry and home card ("Demandes des familles",
 * with how many requests wait for a decision).
 */
@Configuration(proxyBeanMethods = false)
class RequestsNavigation {

    @Bean
    NavigationEntry myRequestsTab() {
        return NavigationEntry.parentTab(500, "requests", "nav.requests", "/famille/demandes");
    }

    @Bean
    NavigationEntry staffRequestsMenuEntry() {
        return NavigationEntry.staffMenu(100, "requests", "nav.staff.requests", "/gestion/demandes")
                // the families' menu group, labelled in accounts' bundle (ADR 0043)
                .inGroup("nav.staff.group.families");
    }

    @Bean
    StaffHomeCard pendingRequestsCard(ViewRequestQueueUseCase requestQueue) {
        return new StaffHomeCard(100, "pending", "staff.home.pending.title", "staff.home.pending",
                "staff.home.pending.link", "/gestion/demandes", () -> List.of(requestQueue.pendingCount()));
    }
}
