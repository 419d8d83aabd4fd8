package org.portailfamille.planning.adapter.in.web;

import org.portailfamille.planning.application.port.in.AddSchoolHolidayCommand;
import org.portailfamille.planning.application.port.in.ManageSchoolCalendarUseCase;
import org.portailfamille.planning.application.port.in.SchoolCalendarView;
import org.portailfamille.planning.application.port.in.ViewPlanningSetUpUseCase;
import org.portailfamille.shared.SchoolYear;
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

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Back office, calendar: a school year (1 September – 31 August) with the municipality's holiday zone, its school
 * holidays (recorded by staff from the Ministry's calendar) and the public holidays computed for it.
 */
@Controller
class StaffCalendarController {

    static final List<String> ZONES = List.of("A", "B", "C");
    static final List<String> HOLIDAYS = List.of("AUTUMN", "CHRISTMAS", "WINTER", "SPRING", "ASCENSION_BRIDGE",
            "SUMMER");

    private final ViewPlanningSetUpUseCase view;
    private final ManageSchoolCalendarUseCase calendar;
    private final Clock clock;

    StaffCalendarController(ViewPlanningSetUpUseCase view, ManageSchoolCalendarUseCase calendar, Clock clock) {
        this.view = view;
        this.calendar = calendar;
        this.clock = clock;
    }

    @GetMapping("/gestion/planning/calendrier")
    String calendar(@RequestParam(name = "annee", required = false) String year, Model model) {
        model.addAttribute("holidayForm", new HolidayForm());
        return page(schoolYear(year), model);
    }

    @PostMapping("/gestion/planning/calendrier/zone")
    String changeZone(@RequestParam(name = "zone", defaultValue = "") String zone,
                      @RequestParam(name = "annee", required = false) String year, RedirectAttributes redirect) {
        int start = schoolYear(year);
        if (!ZONES.contains(zone)) {
            redirect.addFlashAttribute("zoneProblem", true);
        } else {
            calendar.changeHolidayZone(zone);
            redirect.addFlashAttribute("done", "planning.done.zoneChanged");
        }
        return "redirect:/gestion/planning/calendrier?annee=" + start;
    }

    @PostMapping("/gestion/planning/calendrier/vacances")
    String addHoliday(@RequestParam(name = "annee", required = false) String year,
                      @ModelAttribute("holidayForm") HolidayForm form, BindingResult result, Model model,
                      RedirectAttributes redirect) {
        int start = schoolYear(year);
        SchoolYear schoolYear = new SchoolYear(start);
        if (!HOLIDAYS.contains(form.getName())) {
            result.rejectValue("name", "planning.error.holidayName");
        }
        Optional<LocalDate> lastSchoolDay = Inputs.date(form.getLastSchoolDay());
        Optional<LocalDate> returnDay = Inputs.date(form.getReturnDay());
        if (lastSchoolDay.isEmpty()) {
            result.rejectValue("lastSchoolDay", "planning.error.date");
        }
        if (returnDay.isEmpty()) {
            result.rejectValue("returnDay", "planning.error.date");
        } else if (lastSchoolDay.isPresent() && !returnDay.get().isAfter(lastSchoolDay.get().plusDays(1))) {
            result.rejectValue("returnDay", "planning.error.returnDay");
        } else if (lastSchoolDay.isPresent() && (lastSchoolDay.get().plusDays(1).isAfter(schoolYear.lastDay())
                || returnDay.get().minusDays(1).isBefore(schoolYear.firstDay()))) {
            result.rejectValue("lastSchoolDay", "planning.error.holidayOutsideYear");
        } else if (lastSchoolDay.isPresent() && lastSchoolDay.get().plusDays(120).isBefore(returnDay.get())) {
            result.rejectValue("returnDay", "planning.error.holidayTooLong");
        }
        if (!result.hasErrors()) {
            String zone = view.schoolCalendar(start).zone();
            ManageSchoolCalendarUseCase.HolidayOutcome outcome = calendar.addSchoolHoliday(
                    new AddSchoolHolidayCommand(zone, form.getName(), lastSchoolDay.get(), returnDay.get()));
            if (outcome == ManageSchoolCalendarUseCase.HolidayOutcome.OVERLAPS_ANOTHER) {
                result.rejectValue("lastSchoolDay", "planning.error.holidayOverlaps");
            }
        }
        if (result.hasErrors()) {
            return page(start, model);
        }
        redirect.addFlashAttribute("done", "planning.done.holidayAdded");
        return "redirect:/gestion/planning/calendrier?annee=" + start;
    }

    @PostMapping("/gestion/planning/calendrier/vacances/{holidayId}/supprimer")
    String removeHoliday(@PathVariable String holidayId, @RequestParam(name = "annee", required = false) String year,
                         RedirectAttributes redirect) {
        UUID id = Inputs.uuid(holidayId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!calendar.removeSchoolHoliday(id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("done", "planning.done.holidayRemoved");
        return "redirect:/gestion/planning/calendrier?annee=" + schoolYear(year);
    }

    private String page(int start, Model model) {
        SchoolCalendarView calendarView = view.schoolCalendar(start);
        model.addAttribute("calendar", calendarView);
        model.addAttribute("yearLabel", new SchoolYear(start).label());
        model.addAttribute("previousYear", start - 1);
        model.addAttribute("nextYear", start + 1);
        model.addAttribute("zones", ZONES);
        model.addAttribute("holidayNames", HOLIDAYS);
        return "planning/staff-calendar";
    }

    /** The school year asked for (its first calendar year), or the current one. */
    private int schoolYear(String year) {
        if (year != null && year.matches("20\\d\\d")) {
            return Integer.parseInt(year);
        }
        return SchoolYear.containing(LocalDate.now(clock)).startYear();
    }
}
