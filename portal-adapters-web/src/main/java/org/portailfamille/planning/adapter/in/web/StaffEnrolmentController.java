package org.portailfamille.planning.adapter.in.web;

import org.portailfamille.accounts.application.port.in.ChildSummary;
import org.portailfamille.accounts.application.port.in.FamilySummary;
import org.portailfamille.accounts.application.port.in.GetFamilySummaryUseCase;
import org.portailfamille.accounts.application.port.in.ListChildrenUseCase;
import org.portailfamille.accounts.application.port.in.SearchFamiliesUseCase;
import org.portailfamille.planning.application.port.in.ActivityView;
import org.portailfamille.planning.application.port.in.EnrolChildCommand;
import org.portailfamille.planning.application.port.in.EnrolChildUseCase;
import org.portailfamille.planning.application.port.in.EndEnrolmentUseCase;
import org.portailfamille.planning.application.port.in.EnrolmentView;
import org.portailfamille.planning.application.port.in.FacilityView;
import org.portailfamille.planning.application.port.in.ViewPlanningSetUpUseCase;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Back office, enrolments: find a family, pick one of its children, see the child's enrolments, enrol the child in
 * an activity for a period (with regular weekdays if any) or end an enrolment.
 */
@Controller
class StaffEnrolmentController {

    private final SearchFamiliesUseCase search;
    private final GetFamilySummaryUseCase families;
    private final ListChildrenUseCase children;
    private final ViewPlanningSetUpUseCase view;
    private final EnrolChildUseCase enrol;
    private final EndEnrolmentUseCase end;

    StaffEnrolmentController(SearchFamiliesUseCase search, GetFamilySummaryUseCase families,
                             ListChildrenUseCase children, ViewPlanningSetUpUseCase view, EnrolChildUseCase enrol,
                             EndEnrolmentUseCase end) {
        this.search = search;
        this.families = families;
        this.children = children;
        this.view = view;
        this.enrol = enrol;
        this.end = end;
    }

    @GetMapping("/gestion/planning/inscriptions")
    String findFamily(@RequestParam(name = "q", required = false) String query, Model model) {
        String text = query == null ? "" : query.strip();
        model.addAttribute("query", text.length() > 100 ? text.substring(0, 100) : text);
        boolean searched = !text.isEmpty();
        model.addAttribute("searched", searched);
        model.addAttribute("tooShort", searched && text.length() < 2);
        model.addAttribute("results", searched && text.length() >= 2 && text.length() <= 100
                ? search.searchFamilies(text) : List.of());
        return "planning/staff-enrolment-families";
    }

    @GetMapping("/gestion/planning/inscriptions/familles/{familyId}")
    String family(@PathVariable String familyId, Model model) {
        FamilySummary family = familyOr404(familyId);
        model.addAttribute("family", family);
        model.addAttribute("children", children.children(family.familyId()));
        return "planning/staff-enrolment-family";
    }

    @GetMapping("/gestion/planning/inscriptions/familles/{familyId}/enfants/{childId}")
    String child(@PathVariable String familyId, @PathVariable String childId, Model model) {
        FamilySummary family = familyOr404(familyId);
        ChildSummary child = childOr404(family, childId);
        model.addAttribute("enrolForm", new EnrolForm());
        return childPage(family, child, model);
    }

    @PostMapping("/gestion/planning/inscriptions/familles/{familyId}/enfants/{childId}")
    String enrol(@PathVariable String familyId, @PathVariable String childId,
                 @ModelAttribute("enrolForm") EnrolForm form, BindingResult result, Model model,
                 RedirectAttributes redirect) {
        FamilySummary family = familyOr404(familyId);
        ChildSummary child = childOr404(family, childId);
        Optional<ActivityView> activity = Inputs.uuid(form.getActivityId()).flatMap(view::activity);
        if (activity.isEmpty()) {
            result.rejectValue("activityId", "planning.error.enrolActivity");
        }
        DateRangeForm.Days days = form.checkDays(result, Period.ofYears(2), "planning.error.enrolmentTooLong");
        Optional<LocalDate> first = days.first();
        Optional<LocalDate> last = days.last();
        Set<DayOfWeek> regular = ActivityForms.weekdays(form.getRegularDays());
        if (regular == null) {
            result.rejectValue("regularDays", "planning.error.regularDays");
        } else if (activity.isPresent() && !activity.get().weekdays().containsAll(regular)) {
            result.rejectValue("regularDays", "planning.error.regularDaysNotRun");
        }
        if (!result.hasErrors() && view.enrolmentsOf(child.childId()).stream().anyMatch(other ->
                other.activityId().equals(activity.get().id()) && !other.firstDay().isAfter(last.get())
                        && !first.get().isAfter(other.lastDay()))) {
            result.rejectValue("firstDay", "planning.error.enrolmentOverlaps");
        }
        if (result.hasErrors()) {
            return childPage(family, child, model);
        }
        enrol.enrolChild(new EnrolChildCommand(family.familyId(), child.childId(), activity.get().id(), first.get(),
                last.get(), regular));
        redirect.addFlashAttribute("done", "planning.done.enrolled");
        return "redirect:" + childPath(family, child);
    }

    @PostMapping("/gestion/planning/inscriptions/familles/{familyId}/enfants/{childId}/inscriptions/{enrolmentId}/fin")
    String endEnrolment(@PathVariable String familyId, @PathVariable String childId,
                        @PathVariable String enrolmentId,
                        @RequestParam(name = "dernierJour", defaultValue = "") String lastDay,
                        RedirectAttributes redirect) {
        FamilySummary family = familyOr404(familyId);
        ChildSummary child = childOr404(family, childId);
        UUID id = Inputs.uuid(enrolmentId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Optional<LocalDate> day = Inputs.date(lastDay);
        if (day.isEmpty()) {
            redirect.addFlashAttribute("endProblem", "planning.error.date");
            redirect.addFlashAttribute("endProblemId", id);
            return "redirect:" + childPath(family, child);
        }
        EndEnrolmentUseCase.Outcome outcome = end.endEnrolment(child.childId(), id, day.get());
        switch (outcome) {
            case UNKNOWN_ENROLMENT:
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            case OUTSIDE_PERIOD:
                redirect.addFlashAttribute("endProblem", "planning.error.endOutsidePeriod");
                redirect.addFlashAttribute("endProblemId", id);
                break;
            default:
                redirect.addFlashAttribute("done", "planning.done.enrolmentEnded");
        }
        return "redirect:" + childPath(family, child);
    }

    private String childPage(FamilySummary family, ChildSummary child, Model model) {
        Map<FacilityView, List<ActivityView>> activities = new LinkedHashMap<>();
        for (FacilityView facility : view.facilities()) {
            List<ActivityView> ofFacility = view.activitiesOf(facility.id());
            if (!ofFacility.isEmpty()) {
                activities.put(facility, ofFacility);
            }
        }
        List<EnrolmentView> enrolments = new ArrayList<>(view.enrolmentsOf(child.childId()));
        model.addAttribute("family", family);
        model.addAttribute("child", child);
        model.addAttribute("enrolments", enrolments);
        model.addAttribute("activitiesByFacility", activities);
        model.addAttribute("weekdayNames", ActivityForms.WEEKDAYS);
        model.addAttribute("childPath", childPath(family, child));
        return "planning/staff-enrolment-child";
    }

    private static String childPath(FamilySummary family, ChildSummary child) {
        return "/gestion/planning/inscriptions/familles/" + family.familyId().value() + "/enfants/"
                + child.childId().value();
    }

    private FamilySummary familyOr404(String id) {
        return Inputs.uuid(id).flatMap(uuid -> families.familySummary(new FamilyId(uuid)))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private ChildSummary childOr404(FamilySummary family, String id) {
        Optional<UUID> uuid = Inputs.uuid(id);
        return uuid.flatMap(value -> children.children(family.familyId()).stream()
                        .filter(child -> child.childId().equals(new ChildId(value))).findFirst())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
