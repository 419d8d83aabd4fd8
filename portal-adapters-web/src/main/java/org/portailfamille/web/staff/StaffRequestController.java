package org.portailfamille.web.staff;

import org.portailfamille.access.PortalUser;
import org.portailfamille.accounts.application.port.in.AuditHealthDataUseCase;
import org.portailfamille.accounts.application.port.in.FamilySummary;
import org.portailfamille.accounts.application.port.in.GetFamilySummaryUseCase;
import org.portailfamille.requests.application.port.in.DecideRequestCommand;
import org.portailfamille.requests.application.port.in.DecideRequestUseCase;
import org.portailfamille.requests.application.port.in.DecisionOutcome;
import org.portailfamille.requests.application.port.in.RequestQueueQuery;
import org.portailfamille.requests.application.port.in.RequestView;
import org.portailfamille.requests.application.port.in.ViewRequestQueueUseCase;
import org.portailfamille.shared.FamilyId;
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

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The staff request queue: pending requests oldest first, filtered by type and family; one request with its
 * old and new values side by side; accept, or refuse with a reason.
 */
@Controller
class StaffRequestController {

    static final List<String> TYPES = List.of("accounts.registration", "accounts.guardian", "accounts.partner", "accounts.tax", "accounts.caf",
            "accounts.bank",
            // Mes enfants: changes to a child's file and "Ajouter un enfant"
            "accounts.child-registration", "accounts.child-identity", "accounts.child-authorisations",
            "accounts.child-persons", "accounts.child-health",
            // Mes enfants: reservation and absence demands (planning)
            "planning.reservation", "planning.absence");

    /** Types carrying health data: masked in the queue; their detail page is an audited read of health data. */
    static final java.util.Set<String> HEALTH_TYPES = java.util.Set.of("accounts.child-health");

    /** At most this many requests decided in one bulk decision. */
    static final int MAX_BULK = 500;

    private final ViewRequestQueueUseCase queue;
    private final DecideRequestUseCase decide;
    private final GetFamilySummaryUseCase families;
    private final AuditHealthDataUseCase healthAudit;

    StaffRequestController(ViewRequestQueueUseCase queue, DecideRequestUseCase decide,
                           GetFamilySummaryUseCase families, AuditHealthDataUseCase healthAudit) {
        this.queue = queue;
        this.decide = decide;
        this.families = families;
        this.healthAudit = healthAudit;
    }

    @GetMapping("/gestion/demandes")
    String list(@RequestParam(name = "type", required = false) String type,
                @RequestParam(name = "famille", required = false) String familyNumber, Model model) {
        String selectedType = type != null && TYPES.contains(type) ? type : null;
        String number = familyNumber == null ? "" : familyNumber.strip();
        Optional<FamilySummary> family = number.isEmpty() ? Optional.empty() : families.familySummaryByNumber(number);
        List<RequestView> pending = !number.isEmpty() && family.isEmpty() ? List.of()
                : queue.pendingRequests(new RequestQueueQuery(selectedType, family.map(FamilySummary::familyId).orElse(null)));
        model.addAttribute("types", TYPES);
        model.addAttribute("selectedType", selectedType);
        model.addAttribute("familyNumber", number);
        model.addAttribute("unknownFamily", !number.isEmpty() && family.isEmpty());
        model.addAttribute("requests", pending.stream().map(StaffRequestController::masked).toList());
        model.addAttribute("families", summariesOf(pending));
        return "web/staff-requests";
    }

    @GetMapping("/gestion/demandes/{id}")
    String detail(@AuthenticationPrincipal PortalUser agent, @PathVariable String id, Model model) {
        RequestView request = queue.request(parse(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (HEALTH_TYPES.contains(request.type()) && request.childId() != null) {
            healthAudit.recordHealthDataRead(agent.username(), request.childId(), "request:" + request.id());
            model.addAttribute("healthData", true);
        }
        model.addAttribute("request", request);
        model.addAttribute("families", summariesOf(List.of(request)));
        return "web/staff-request";
    }

    @PostMapping("/gestion/demandes/{id}/decision")
    String decide(@AuthenticationPrincipal PortalUser agent, @PathVariable String id,
                  @RequestParam(name = "decision", defaultValue = "") String decision,
                  @RequestParam(name = "version", defaultValue = "-1") String version,
                  @RequestParam(name = "motif", required = false) String reason, RedirectAttributes redirect) {
        UUID requestId = parse(id);
        long seenVersion = version.matches("\\d{1,18}") ? Long.parseLong(version) : -1;
        if (!decision.equals("accepter") && !decision.equals("refuser")) {
            redirect.addFlashAttribute("decisionProblem", "staff.requests.decision.choose");
            return "redirect:/gestion/demandes/" + requestId;
        }
        DecisionOutcome outcome = decide.decide(new DecideRequestCommand(requestId, seenVersion,
                decision.equals("accepter"), agent.username(), reason));
        switch (outcome.result()) {
            case DECIDED -> {
                redirect.addFlashAttribute("decided", decision.equals("accepter") ? "accepted" : "refused");
                return "redirect:/gestion/demandes";
            }
            case REASON_REQUIRED -> {
                redirect.addFlashAttribute("reasonProblem", true);
                redirect.addFlashAttribute("typedReason", reason == null ? "" : reason.length() > 2000 ? "" : reason);
            }
            case CONFLICT -> redirect.addFlashAttribute("decisionProblem", outcome.conflictKey());
            case ALREADY_DECIDED -> redirect.addFlashAttribute("decisionProblem", "staff.requests.decision.alreadyDecided");
            default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:/gestion/demandes/" + requestId;
    }

    /** A health request as the queue may show it: no values, no payload. */
    private static RequestView masked(RequestView request) {
        if (!HEALTH_TYPES.contains(request.type())) {
            return request;
        }
        return new RequestView(request.id(), request.type(), request.area(), request.familyId(), request.childId(),
                request.submittedBy(), request.submittedAt(), request.changes().stream()
                .map(change -> new org.portailfamille.requests.application.port.in.FieldChangeView(change.labelKey(),
                        "", "requests.masked", true)).toList(), Map.of(), request.status(), request.decidedBy(),
                request.decidedAt(), request.refusalReason(), request.version());
    }

    /**
     * Decides the selected requests (any type) the same way: each through the workflow in its own transaction, so
     * that one conflict does not undo the others; reports how many were decided and which were not, and why.
     */
    @PostMapping("/gestion/demandes/decisions")
    String decideSelection(@AuthenticationPrincipal PortalUser agent,
                           @RequestParam(name = "demandes", required = false) List<String> selection,
                           @RequestParam(name = "decision", defaultValue = "") String decision,
                           @RequestParam(name = "motif", required = false) String reason,
                           RedirectAttributes redirect) {
        List<String> selected = selection == null ? List.of() : selection.stream().limit(MAX_BULK).toList();
        if (!decision.equals("accepter") && !decision.equals("refuser")) {
            redirect.addFlashAttribute("bulkProblem", "staff.requests.decision.choose");
            return "redirect:/gestion/demandes";
        }
        if (selected.isEmpty()) {
            redirect.addFlashAttribute("bulkProblem", "staff.requests.bulk.none");
            return "redirect:/gestion/demandes";
        }
        boolean accept = decision.equals("accepter");
        if (!accept && (reason == null || reason.isBlank() || reason.strip().length() > 1000)) {
            redirect.addFlashAttribute("bulkProblem", "staff.requests.bulk.reasonRequired");
            redirect.addFlashAttribute("bulkReason", reason == null || reason.length() > 2000 ? "" : reason);
            redirect.addFlashAttribute("bulkSelected", new ArrayList<>(selected));
            return "redirect:/gestion/demandes";
        }
        int decided = 0;
        ArrayList<HashMap<String, String>> problems = new ArrayList<>();
        for (String item : selected) {
            String[] parts = item.split(":", 2);
            Optional<UUID> requestId = parseOptional(parts[0]);
            long seenVersion = parts.length == 2 && parts[1].matches("\\d{1,18}") ? Long.parseLong(parts[1]) : -1;
            if (requestId.isEmpty()) {
                continue;
            }
            DecisionOutcome outcome = decide.decide(new DecideRequestCommand(requestId.get(), seenVersion, accept,
                    agent.username(), reason));
            if (outcome.decided()) {
                decided++;
                continue;
            }
            HashMap<String, String> problem = new HashMap<>();
            Optional<RequestView> request = queue.request(requestId.get());
            problem.put("type", request.map(RequestView::type).orElse(""));
            problem.put("family", request.map(RequestView::familyId).filter(java.util.Objects::nonNull)
                    .flatMap(families::familySummary)
                    .map(f -> f.lastName() + " " + f.firstName() + " (" + f.familyNumber() + ")").orElse(""));
            problem.put("submitted", request.map(r -> r.submittedAt().toString()).orElse(""));
            problem.put("why", outcome.result() == DecisionOutcome.Result.CONFLICT && outcome.conflictKey() != null
                    ? outcome.conflictKey() : "staff.requests.bulk.alreadyDecided");
            problems.add(problem);
        }
        redirect.addFlashAttribute("bulkDone", decided);
        redirect.addFlashAttribute("bulkDecision", accept ? "accepted" : "refused");
        redirect.addFlashAttribute("bulkProblems", problems);
        return "redirect:/gestion/demandes";
    }

    private static Optional<UUID> parseOptional(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private Map<FamilyId, FamilySummary> summariesOf(List<RequestView> requests) {
        Map<FamilyId, FamilySummary> summaries = new HashMap<>();
        requests.stream().map(RequestView::familyId).filter(java.util.Objects::nonNull).distinct()
                .forEach(familyId -> families.familySummary(familyId).ifPresent(s -> summaries.put(familyId, s)));
        return summaries;
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}
