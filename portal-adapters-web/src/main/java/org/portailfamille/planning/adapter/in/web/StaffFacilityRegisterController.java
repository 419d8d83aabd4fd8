package org.portailfamille.planning.adapter.in.web;

import org.portailfamille.accounts.application.port.in.ChildName;
import org.portailfamille.accounts.application.port.in.GetChildNamesUseCase;
import org.portailfamille.planning.application.port.in.AttendanceRegister;
import org.portailfamille.planning.application.port.in.FacilityRegisters;
import org.portailfamille.planning.application.port.in.MarkAllPresentUseCase;
import org.portailfamille.planning.application.port.in.RecordAttendanceResult;
import org.portailfamille.planning.application.port.in.RegisterLine;
import org.portailfamille.planning.application.port.in.ViewFacilityRegistersUseCase;
import org.portailfamille.shared.ChildId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Back office, the daily registers of a whole facility on one printable page, and "Tous présents" (one click marks
 * every expected child present; the register stays editable).
 */
@Controller
class StaffFacilityRegisterController {

    static final String PAGE = "/gestion/presences/structure";

    private final ViewFacilityRegistersUseCase facilities;
    private final MarkAllPresentUseCase markAllPresent;
    private final GetChildNamesUseCase childNames;
    private final Clock clock;
    private final StaffSites sites;

    StaffFacilityRegisterController(ViewFacilityRegistersUseCase facilities, MarkAllPresentUseCase markAllPresent,
                                    GetChildNamesUseCase childNames, Clock clock, StaffSites sites) {
        this.sites = sites;
        this.facilities = facilities;
        this.markAllPresent = markAllPresent;
        this.childNames = childNames;
        this.clock = clock;
    }

    /** A child of a register as the sheet shows it. */
    record Line(String name, RegisterLine line) {
    }

    /** An activity's register on the facility page. */
    record Sheet(AttendanceRegister register, List<Line> expected, List<Line> withoutBooking, int toMark) {
    }

    @GetMapping(PAGE)
    String facility(@RequestParam(name = "structure", required = false) String facility,
                    @RequestParam(name = "jour", required = false) String day, Model model) {
        LocalDate today = LocalDate.now(clock);
        Optional<LocalDate> chosen = Inputs.date(day);
        LocalDate theDay = chosen.orElse(today);
        // only the facilities this member of staff works for; another one by its address is 404 (ADR 0043)
        var mine = sites.current();
        model.addAttribute("facilities", facilities.registerFacilities().stream()
                .filter(choice -> mine.covers(choice.facilityId())).toList());
        Inputs.uuid(facility).filter(id -> !mine.covers(id)).ifPresent(id -> {
            throw StaffSites.notFound();
        });
        model.addAttribute("day", theDay);
        model.addAttribute("dayProblem", day != null && !day.isBlank() && chosen.isEmpty());
        Optional<FacilityRegisters> found = Inputs.uuid(facility)
                .flatMap(id -> facilities.facilityRegisters(id, theDay));
        model.addAttribute("facilityProblem", facility != null && !facility.isBlank() && found.isEmpty());
        model.addAttribute("selectedFacility", found.map(FacilityRegisters::facilityId).orElse(null));
        if (found.isPresent()) {
            List<ChildId> ids = new ArrayList<>();
            found.get().registers().forEach(register -> register.lines().forEach(line -> ids.add(line.child())));
            Map<ChildId, ChildName> names = childNames.childNames(ids);
            List<Sheet> sheets = new ArrayList<>();
            for (AttendanceRegister register : found.get().registers()) {
                if (!"OPEN".equals(register.dayStatus())) {
                    continue;
                }
                List<Line> expected = new ArrayList<>();
                List<Line> without = new ArrayList<>();
                for (RegisterLine line : register.lines()) {
                    ChildName name = names.get(line.child());
                    Line shown = new Line(name == null ? line.child().value().toString() : name.displayName(), line);
                    (line.booked() ? expected : without).add(shown);
                }
                expected.sort(Comparator.comparing(Line::name));
                without.sort(Comparator.comparing(Line::name));
                int toMark = (int) register.lines().stream().filter(RegisterLine::booked)
                        .filter(line -> line.mark() == null && line.absenceStatus() == null).count();
                sheets.add(new Sheet(register, expected, without, toMark));
            }
            model.addAttribute("registers", found.get());
            model.addAttribute("sheets", sheets);
            model.addAttribute("previousDay", theDay.minusDays(1));
            model.addAttribute("nextDay", theDay.plusDays(1));
        }
        return "planning/staff-register-facility";
    }

    @PostMapping("/gestion/presences/tous-presents")
    String allPresent(@RequestParam(name = "activite", defaultValue = "") String activity,
                      @RequestParam(name = "jour", defaultValue = "") String day,
                      @RequestParam(name = "structure", defaultValue = "") String facility, Principal agent,
                      RedirectAttributes redirect) {
        Optional<UUID> activityId = Inputs.uuid(activity);
        Optional<LocalDate> date = Inputs.date(day);
        if (activityId.isEmpty() || date.isEmpty()) {
            redirect.addFlashAttribute("allPresentProblem", "attendance.allPresent.unknown");
            return "redirect:/gestion/presences";
        }
        sites.refuseActivityElsewhere(activityId.get());
        Inputs.uuid(facility).ifPresent(sites::requireFacility);
        RecordAttendanceResult result = markAllPresent.markAllPresent(activityId.get(), date.get(), agent.getName());
        if (!result.recorded()) {
            redirect.addFlashAttribute("allPresentProblem", "attendance.allPresent.refused");
        } else {
            redirect.addFlashAttribute("allPresent", result.linesRecorded());
        }
        Optional<UUID> facilityId = Inputs.uuid(facility);
        if (facilityId.isPresent()) {
            return "redirect:" + PAGE + "?structure=" + facilityId.get() + "&jour=" + date.get() + "#registre-"
                    + activityId.get();
        }
        return "redirect:/gestion/presences?activite=" + activityId.get() + "&jour=" + date.get();
    }
}
