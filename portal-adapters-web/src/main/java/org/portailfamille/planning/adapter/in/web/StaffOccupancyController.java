package org.portailfamille.planning.adapter.in.web;

import org.portailfamille.accounts.application.port.in.ChildName;
import org.portailfamille.accounts.application.port.in.GetChildNamesUseCase;
import org.portailfamille.planning.application.port.in.MonthOccupancy;
import org.portailfamille.planning.application.port.in.ViewMonthOccupancyUseCase;
import org.portailfamille.shared.ChildId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Back office: the occupancy of an activity over a month (places taken and left per day, the alert threshold
 * reached, the waiting list of each day in order, and the place offers with who accepted or let them expire).
 */
@Controller
class StaffOccupancyController {

    private final ViewMonthOccupancyUseCase occupancy;
    private final GetChildNamesUseCase childNames;
    private final PlanningController grid;
    private final PlanningTexts texts;
    private final StaffSites sites;

    StaffOccupancyController(ViewMonthOccupancyUseCase occupancy, GetChildNamesUseCase childNames,
                             PlanningController grid, PlanningTexts texts, StaffSites sites) {
        this.sites = sites;
        this.occupancy = occupancy;
        this.childNames = childNames;
        this.grid = grid;
        this.texts = texts;
    }

    /** One day as the page shows it; {@code state} is OPEN, ALERT, FULL, CLOSED or NOT_RUNNING_THAT_DAY… */
    record DayRow(String date, String dayName, MonthOccupancy.Day day, String state, List<String> waiting,
                  List<OfferRow> offers) {
    }

    record OfferRow(String childName, MonthOccupancy.Offer offer) {
    }

    @GetMapping("/gestion/planning/activites/{activityId}/occupation")
    String month(@PathVariable String activityId, @RequestParam(name = "mois", required = false) String monthParam,
                 Model model) {
        UUID id = PlanningController.uuidOf(activityId);
        YearMonth month = grid.monthOf(monthParam);
        MonthOccupancy found = occupancy.monthOccupancy(id, month).orElseThrow(PlanningController::notFound);
        sites.requireFacility(found.facilityId());
        List<ChildId> children = new ArrayList<>();
        for (MonthOccupancy.Day day : found.days()) {
            day.waiting().forEach(waiting -> children.add(waiting.child()));
            day.offers().forEach(offer -> children.add(offer.child()));
        }
        Map<ChildId, ChildName> names = childNames.childNames(children);
        List<DayRow> rows = new ArrayList<>();
        for (MonthOccupancy.Day day : found.days()) {
            if ("NOT_RUNNING_THAT_DAY".equals(day.dayStatus())) {
                continue;
            }
            String state = !day.open() ? day.dayStatus() : day.full() ? "FULL" : day.almostFull() ? "ALERT" : "OPEN";
            List<String> waiting = day.waiting().stream()
                    .map(entry -> texts.message("planning.occupancy.waitingEntry", entry.position(),
                            nameOf(names, entry.child())))
                    .toList();
            List<OfferRow> offers = day.offers().stream()
                    .map(offer -> new OfferRow(nameOf(names, offer.child()), offer)).toList();
            rows.add(new DayRow(day.day().toString(), texts.dayName(day.day()), day, state, waiting, offers));
        }
        model.addAttribute("occupancy", found);
        model.addAttribute("rows", rows);
        model.addAttribute("monthName", texts.monthName(month));
        model.addAttribute("previousMonth", month.minusMonths(1));
        model.addAttribute("nextMonth", month.plusMonths(1));
        model.addAttribute("previousMonthName", texts.monthName(month.minusMonths(1)));
        model.addAttribute("nextMonthName", texts.monthName(month.plusMonths(1)));
        model.addAttribute("baseUrl", "/gestion/planning/activites/" + id + "/occupation");
        return "planning/staff-occupancy";
    }

    private static String nameOf(Map<ChildId, ChildName> names, ChildId child) {
        ChildName name = names.get(child);
        return name == null ? child.value().toString() : name.displayName();
    }
}
