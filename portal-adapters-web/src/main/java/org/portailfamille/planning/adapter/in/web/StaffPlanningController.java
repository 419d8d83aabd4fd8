package org.portailfamille.planning.adapter.in.web;

import org.portailfamille.billing.application.port.in.ListRegiesUseCase;
import org.portailfamille.billing.application.port.in.RegieSummary;
import org.portailfamille.planning.application.port.in.ActivityView;
import org.portailfamille.planning.application.port.in.AddBookingPeriodCommand;
import org.portailfamille.planning.application.port.in.ChangeActivityUseCase;
import org.portailfamille.planning.application.port.in.CloseDaysCommand;
import org.portailfamille.planning.application.port.in.CloseDaysResult;
import org.portailfamille.planning.application.port.in.FacilityView;
import org.portailfamille.planning.application.port.in.ManageBookingPeriodsUseCase;
import org.portailfamille.planning.application.port.in.ManageClosuresUseCase;
import org.portailfamille.planning.application.port.in.RenameFacilityUseCase;
import org.portailfamille.planning.application.port.in.SetUpActivityUseCase;
import org.portailfamille.planning.application.port.in.SetUpFacilityCommand;
import org.portailfamille.planning.application.port.in.SetUpFacilityUseCase;
import org.portailfamille.planning.application.port.in.ViewPlanningSetUpUseCase;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Back office, planning set-up: facilities (list, create, rename), their activities (create, change, with régie,
 * weekdays, capacity, booking mode and deadlines), booking periods of an activity, and closures of a facility or
 * activity (closing days cancels their bookings and tells the families).
 */
@Controller
class StaffPlanningController {

    static final List<String> REASONS = List.of("STRIKE", "WORKS", "BRIDGE_DAY", "OTHER");

    private final ViewPlanningSetUpUseCase view;
    private final SetUpFacilityUseCase setUpFacility;
    private final RenameFacilityUseCase renameFacility;
    private final SetUpActivityUseCase setUpActivity;
    private final ChangeActivityUseCase changeActivity;
    private final ManageBookingPeriodsUseCase periods;
    private final ManageClosuresUseCase closures;
    private final ListRegiesUseCase regies;
    private final StaffSites sites;

    StaffPlanningController(ViewPlanningSetUpUseCase view, SetUpFacilityUseCase setUpFacility,
                            RenameFacilityUseCase renameFacility, SetUpActivityUseCase setUpActivity,
                            ChangeActivityUseCase changeActivity, ManageBookingPeriodsUseCase periods,
                            ManageClosuresUseCase closures, ListRegiesUseCase regies, StaffSites sites) {
        this.sites = sites;
        this.view = view;
        this.setUpFacility = setUpFacility;
        this.renameFacility = renameFacility;
        this.setUpActivity = setUpActivity;
        this.changeActivity = changeActivity;
        this.periods = periods;
        this.closures = closures;
        this.regies = regies;
    }

    // Facilities

    @GetMapping("/gestion/planning")
    String facilities(Model model) {
        model.addAttribute("facilityForm", new FacilityForm());
        return facilitiesPage(model);
    }

    @PostMapping("/gestion/planning/structures")
    String createFacility(@ModelAttribute("facilityForm") FacilityForm form, BindingResult result, Model model,
                          RedirectAttributes redirect) {
        sites.requireAdministrator();
        Optional<String> name = Inputs.name(form.getName(), 200);
        if (name.isEmpty()) {
            result.rejectValue("name", "planning.error.facilityName");
        } else if (view.facilities().stream().anyMatch(facility -> facility.name().equals(name.get()))) {
            result.rejectValue("name", "planning.error.facilityNameTaken");
        }
        if (result.hasErrors()) {
            return facilitiesPage(model);
        }
        UUID id = setUpFacility.setUpFacility(new SetUpFacilityCommand(name.get()));
        redirect.addFlashAttribute("done", "planning.done.facilityCreated");
        return "redirect:/gestion/planning/structures/" + id;
    }

    /** The facilities this member of staff works for; only an administrator creates one (ADR 0043). */
    private String facilitiesPage(Model model) {
        var mine = sites.current();
        model.addAttribute("facilities", view.facilities().stream().filter(facility -> mine.covers(facility.id()))
                .toList());
        model.addAttribute("mayCreateFacility", mine.allFacilities());
        return "planning/staff-facilities";
    }

    @GetMapping("/gestion/planning/structures/{facilityId}")
    String facility(@PathVariable String facilityId, Model model) {
        FacilityView facility = facilityOr404(facilityId);
        FacilityForm renameForm = new FacilityForm();
        renameForm.setName(facility.name());
        model.addAttribute("renameForm", renameForm);
        model.addAttribute("closeForm", new ClosureForm());
        return facilityPage(facility, model);
    }

    @PostMapping("/gestion/planning/structures/{facilityId}/nom")
    String rename(@PathVariable String facilityId, @ModelAttribute("renameForm") FacilityForm form,
                  BindingResult result, Model model, RedirectAttributes redirect) {
        FacilityView facility = facilityOr404(facilityId);
        Optional<String> name = Inputs.name(form.getName(), 200);
        if (name.isEmpty()) {
            result.rejectValue("name", "planning.error.facilityName");
        } else {
            RenameFacilityUseCase.Outcome outcome = renameFacility.renameFacility(facility.id(), name.get());
            if (outcome == RenameFacilityUseCase.Outcome.NAME_TAKEN) {
                result.rejectValue("name", "planning.error.facilityNameTaken");
            } else if (outcome == RenameFacilityUseCase.Outcome.UNKNOWN_FACILITY) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
        }
        if (result.hasErrors()) {
            model.addAttribute("closeForm", new ClosureForm());
            return facilityPage(facility, model);
        }
        redirect.addFlashAttribute("done", "planning.done.facilityRenamed");
        return "redirect:/gestion/planning/structures/" + facility.id();
    }

    private String facilityPage(FacilityView facility, Model model) {
        List<ActivityView> activities = view.activitiesOf(facility.id());
        Map<UUID, String> activityNames = new HashMap<>();
        activities.forEach(activity -> activityNames.put(activity.id(), activity.name()));
        model.addAttribute("facility", facility);
        model.addAttribute("activities", activities);
        model.addAttribute("activityNames", activityNames);
        model.addAttribute("regieNames", regieNames());
        model.addAttribute("closures", view.closuresOf(facility.id()));
        model.addAttribute("reasons", REASONS);
        return "planning/staff-facility";
    }

    // Closures

    @PostMapping("/gestion/planning/structures/{facilityId}/fermetures")
    String closeDays(@PathVariable String facilityId, @ModelAttribute("closeForm") ClosureForm form,
                     BindingResult result, Model model, RedirectAttributes redirect) {
        FacilityView facility = facilityOr404(facilityId);
        UUID activityId = null;
        if (!form.getActivityId().isBlank()) {
            activityId = Inputs.uuid(form.getActivityId())
                    .filter(id -> view.activitiesOf(facility.id()).stream().anyMatch(a -> a.id().equals(id)))
                    .orElse(null);
            if (activityId == null) {
                result.rejectValue("activityId", "planning.error.closureActivity");
            }
        }
        DateRangeForm.Days days = form.checkDays(result, Period.ofDays(366), "planning.error.closureTooLong");
        Optional<LocalDate> first = days.first();
        Optional<LocalDate> last = days.last();
        if (!REASONS.contains(form.getReason())) {
            result.rejectValue("reason", "planning.error.reason");
        }
        Optional<String> details = Inputs.text(form.getDetails(), 500);
        if (details.isEmpty()) {
            result.rejectValue("details", "planning.error.details");
        } else if ("OTHER".equals(form.getReason()) && details.get().isEmpty()) {
            result.rejectValue("details", "planning.error.detailsRequired");
        }
        if (result.hasErrors()) {
            FacilityForm renameForm = new FacilityForm();
            renameForm.setName(facility.name());
            model.addAttribute("renameForm", renameForm);
            return facilityPage(facility, model);
        }
        CloseDaysResult closed = closures.closeDays(new CloseDaysCommand(facility.id(), activityId, first.get(),
                last.get(), form.getReason(), details.get()));
        // flash attributes live in the (JDBC) session: plain numbers only
        redirect.addFlashAttribute("closedBookings", closed.cancelledBookings());
        redirect.addFlashAttribute("closedFamilies", closed.families());
        redirect.addFlashAttribute("closedOffers", closed.withdrawnOffers());
        redirect.addFlashAttribute("closedWaiting", closed.withdrawnWaitingEntries());
        return "redirect:/gestion/planning/structures/" + facility.id();
    }

    @PostMapping("/gestion/planning/structures/{facilityId}/fermetures/{closureId}/supprimer")
    String removeClosure(@PathVariable String facilityId, @PathVariable String closureId,
                         RedirectAttributes redirect) {
        FacilityView facility = facilityOr404(facilityId);
        long id = closureId.matches("\\d{1,18}") ? Long.parseLong(closureId) : -1;
        if (id < 0 || !closures.removeClosure(facility.id(), id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("done", "planning.done.closureRemoved");
        return "redirect:/gestion/planning/structures/" + facility.id();
    }

    // Activities

    @GetMapping("/gestion/planning/structures/{facilityId}/activites/nouvelle")
    String newActivity(@PathVariable String facilityId, Model model) {
        FacilityView facility = facilityOr404(facilityId);
        model.addAttribute("activityForm", ActivityForms.blank());
        return activityFormPage(facility, null, model);
    }

    @PostMapping("/gestion/planning/structures/{facilityId}/activites/nouvelle")
    String createActivity(@PathVariable String facilityId, @ModelAttribute("activityForm") ActivityForm form,
                          BindingResult result, Model model, RedirectAttributes redirect) {
        FacilityView facility = facilityOr404(facilityId);
        ActivityForms.Checked checked = ActivityForms.check(form, facility.id(), regies.regies());
        if (checked.command() == null) {
            checked.problems().forEach((field, code) -> result.rejectValue(field, code));
            return activityFormPage(facility, null, model);
        }
        UUID id = setUpActivity.setUpActivity(checked.command());
        redirect.addFlashAttribute("done", "planning.done.activityCreated");
        return "redirect:/gestion/planning/activites/" + id;
    }

    @GetMapping("/gestion/planning/activites/{activityId}")
    String activity(@PathVariable String activityId, Model model) {
        ActivityView activity = activityOr404(activityId);
        model.addAttribute("periodForm", new PeriodForm());
        return activityPage(activity, model);
    }

    @GetMapping("/gestion/planning/activites/{activityId}/modifier")
    String editActivity(@PathVariable String activityId, Model model) {
        ActivityView activity = activityOr404(activityId);
        model.addAttribute("activityForm", ActivityForms.of(activity));
        return activityFormPage(facilityOf(activity), activity, model);
    }

    @PostMapping("/gestion/planning/activites/{activityId}/modifier")
    String changeActivity(@PathVariable String activityId, @ModelAttribute("activityForm") ActivityForm form,
                          BindingResult result, Model model, RedirectAttributes redirect) {
        ActivityView activity = activityOr404(activityId);
        FacilityView facility = facilityOf(activity);
        ActivityForms.Checked checked = ActivityForms.check(form, facility.id(), regies.regies());
        if (checked.command() == null) {
            checked.problems().forEach((field, code) -> result.rejectValue(field, code));
            return activityFormPage(facility, activity, model);
        }
        if (!changeActivity.changeActivity(activity.id(), checked.command())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("done", "planning.done.activityChanged");
        return "redirect:/gestion/planning/activites/" + activity.id();
    }

    private String activityFormPage(FacilityView facility, ActivityView activity, Model model) {
        model.addAttribute("facility", facility);
        model.addAttribute("activity", activity);
        model.addAttribute("regies", regies.regies());
        model.addAttribute("weekdayNames", ActivityForms.WEEKDAYS);
        model.addAttribute("modes", ActivityForms.MODES);
        model.addAttribute("seasons", ActivityForms.SEASONS);
        model.addAttribute("kinds", ActivityForms.KINDS);
        model.addAttribute("cancellations", ActivityForms.CANCELLATIONS);
        return "planning/staff-activity-form";
    }

    private String activityPage(ActivityView activity, Model model) {
        model.addAttribute("activity", activity);
        model.addAttribute("facility", facilityOf(activity));
        model.addAttribute("regieNames", regieNames());
        model.addAttribute("periods", view.bookingPeriodsOf(activity.id()));
        return "planning/staff-activity";
    }

    // Booking periods

    @PostMapping("/gestion/planning/activites/{activityId}/periodes")
    String addPeriod(@PathVariable String activityId, @ModelAttribute("periodForm") PeriodForm form,
                     BindingResult result, Model model, RedirectAttributes redirect) {
        ActivityView activity = activityOr404(activityId);
        Optional<LocalDate> opensOn = Inputs.date(form.getOpensOn());
        Optional<LocalTime> opensAt = Inputs.time(form.getOpensAt()).filter(time -> !time.equals(LocalTime.MAX));
        boolean closes = !form.getClosesOn().isBlank() || !form.getClosesAt().isBlank();
        Optional<LocalDate> closesOn = Inputs.date(form.getClosesOn());
        Optional<LocalTime> closesAt = form.getClosesAt().isBlank() ? Optional.of(LocalTime.of(23, 59))
                : Inputs.time(form.getClosesAt()).map(time -> time.equals(LocalTime.MAX) ? LocalTime.of(23, 59) : time);
        DateRangeForm.Days days = form.checkDays(result);
        Optional<LocalDate> first = days.first();
        Optional<LocalDate> last = days.last();
        if (opensOn.isEmpty()) {
            result.rejectValue("opensOn", "planning.error.date");
        } else if (last.isPresent() && opensOn.get().isAfter(last.get())) {
            result.rejectValue("opensOn", "planning.error.opensAfterLastDay");
        }
        if (opensAt.isEmpty()) {
            result.rejectValue("opensAt", "planning.error.openingTime");
        }
        LocalDateTime opening = opensOn.isPresent() && opensAt.isPresent() ? opensOn.get().atTime(opensAt.get()) : null;
        LocalDateTime closing = null;
        if (closes) {
            if (closesOn.isEmpty()) {
                result.rejectValue("closesOn", "planning.error.date");
            }
            if (closesAt.isEmpty()) {
                result.rejectValue("closesAt", "planning.error.openingTime");
            }
            if (closesOn.isPresent() && closesAt.isPresent()) {
                closing = closesOn.get().atTime(closesAt.get());
                if (opening != null && !closing.isAfter(opening)) {
                    result.rejectValue("closesOn", "planning.error.closesBeforeOpening");
                }
            }
        }
        if (!result.hasErrors() && view.bookingPeriodsOf(activity.id()).stream().anyMatch(other ->
                !other.firstDay().isAfter(last.get()) && !first.get().isAfter(other.lastDay()))) {
            result.rejectValue("firstDay", "planning.error.periodOverlaps");
        }
        if (result.hasErrors()) {
            return activityPage(activity, model);
        }
        periods.addBookingPeriod(new AddBookingPeriodCommand(activity.id(), first.get(), last.get(), opening,
                closing));
        redirect.addFlashAttribute("done", "planning.done.periodAdded");
        return "redirect:/gestion/planning/activites/" + activity.id();
    }

    @PostMapping("/gestion/planning/activites/{activityId}/periodes/{periodId}/supprimer")
    String removePeriod(@PathVariable String activityId, @PathVariable String periodId,
                        RedirectAttributes redirect) {
        ActivityView activity = activityOr404(activityId);
        UUID id = Inputs.uuid(periodId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!periods.removeBookingPeriod(activity.id(), id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("done", "planning.done.periodRemoved");
        return "redirect:/gestion/planning/activites/" + activity.id();
    }

    private Map<UUID, String> regieNames() {
        Map<UUID, String> names = new HashMap<>();
        for (RegieSummary regie : regies.regies()) {
            names.put(regie.id(), regie.name());
        }
        return names;
    }

    /** The facility, if this member of staff works for it (ADR 0043); else 404. */
    private FacilityView facilityOr404(String id) {
        FacilityView facility = Inputs.uuid(id).flatMap(view::facility)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        sites.requireFacility(facility.id());
        return facility;
    }

    /** The activity, if this member of staff works for its facility (ADR 0043); else 404. */
    private ActivityView activityOr404(String id) {
        ActivityView activity = Inputs.uuid(id).flatMap(view::activity)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        sites.requireFacility(activity.facilityId());
        return activity;
    }

    private FacilityView facilityOf(ActivityView activity) {
        return view.facility(activity.facilityId())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
