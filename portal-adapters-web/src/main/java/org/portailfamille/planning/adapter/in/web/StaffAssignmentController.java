package org.portailfamille.planning.adapter.in.web;

import org.portailfamille.access.PortalUser;
import org.portailfamille.accounts.application.port.in.ListStaffLoginsUseCase;
import org.portailfamille.accounts.application.port.in.StaffLogin;
import org.portailfamille.planning.application.port.in.AssignStaffFacilitiesCommand;
import org.portailfamille.planning.application.port.in.AssignStaffFacilitiesUseCase;
import org.portailfamille.planning.application.port.in.StaffFacilities;
import org.portailfamille.planning.application.port.in.ViewPlanningSetUpUseCase;
import org.portailfamille.planning.application.port.in.ViewStaffFacilitiesUseCase;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Back office, "Agents et sites" (ADR 0025): an administrator ("tous les sites") gives each staff login its
 * facilities, or all of them. Other staff get 403: they see only their facilities' conversations and cannot widen
 * that.
 */
@Controller
class StaffAssignmentController {

    static final String PAGE = "/gestion/agents";

    private final ListStaffLoginsUseCase staffLogins;
    private final ViewStaffFacilitiesUseCase scopes;
    private final AssignStaffFacilitiesUseCase assign;
    private final ViewPlanningSetUpUseCase planning;

    StaffAssignmentController(ListStaffLoginsUseCase staffLogins, ViewStaffFacilitiesUseCase scopes,
                              AssignStaffFacilitiesUseCase assign, ViewPlanningSetUpUseCase planning) {
        this.staffLogins = staffLogins;
        this.scopes = scopes;
        this.assign = assign;
        this.planning = planning;
    }

    /** A row of the page: a staff login and its facilities. */
    public record Agent(StaffLogin login, StaffFacilities facilities) {

        /** Whether the facility's box is ticked (not when the agent has all of them). */
        public boolean ticks(UUID facilityId) {
            return !facilities.allFacilities() && facilities.facilityIds().contains(facilityId);
        }
    }

    private void requireAdministrator(PortalUser user) {
        if (!scopes.staffFacilities(user.loginId()).allFacilities()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }

    @GetMapping(PAGE)
    String agents(@AuthenticationPrincipal PortalUser user, Model model) {
        requireAdministrator(user);
        List<Agent> agents = staffLogins.staffLogins().stream()
                .map(login -> new Agent(login, scopes.staffFacilities(login.loginId()))).toList();
        model.addAttribute("agents", agents);
        model.addAttribute("facilities", planning.facilities());
        return "planning/staff-agents";
    }

    @PostMapping(PAGE + "/{loginId}")
    String save(@AuthenticationPrincipal PortalUser user, @PathVariable String loginId,
                @RequestParam(name = "tous", defaultValue = "") String all,
                @RequestParam(name = "structures", required = false) List<String> facilities,
                RedirectAttributes redirect) {
        requireAdministrator(user);
        UUID login = uuid(loginId);
        boolean everywhere = "oui".equals(all);
        if (login.equals(user.loginId()) && !everywhere) {
            redirect.addFlashAttribute("assignmentError", "planning.agents.error.self");
            return "redirect:" + PAGE;
        }
        Set<UUID> chosen = new HashSet<>();
        if (facilities != null) {
            for (String facility : facilities.stream().limit(200).toList()) {
                chosen.add(uuid(facility));
            }
        }
        if (!assign.assignStaffFacilities(new AssignStaffFacilitiesCommand(login, everywhere, chosen))) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        String name = staffLogins.staffLogins().stream().filter(candidate -> candidate.loginId().equals(login))
                .map(StaffLogin::displayName).findFirst().orElse("");
        redirect.addFlashAttribute("assignmentSaved", name);
        return "redirect:" + PAGE;
    }

    private static UUID uuid(String value) {
        try {
            if (value.length() == 36) {
                return UUID.fromString(value);
            }
        } catch (IllegalArgumentException e) {
            // below
        }
        throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
