package org.portailfamille.accounts.adapter.in.web;

import org.portailfamille.accounts.application.port.in.AuditHealthDataUseCase;
import org.portailfamille.shared.ChildId;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import java.util.UUID;

/** The audit trail of a child's health data: who of the staff read it, when, and where. */
@Controller
class StaffHealthAuditController {

    private final AuditHealthDataUseCase healthAudit;

    StaffHealthAuditController(AuditHealthDataUseCase healthAudit) {
        this.healthAudit = healthAudit;
    }

    @GetMapping("/gestion/enfants/{childId}/acces-donnees-sanitaires")
    String reads(@PathVariable String childId, Model model) {
        ChildId child;
        try {
            child = new ChildId(UUID.fromString(childId));
        } catch (IllegalArgumentException malformed) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("reads", healthAudit.healthDataReads(child));
        return "accounts/staff-health-audit";
    }
}
