package org.portailfamille.requests.adapter.in.web;

import org.portailfamille.access.PortalUser;
import org.portailfamille.requests.application.port.in.FamilyRequests;
import org.portailfamille.requests.application.port.in.FamilyRequestsQuery;
import org.portailfamille.requests.application.port.in.FieldChangeView;
import org.portailfamille.requests.application.port.in.ListFamilyRequestsUseCase;
import org.portailfamille.requests.application.port.in.RequestArea;
import org.portailfamille.requests.application.port.in.RequestView;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * "Liste des demandes": the logged-in family's requests of the last month (pending ones too), in the views the
 * request-type catalogue declares ("Mon compte", "Mes enfants", …), filtered by type, month by month back in time.
 * Sensitive values come masked from the use case.
 */
@Controller
class FamilyRequestListController {

    private final ListFamilyRequestsUseCase listRequests;

    FamilyRequestListController(ListFamilyRequestsUseCase listRequests) {
        this.listRequests = listRequests;
    }

    @GetMapping("/famille/demandes")
    String list(@AuthenticationPrincipal PortalUser user,
                @RequestParam(name = "vue", required = false) String view,
                @RequestParam(name = "type", required = false) String type,
                @RequestParam(name = "mois", defaultValue = "0") String monthsBackParam, Model model) {
        List<RequestArea> areas = listRequests.areas();
        RequestArea area = areas.stream().filter(candidate -> candidate.slug().equals(view)).findFirst()
                .orElse(areas.get(0));
        int monthsBack = monthsBackParam.matches("\\d{1,3}") ? Math.min(Integer.parseInt(monthsBackParam), 120) : 0;
        FamilyRequests requests = listRequests.familyRequests(
                new FamilyRequestsQuery(user.familyId(), area.code(), type, monthsBack));
        model.addAttribute("areas", areas);
        model.addAttribute("view", area.slug());
        model.addAttribute("types", requests.types());
        model.addAttribute("selectedType", requests.selectedType());
        model.addAttribute("monthsBack", monthsBack);
        model.addAttribute("requests", requests);
        model.addAttribute("columns", requests.selectedType() == null ? List.of()
                : columnsOf(Stream.of(requests.pending(), requests.refused(), requests.accepted())
                .flatMap(List::stream).toList()));
        return "requests/family-list";
    }

    /** For one type: a column per field that any listed request changes, in the order the fields come. */
    private static List<String> columnsOf(List<RequestView> requests) {
        Set<String> labels = new LinkedHashSet<>();
        requests.forEach(request -> request.changes().stream().map(FieldChangeView::labelKey).forEach(labels::add));
        return List.copyOf(labels);
    }
}
