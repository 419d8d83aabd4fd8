package org.portailfamille.planning.adapter.in.web;

import org.portailfamille.access.NavigationEntry;
import org.portailfamille.access.StaffHomeCard;
import org.portailfamille.planning.application.port.in.ViewStaffFacilitiesUseCase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The planning module's staff menu entries and home cards: "Planning" (facilities, activities, calendar,
 * enrolments) and "Feuilles de présence". Parents reach a child's planning from "Mes enfants".
 */
@Configuration(proxyBeanMethods = false)
class PlanningNavigation {

    /** The staff menu group of planning's entries (ADR 0043). */
    static final String GROUP = "nav.staff.group.planning";

    @Bean
    NavigationEntry staffPlanningMenuEntry() {
        return NavigationEntry.staffMenu(300, "planning", "nav.staff.planning", "/gestion/planning").inGroup(GROUP);
    }

    @Bean
    NavigationEntry staffAssignmentMenuEntry(ViewStaffFacilitiesUseCase scopes) {
        // administrators only: the page answers 403 to the others (ADR 0025, 0043)
        return NavigationEntry.staffMenu(880, "agents", "nav.staff.agents", StaffAssignmentController.PAGE)
                .inGroup(GROUP).shownOnlyTo(user -> StaffSites.of(scopes, user).allFacilities());
    }

    @Bean
    NavigationEntry staffRegisterMenuEntry() {
        return NavigationEntry.staffMenu(400, "register", "nav.staff.register", "/gestion/presences").inGroup(GROUP);
    }

    @Bean
    StaffHomeCard registerCard() {
        return new StaffHomeCard(200, "register", "staff.home.register.title", "staff.home.register.text",
                "staff.home.register.link", "/gestion/presences");
    }

    @Bean
    StaffHomeCard planningCard() {
        return new StaffHomeCard(300, "planning", "staff.home.planning.title", "staff.home.planning.text",
                "staff.home.planning.link", "/gestion/planning");
    }
}
