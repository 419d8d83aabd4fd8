package org.portailfamille.demo;

import org.portailfamille.accounts.application.port.in.CreateLoginCommand;
import org.portailfamille.accounts.application.port.in.CreateLoginUseCase;
import org.portailfamille.accounts.application.port.in.ListStaffLoginsUseCase;
import org.portailfamille.accounts.application.port.in.StaffLogin;
import org.portailfamille.planning.application.port.in.AssignStaffFacilitiesCommand;
import org.portailfamille.planning.application.port.in.AssignStaffFacilitiesUseCase;
import org.portailfamille.planning.application.port.in.FacilityView;
import org.portailfamille.planning.application.port.in.ViewPlanningSetUpUseCase;
import org.springframework.stereotype.Component;

import java.util.Set;
import java.util.UUID;

/**
 * The demo's staff and their sites (ADR 0025): {@code agent} works for all of them (an administrator), and
 * {@code agent.garderie} for the "Garderie périscolaire" only (its messages, not the ALSH's nor the municipality's).
 */
@Component
class DemoStaffSites {

    static final String GARDERIE_AGENT = "agent.garderie";

    private final CreateLoginUseCase createLogin;
    private final ListStaffLoginsUseCase staffLogins;
    private final AssignStaffFacilitiesUseCase assign;
    private final ViewPlanningSetUpUseCase planning;

    DemoStaffSites(CreateLoginUseCase createLogin, ListStaffLoginsUseCase staffLogins,
                   AssignStaffFacilitiesUseCase assign, ViewPlanningSetUpUseCase planning) {
        this.createLogin = createLogin;
        this.staffLogins = staffLogins;
        this.assign = assign;
        this.planning = planning;
    }

    void load() {
        createLogin.createLogin(new CreateLoginCommand(GARDERIE_AGENT, "Garderie2015", false, null,
                "Garderie périscolaire"));
        UUID garderie = planning.facilities().stream().filter(facility -> facility.name().startsWith("Garderie"))
                .map(FacilityView::id).findFirst()
                .orElseThrow(() -> new IllegalStateException("The demo facilities come first"));
        assignTo("agent", true, Set.of());
        assignTo(GARDERIE_AGENT, false, Set.of(garderie));
    }

    private void assignTo(String username, boolean everywhere, Set<UUID> facilities) {
        UUID login = staffLogins.staffLogins().stream().filter(staff -> staff.username().equals(username))
                .map(StaffLogin::loginId).findFirst()
                .orElseThrow(() -> new IllegalStateException("No demo staff login " + username));
        if (!assign.assignStaffFacilities(new AssignStaffFacilitiesCommand(login, everywhere, facilities))) {
            throw new IllegalStateException("Demo sites refused for " + username);
        }
    }
}
