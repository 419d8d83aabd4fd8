package org.portailfamille.planning.adapter.in.web;

import org.jspecify.annotations.Nullable;
import org.portailfamille.accounts.application.port.in.ChildName;
import org.portailfamille.accounts.application.port.in.GetChildNamesUseCase;
import org.portailfamille.planning.application.port.in.AttendanceRegister;
import org.portailfamille.planning.application.port.in.RecordAttendanceCommand;
import org.portailfamille.planning.application.port.in.RecordAttendanceResult;
import org.portailfamille.planning.application.port.in.RecordAttendanceUseCase;
import org.portailfamille.planning.application.port.in.RegisterActivity;
import org.portailfamille.planning.application.port.in.RegisterLine;
import org.portailfamille.planning.application.port.in.ViewAttendanceRegisterUseCase;
import org.portailfamille.shared.ChildId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Back office, the daily register ("feuille de présence"): choose an activity and a day, mark each expected child
 * present or absent, add a child enrolled that day who came without a booking. Staff only (under /gestion).
 */
@Controller
class AttendanceRegisterController {

    static final String MARK_PREFIX = "presence_";
    private static final int MAX_MARKS = 500;

    private final ViewAttendanceRegisterUseCase registers;
    private final RecordAttendanceUseCase record;
    private final GetChildNamesUseCase childNames;
    private final Clock clock;
    private final StaffSites sites;

    AttendanceRegisterController(ViewAttendanceRegisterUseCase registers, RecordAttendanceUseCase record,
                                 GetChildNamesUseCase childNames, Clock clock, StaffSites sites) {
        this.sites = sites;
        this.registers = registers;
        this.record = record;
        this.childNames = childNames;
        this.clock = clock;
    }

    /** A child of the register as the page shows it. */
    record Row(String id, String name, RegisterLine line, @Nullable String typedMark, @Nullable String problem) {
        public String fieldId() {
            return "presence-" + id;
        }
    }

    /** A child enrolled that day who may be added present without booking. */
    record Option(String id, String name) {
    }

    /** A problem of the page: its message key, arguments, and the field it is about (null for the whole form). */
    record PageProblem(String key, List<String> args, @Nullable String fieldId) {
    }

    @GetMapping("/gestion/presences")
    String register(@RequestParam(name = "activite", required = false) String activity,
                    @RequestParam(name = "jour", required = false) String day, Model model) {
        return show(activity, day, Map.of(), List.of(), Map.of(), model);
    }

    @PostMapping("/gestion/presences")
    String recordSheet(@RequestParam(name = "activite", defaultValue = "") String activity,
                       @RequestParam(name = "jour", defaultValue = "") String day,
                       @RequestParam MultiValueMap<String, String> params, Principal agent, Model model,
                       RedirectAttributes redirect) {
        Map<String, String> typed = new LinkedHashMap<>();
        params.forEach((name, values) -> {
            if (name.startsWith(MARK_PREFIX) && typed.size() < MAX_MARKS && !values.isEmpty()) {
                typed.put(name.substring(MARK_PREFIX.length()), values.get(0));
            }
        });
        Optional<UUID> activityId = uuid(activity);
        Optional<LocalDate> date = date(day);
        if (activityId.isEmpty() || date.isEmpty()) {
            return show(activity, day, typed, List.of(new PageProblem("attendance.problem.UNKNOWN_ACTIVITY",
                    List.of(), null)), Map.of(), model);
        }
        sites.refuseActivityElsewhere(activityId.get());
        Map<ChildId, String> marks = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : typed.entrySet()) {
            Optional<UUID> child = uuid(entry.getKey());
            if (child.isEmpty()) {
                return show(activity, day, typed, List.of(new PageProblem("attendance.problem.UNKNOWN_CHILD",
                        List.of(), null)), Map.of(), model);
            }
            marks.put(new ChildId(child.get()), entry.getValue());
        }
        RecordAttendanceResult result = record.recordAttendance(new RecordAttendanceCommand(activityId.get(),
                date.get(), marks, agent.getName()));
        if (!result.recorded()) {
            return refused(activity, day, typed, result, false, model);
        }
        redirect.addFlashAttribute("saved", result.linesRecorded());
        return redirectTo(activityId.get(), date.get());
    }

    @PostMapping("/gestion/presences/ajout")
    String addPresent(@RequestParam(name = "activite", defaultValue = "") String activity,
                      @RequestParam(name = "jour", defaultValue = "") String day,
                      @RequestParam(name = "enfant", defaultValue = "") String child, Principal agent, Model model,
                      RedirectAttributes redirect) {
        Optional<UUID> activityId = uuid(activity);
        Optional<LocalDate> date = date(day);
        if (activityId.isEmpty() || date.isEmpty()) {
            return show(activity, day, Map.of(), List.of(new PageProblem("attendance.problem.UNKNOWN_ACTIVITY",
                    List.of(), null)), Map.of(), model);
        }
        sites.refuseActivityElsewhere(activityId.get());
        Optional<UUID> childId = uuid(child);
        if (childId.isEmpty()) {
            return show(activity, day, Map.of(), List.of(new PageProblem("attendance.add.choose", List.of(),
                    "enfant")), Map.of(), model);
        }
        RecordAttendanceResult result = record.recordAttendance(new RecordAttendanceCommand(activityId.get(),
                date.get(), Map.of(new ChildId(childId.get()), "PRESENT"), agent.getName()));
        if (!result.recorded()) {
            return refused(activity, day, Map.of(), result, true, model);
        }
        String name = childNames.childNames(List.of(new ChildId(childId.get()))).values().stream()
                .map(ChildName::displayName).findFirst().orElse("");
        redirect.addFlashAttribute("added", name);
        return redirectTo(activityId.get(), date.get());
    }

    private static String redirectTo(UUID activity, LocalDate day) {
        return "redirect:/gestion/presences?activite=" + activity + "&jour=" + day;
    }

    private String refused(String activity, String day, Map<String, String> typed, RecordAttendanceResult result,
                           boolean adding, Model model) {
        List<ChildId> children = result.problems().stream().map(RecordAttendanceResult.Problem::child)
                .filter(java.util.Objects::nonNull).toList();
        Map<ChildId, ChildName> names = childNames.childNames(children);
        List<PageProblem> problems = new ArrayList<>();
        Map<String, String> perChild = new HashMap<>();
        for (RecordAttendanceResult.Problem problem : result.problems()) {
            String key = "attendance.problem." + problem.code().name();
            if (problem.child() == null) {
                problems.add(new PageProblem(key, List.of(), null));
            } else {
                String id = problem.child().value().toString();
                ChildName name = names.get(problem.child());
                perChild.put(id, key);
                problems.add(new PageProblem(key, List.of(name == null ? "" : name.displayName()),
                        adding ? "enfant" : "presence-" + id + "-present"));
            }
        }
        return show(activity, day, typed, problems, perChild, model);
    }

    private String show(@Nullable String activity, @Nullable String day, Map<String, String> typed,
                        List<PageProblem> problems, Map<String, String> perChild, Model model) {
        LocalDate today = LocalDate.now(clock);
        List<PageProblem> allProblems = new ArrayList<>(problems);
        LocalDate chosenDay = today;
        if (day != null && !day.isBlank()) {
            Optional<LocalDate> parsed = date(day);
            if (parsed.isPresent()) {
                chosenDay = parsed.get();
            } else if (allProblems.isEmpty()) {
                allProblems.add(new PageProblem("attendance.choose.day.invalid", List.of(), "jour"));
            }
        }
        // only the activities of the facilities this member of staff works for (ADR 0043)
        var mine = sites.current();
        List<RegisterActivity> activities = registers.registerActivities().stream()
                .filter(candidate -> mine.covers(candidate.facilityId())).toList();
        model.addAttribute("activities", activities);
        model.addAttribute("day", chosenDay);
        model.addAttribute("today", today);
        Optional<AttendanceRegister> register = Optional.empty();
        if (activity != null && !activity.isBlank()) {
            LocalDate registerDay = chosenDay;
            uuid(activity).ifPresent(sites::refuseActivityElsewhere);
            register = uuid(activity).flatMap(id -> registers.register(id, registerDay));
            if (register.isEmpty() && allProblems.isEmpty()) {
                allProblems.add(new PageProblem("attendance.choose.activity.invalid", List.of(), "activite"));
            }
        }
        model.addAttribute("selectedActivity", register.map(AttendanceRegister::activityId).orElse(null));
        model.addAttribute("problems", allProblems);
        register.ifPresent(found -> describe(found, typed, perChild, model));
        return "planning/staff-register";
    }

    private void describe(AttendanceRegister register, Map<String, String> typed, Map<String, String> perChild,
                          Model model) {
        List<ChildId> ids = new ArrayList<>(register.otherEnrolled());
        register.lines().forEach(line -> ids.add(line.child()));
        Map<ChildId, ChildName> names = childNames.childNames(ids);
        Comparator<Row> byName = Comparator.comparing(Row::name);
        List<Row> expected = new ArrayList<>();
        List<Row> withoutBooking = new ArrayList<>();
        for (RegisterLine line : register.lines()) {
            String id = line.child().value().toString();
            Row row = new Row(id, nameOf(names, line.child()), line,
                    typed.containsKey(id) ? typed.get(id) : line.mark(), perChild.get(id));
            (line.booked() ? expected : withoutBooking).add(row);
        }
        expected.sort(byName);
        withoutBooking.sort(byName);
        List<Option> others = register.otherEnrolled().stream()
                .map(child -> new Option(child.value().toString(), nameOf(names, child)))
                .sorted(Comparator.comparing(Option::name)).toList();
        model.addAttribute("register", register);
        model.addAttribute("previousDay", register.day().minusDays(1));
        model.addAttribute("nextDay", register.day().plusDays(1));
        model.addAttribute("expected", expected);
        model.addAttribute("withoutBooking", withoutBooking);
        model.addAttribute("others", others);
    }

    private static String nameOf(Map<ChildId, ChildName> names, ChildId child) {
        ChildName name = names.get(child);
        return name == null ? child.value().toString() : name.displayName();
    }

    private static Optional<UUID> uuid(String value) {
        if (value == null || value.length() != 36) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> date(String value) {
        if (value == null || value.length() != 10) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
