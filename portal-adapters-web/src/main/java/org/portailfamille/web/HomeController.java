package org.portailfamille.web;

import org.portailfamille.accounts.application.port.in.FamilySummary;
import org.portailfamille.accounts.application.port.in.GetFamilySummaryUseCase;
import org.portailfamille.billing.application.port.in.AccountSituation;
import org.portailfamille.billing.application.port.in.ViewAccountSituationUseCase;
import org.portailfamille.requests.application.port.in.ViewRequestQueueUseCase;
import org.portailfamille.access.PortalUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.time.Clock;
import java.time.LocalDate;

/** "/" leads to the user's area; Accueil for families, the back-office home for staff. */
@Controller
class HomeController {

    private final GetFamilySummaryUseCase familySummaries;
    private final ViewAccountSituationUseCase accountSituations;
    private final ViewRequestQueueUseCase requestQueue;
    private final Clock clock;

    HomeController(GetFamilySummaryUseCase familySummaries, ViewAccountSituationUseCase accountSituations,
                   ViewRequestQueueUseCase requestQueue, Clock clock) {
        this.familySummaries = familySummaries;
        this.accountSituations = accountSituations;
        this.requestQueue = requestQueue;
        this.clock = clock;
    }

    @GetMapping("/")
    String root(@AuthenticationPrincipal PortalUser user) {
        return user.isStaff() ? "redirect:/gestion/accueil" : "redirect:/famille/accueil";
    }

    @GetMapping("/famille/accueil")
    String familyHome(@AuthenticationPrincipal PortalUser user, Model model) {
        LocalDate today = LocalDate.now(clock);
        FamilySummary family = familySummaries.familySummary(user.familyId())
                .orElseThrow(() -> new IllegalStateException("The logged-in family no longer exists"));
        AccountSituation situation = accountSituations.accountSituation(user.familyId(), today);
        model.addAttribute("family", family);
        model.addAttribute("situation", situation);
        model.addAttribute("today", today);
        return "web/family-home";
    }

    @GetMapping("/gestion/accueil")
    String staffHome(Model model) {
        model.addAttribute("pendingRequests", requestQueue.pendingCount());
        return "web/staff-home";
    }
}
