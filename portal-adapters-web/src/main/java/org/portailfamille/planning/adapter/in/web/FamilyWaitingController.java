package org.portailfamille.planning.adapter.in.web;

import org.portailfamille.access.PortalUser;
import org.portailfamille.planning.application.port.in.ListFamilyWaitingUseCase;
import org.portailfamille.planning.application.port.in.ListPlaceOffersUseCase;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * "Listes d'attente": the days the logged-in family's children wait for, with their position on each list, and the
 * places freed and offered to them with the time left to accept. Linked from "Liste des demandes", view
 * "Mes enfants". Only the logged-in family's own entries are ever read.
 */
@Controller
class FamilyWaitingController {

    private final ListFamilyWaitingUseCase waiting;
    private final ListPlaceOffersUseCase offers;

    FamilyWaitingController(ListFamilyWaitingUseCase waiting, ListPlaceOffersUseCase offers) {
        this.waiting = waiting;
        this.offers = offers;
    }

    @GetMapping("/famille/listes-attente")
    String waiting(@AuthenticationPrincipal PortalUser user, Model model) {
        model.addAttribute("waiting", waiting.familyWaiting(user.familyId()));
        model.addAttribute("offers", offers.placeOffers(user.familyId()));
        return "planning/waiting";
    }
}
