package org.portailfamille.requests.adapter.in.web;

import org.portailfamille.access.PortalUser;
import org.portailfamille.requests.application.port.in.FamilyRequests;
import org.portailfamille.requests.application.port.in.FamilyRequestsQuery;
import org.portailfamille.requests.application.port.in.FieldChangeView;
import org.portailfamille.requests.application.port.in.ListFamilyRequestsUseCase;
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
 * "Liste des demandes": the logged-in family's requests of the last month (pending ones too), in the views
 * "Mon compte" and "Mes enfants", filtered by type, month by month back in time.
 */
@Controller
class FamilyRequestListController {

    private final ListFamilyRequestsUseCase listRequests;

    FamilyRequestListController(ListFamilyRequestsUseCase listRequests) {
        this.listRequests = listRequests;
    }

    @GetMapping("/famille/demandes")
    String list(@AuthenticationPrincipal PortalUser user,
                @RequestParam(name = "vue", defaultValue = "compte") String view,
                @RequestParam(name = "type", required = false) String type,
                @RequestParam(name = "mois", defaultValue = "0") String monthsBackParam, Model model) {
        String area = "enfants".equals(view) ? "CHILDREN" : "ACCOUNT";
        String selectedType = type != null && RequestTypes.belongsTo(area, type) ? type : null;
        int monthsBack = monthsBackParam.matches("\\d{1,3}") ? Math.min(Integer.parseInt(monthsBackParam), 120) : 0;
        FamilyRequests listed = listRequests.familyRequests(
                new FamilyRequestsQuery(user.familyId(), area, selectedType, monthsBack));
        FamilyRequests requests = new FamilyRequests(listed.from(), listed.to(),
                listed.pending().stream().map(RequestTypes::masked).toList(),
                listed.refused().stream().map(RequestTypes::masked).toList(),
                listed.accepted().stream().map(RequestTypes::masked).toList());
        model.addAttribute("view", "CHILDREN".equals(area) ? "enfants" : "compte");
        model.addAttribute("types", RequestTypes.BY_AREA.get(area));
        model.addAttribute("selectedType", selectedType);
        model.addAttribute("monthsBack", monthsBack);
        model.addAttribute("requests", requests);
        model.addAttribute("sensitiveTypes", RequestTypes.SENSITIVE);
        model.addAttribute("columns", selectedType == null ? List.of()
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
