package org.portailfamille.requests.adapter.in.web;

import org.portailfamille.access.PortalUser;
import org.portailfamille.requests.application.port.in.DecideRequestCommand;
import org.portailfamille.requests.application.port.in.DecideRequestUseCase;
import org.portailfamille.requests.application.port.in.DecisionOutcome;
import org.portailfamille.requests.application.port.in.ReadRequestUseCase;
import org.portailfamille.requests.application.port.in.RequestQueuePage;
import org.portailfamille.requests.application.port.in.RequestQueueQuery;
import org.portailfamille.requests.application.port.in.RequestTypeView;
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
import org.springframework.web.util.UriComponentsBuilder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The staff request queue: pending requests oldest first, filtered by type and family; one request with its
 * old and new values side by side; accept, or refuse with a reason. The types and their labels come from the
 * request-type catalogue; lists come masked from the use cases, and the detail of a sensitive request is a read
 * its owning module records ({@link ReadRequestUseCase}).
 */
@Controller
class StaffRequestController {

    /** At most this many requests decided in one bulk decision. */
    static final int MAX_BULK = 500;

    private final ViewRequestQueueUseCase queue;
    private final ReadRequestUseCase readRequest;
    private final DecideRequestUseCase decide;

    StaffRequestController(ViewRequestQueueUseCase queue, ReadRequestUseCase readRequest,
                           DecideRequestUseCase decide) {
        this.queue = queue;
        this.readRequest = readRequest;
        this.decide = decide;
    }

    @GetMapping("/gestion/demandes")
    String list(@RequestParam(name = "type", required = false) String type,
                @RequestParam(name = "famille", required = false) String familyNumber,
                @RequestParam(name = "page", required = false) String page, Model model) {
        List<RequestTypeView> types = queue.types();
        String selectedType = types.stream().map(RequestTypeView::type).filter(known -> known.equals(type))
                .findFirst().orElse(null);
        String number = familyNumber == null ? "" : familyNumber.strip();
        Optional<FamilyId> family = number.isEmpty() ? Optional.empty() : queue.familyIdByNumber(number);
        // a page at a time (a city's queue holds hundreds); a page number that is not one shows the first page
        int pageNumber = page != null && page.strip().matches("\\d{1,6}") ? Integer.parseInt(page.strip()) : 1;
        RequestQueuePage shown = !number.isEmpty() && family.isEmpty()
                ? new RequestQueuePage(List.of(), 1, ViewRequestQueueUseCase.PAGE_SIZE, 0)
                : queue.pendingPage(new RequestQueueQuery(selectedType, family.orElse(null)), pageNumber);
        List<RequestView> pending = shown.requests();
        model.addAttribute("types", types);
        model.addAttribute("selectedType", selectedType);
        model.addAttribute("familyNumber", number);
        model.addAttribute("unknownFamily", !number.isEmpty() && family.isEmpty());
        model.addAttribute("requests", pending);
        model.addAttribute("queuePage", shown);
        model.addAttribute("previousPage", shown.hasPrevious() ? pageLink(selectedType, number, shown.page() - 1) : null);
        model.addAttribute("nextPage", shown.hasNext() ? pageLink(selectedType, number, shown.page() + 1) : null);
        return "requests/staff-requests";
    }

    /** The address of another page of the queue, with the filters in use (only those). */
    private static String pageLink(String type, String familyNumber, int page) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/gestion/demandes");
        if (type != null) {
            link.queryParam("type", type);
        }
        if (!familyNumber.isEmpty()) {
            link.queryParam("famille", familyNumber);
        }
        return link.queryParam("page", page).encode().build().toUriString();
    }

    @GetMapping("/gestion/demandes/{id}")
    String detail(@AuthenticationPrincipal PortalUser agent, @PathVariable String id, Model model) {
        RequestView request = readRequest.readRequest(parse(id), agent.username())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("request", request);
        return "requests/staff-request";
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

    /**
     * Decides the selected requests (any type) the same way: each through the workflow in its own transaction, so
     * that one conflict does not undo the others; reports how many were decided and which were not, and why.
     */
    @PostMapping("/gestion/demandes/decisions")
    String decideSelection(@AuthenticationPrincipal PortalUser agent,
                           @RequestParam(name = "demandes", required = false) List<String> selection,
                           @RequestParam(name = "decision", defaultValue = "") String decision,
                           @RequestParam(name = "motif", required = false) String reason,
                           @RequestParam(name = "type", required = false) String type,
                           @RequestParam(name = "famille", required = false) String familyNumber,
                           @RequestParam(name = "page", required = false) String page,
                           RedirectAttributes redirect) {
        // back to the page of the queue the agent was on, with its filters (the queue is paged and filtered)
        String back = "redirect:" + backToQueue(type, familyNumber, page);
        List<String> selected = selection == null ? List.of() : selection.stream().limit(MAX_BULK).toList();
        if (!decision.equals("accepter") && !decision.equals("refuser")) {
            redirect.addFlashAttribute("bulkProblem", "staff.requests.decision.choose");
            return back;
        }
        if (selected.isEmpty()) {
            redirect.addFlashAttribute("bulkProblem", "staff.requests.bulk.none");
            return back;
        }
        boolean accept = decision.equals("accepter");
        if (!accept && (reason == null || reason.isBlank() || reason.strip().length() > 1000)) {
            redirect.addFlashAttribute("bulkProblem", "staff.requests.bulk.reasonRequired");
            redirect.addFlashAttribute("bulkReason", reason == null || reason.length() > 2000 ? "" : reason);
            redirect.addFlashAttribute("bulkSelected", new ArrayList<>(selected));
            return back;
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
            problem.put("label", request.map(r -> r.shown().labelKey()).orElse(""));
            problem.put("family", request.map(r -> r.shown().family())
                    .map(f -> f.lastName() + " " + f.firstName() + " (" + f.familyNumber() + ")").orElse(""));
            problem.put("submitted", request.map(r -> r.submittedAt().toString()).orElse(""));
            problem.put("why", outcome.result() == DecisionOutcome.Result.CONFLICT && outcome.conflictKey() != null
                    ? outcome.conflictKey() : "staff.requests.bulk.alreadyDecided");
            problems.add(problem);
        }
        redirect.addFlashAttribute("bulkDone", decided);
        redirect.addFlashAttribute("bulkDecision", accept ? "accepted" : "refused");
        redirect.addFlashAttribute("bulkProblems", problems);
        return back;
    }

    /** The queue's address with the filters and page the bulk form carried, each checked as the list checks it. */
    private String backToQueue(String type, String familyNumber, String page) {
        String knownType = queue.types().stream().map(RequestTypeView::type).filter(known -> known.equals(type))
                .findFirst().orElse(null);
        String number = familyNumber == null ? "" : familyNumber.strip();
        if (!number.matches("[0-9A-Za-z-]{1,32}")) {
            number = "";
        }
        int pageNumber = page != null && page.strip().matches("\\d{1,6}") ? Integer.parseInt(page.strip()) : 1;
        if (knownType == null && number.isEmpty() && pageNumber == 1) {
            return "/gestion/demandes";
        }
        return pageLink(knownType, number, pageNumber);
    }

    private static Optional<UUID> parseOptional(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}
