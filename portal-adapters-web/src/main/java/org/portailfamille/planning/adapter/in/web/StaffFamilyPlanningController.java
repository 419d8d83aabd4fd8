package org.portailfamille.planning.adapter.in.web;

import org.portailfamille.access.PortalUser;
import org.portailfamille.accounts.application.port.in.FamilySummary;
import org.portailfamille.accounts.application.port.in.GetFamilySummaryUseCase;
import org.portailfamille.planning.application.port.in.BookDayForFamilyUseCase;
import org.portailfamille.planning.application.port.in.BookDayResult;
import org.portailfamille.planning.application.port.in.CancelDayForFamilyUseCase;
import org.portailfamille.planning.application.port.in.CancelDayOutcome;
import org.portailfamille.planning.application.port.in.ChildPlanning;
import org.portailfamille.planning.application.port.in.DeclareAbsenceForFamilyUseCase;
import org.portailfamille.planning.application.port.in.DeclareAbsenceResult;
import org.portailfamille.planning.application.port.in.PlanningCell;
import org.portailfamille.planning.application.port.in.PlanningRow;
import org.portailfamille.planning.application.port.in.StaffAbsenceCommand;
import org.portailfamille.planning.application.port.in.StaffActionCommand;
import org.portailfamille.planning.application.port.in.ViewChildPlanningUseCase;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Back office: staff open a child's planning as the family sees it (the parents' grid and day page, under
 * /gestion) and book, cancel or declare an absence on the family's behalf (ADR 0032). The families' deadline
 * applies unless staff tick "Hors délai" and give the reason; the family is told who did it. The child must be the
 * family's of the URL: otherwise 404, and nothing is changed.
 */
@Controller
class StaffFamilyPlanningController {

    static final String BASE = "/gestion/planning/familles/{familyId}/enfants/{childId}/planning";
    static final List<String> ABSENCE_REASONS = List.of("PERSONAL", "FAMILY_EVENT", "OTHER");

    private final ViewChildPlanningUseCase planning;
    private final GetFamilySummaryUseCase families;
    private final BookDayForFamilyUseCase book;
    private final CancelDayForFamilyUseCase cancel;
    private final DeclareAbsenceForFamilyUseCase absence;
    private final PlanningController grid;
    private final PlanningTexts texts;
    private final MessageSource messages;

    StaffFamilyPlanningController(ViewChildPlanningUseCase planning, GetFamilySummaryUseCase families,
                                  BookDayForFamilyUseCase book, CancelDayForFamilyUseCase cancel,
                                  DeclareAbsenceForFamilyUseCase absence, PlanningController grid,
                                  PlanningTexts texts, MessageSource messages) {
        this.planning = planning;
        this.families = families;
        this.book = book;
        this.cancel = cancel;
        this.absence = absence;
        this.grid = grid;
        this.texts = texts;
        this.messages = messages;
    }

    /** What staff typed on the day page, kept when the page comes back with an error. */
    record Typed(String action, boolean override, String reason, String absenceReason, String comment) {
        static Typed empty() {
            return new Typed("", false, "", "", "");
        }
    }

    @GetMapping(BASE)
    String month(@PathVariable String familyId, @PathVariable String childId,
                 @RequestParam(name = "mois", required = false) String monthParam, Model model) {
        FamilySummary family = familyOf(familyId);
        ChildPlanning child = planningOf(family.familyId(), childId, grid.monthOf(monthParam));
        model.addAttribute("family", family);
        model.addAttribute("staffBackUrl", enrolmentsUrl(family, child));
        return grid.show(child, new SeveralDaysForm(), model, base(family, child), true);
    }

    @GetMapping(BASE + "/{activityId}/{date}")
    String day(@PathVariable String familyId, @PathVariable String childId, @PathVariable String activityId,
               @PathVariable String date, Model model) {
        return dayPage(familyId, childId, activityId, date, Typed.empty(), null, model);
    }

    @PostMapping(BASE + "/{activityId}/{date}/{action}")
    String act(@AuthenticationPrincipal PortalUser user, @PathVariable String familyId, @PathVariable String childId,
               @PathVariable String activityId, @PathVariable String date, @PathVariable String action,
               @RequestParam(name = "horsDelai", defaultValue = "false") String override,
               @RequestParam(name = "raison", defaultValue = "") String reason,
               @RequestParam(name = "motif", defaultValue = "") String absenceReason,
               @RequestParam(name = "commentaire", defaultValue = "") String comment,
               @RequestParam(name = "retour", required = false) String back, Model model,
               RedirectAttributes redirect) {
        LocalDate day = PlanningController.dateOf(date);
        UUID activity = PlanningController.uuidOf(activityId);
        FamilySummary family = familyOf(familyId);
        ChildPlanning child = planningOf(family.familyId(), childId, activity, day);
        PlanningRow row = child.row(activity).orElseThrow(PlanningController::notFound);
        if (!List.of(StaffDayActions.BOOK, StaffDayActions.CANCEL, StaffDayActions.ABSENCE).contains(action)) {
            throw PlanningController.notFound();
        }
        boolean overriding = "true".equals(override);
        String why = reason.strip();
        Typed typed = new Typed(action, overriding, why, absenceReason, comment);
        if (overriding && why.isEmpty()) {
            return dayPage(familyId, childId, activityId, date, typed, "planning.staff.error.reasonRequired", model);
        }
        if (why.length() > StaffActionCommand.MAX_REASON_LENGTH) {
            return dayPage(familyId, childId, activityId, date, typed, "planning.staff.error.reasonTooLong", model);
        }
        StaffActionCommand command = new StaffActionCommand(family.familyId(), child.childId(), activity, day,
                user.username(), user.displayName(), overriding, overriding ? why : "");
        String what = texts.dayName(day) + ", " + row.activityName();
        boolean success;
        String message;
        switch (action) {
            case StaffDayActions.BOOK -> {
                BookDayResult result = book.bookDayForFamily(command);
                success = result.outcome() == BookDayResult.Outcome.BOOKED;
                message = outcomeMessage("book", result.outcome().name(), what);
            }
            case StaffDayActions.CANCEL -> {
                CancelDayOutcome outcome = cancel.cancelDayForFamily(command);
                success = outcome == CancelDayOutcome.CANCELLED;
                message = outcomeMessage("cancel", outcome.name(), what);
            }
            default -> {
                if (!ABSENCE_REASONS.contains(absenceReason)) {
                    return dayPage(familyId, childId, activityId, date, typed,
                            "planning.staff.error.absenceReason", model);
                }
                DeclareAbsenceResult result = absence.declareAbsenceForFamily(new StaffAbsenceCommand(command,
                        absenceReason, comment));
                if (result.outcome() == DeclareAbsenceResult.Outcome.COMMENT_TOO_LONG) {
                    return dayPage(familyId, childId, activityId, date, typed,
                            "planning.staff.error.commentTooLong", model);
                }
                success = result.outcome() == DeclareAbsenceResult.Outcome.DECLARED;
                message = outcomeMessage("absence", result.outcome().name(), what);
            }
        }
        redirect.addFlashAttribute("planningMessage", message);
        redirect.addFlashAttribute("planningSuccess", success);
        String base = base(family, child);
        if ("mois".equals(back)) {
            return "redirect:" + base + "?mois=" + YearMonth.from(day);
        }
        return "redirect:" + base + "/" + activity + "/" + day;
    }

    private String dayPage(String familyId, String childId, String activityId, String date, Typed typed,
                           String errorKey, Model model) {
        LocalDate day = PlanningController.dateOf(date);
        UUID activity = PlanningController.uuidOf(activityId);
        FamilySummary family = familyOf(familyId);
        ChildPlanning child = planningOf(family.familyId(), childId, activity, day);
        PlanningRow row = child.row(activity).orElseThrow(PlanningController::notFound);
        PlanningCell cell = child.cell(activity, day).orElseThrow(PlanningController::notFound);
        String base = base(family, child);
        model.addAttribute("staffView", true);
        model.addAttribute("family", family);
        model.addAttribute("child", child);
        model.addAttribute("ofChild", org.portailfamille.shared.FrenchElision.de(child.childFirstName()));
        model.addAttribute("row", row);
        model.addAttribute("cell", grid.cellView(child, row, cell, base, true));
        model.addAttribute("dayName", texts.dayNameWithYear(day));
        model.addAttribute("monthUrl", base + "?mois=" + YearMonth.from(day));
        List<PlanningViews.Action> actions = new ArrayList<>();
        for (String slug : StaffDayActions.of(cell)) {
            boolean link = StaffDayActions.ABSENCE.equals(slug);
            actions.add(new PlanningViews.Action(slug, texts.message("planning.staff.action." + slug),
                    link ? "#absence" : base + "/" + activity + "/" + day + "/" + slug, link));
        }
        model.addAttribute("actions", actions);
        model.addAttribute("absenceUrl", StaffDayActions.of(cell).contains(StaffDayActions.ABSENCE)
                ? base + "/" + activity + "/" + day + "/" + StaffDayActions.ABSENCE : null);
        model.addAttribute("absenceReasons", ABSENCE_REASONS);
        model.addAttribute("typed", typed);
        model.addAttribute("staffError", errorKey);
        model.addAttribute("staffErrorField", errorKey == null ? null : switch (errorKey) {
            case "planning.staff.error.absenceReason" -> "motif";
            case "planning.staff.error.commentTooLong" -> "commentaire";
            default -> "raison-" + typed.action();
        });
        model.addAttribute("waitingPosition", null);
        model.addAttribute("offerExpiresAt", cell.offerExpiresAt());
        model.addAttribute("dayPrice", null);
        return "planning/planning-day";
    }

    /** The staff wording of an outcome when there is one, else the families'. */
    private String outcomeMessage(String kind, String outcome, String what) {
        String staffKey = "planning.staff.result." + kind + "." + outcome;
        String message = messages.getMessage(staffKey, new Object[]{what}, null, java.util.Locale.FRENCH);
        if (message != null) {
            return message;
        }
        return switch (kind) {
            case "book" -> texts.message("planning.result.book." + outcome, what);
            case "cancel" -> texts.message("planning.result.cancel." + outcome, what);
            default -> what + " : " + texts.message("planning.absence.error." + outcome);
        };
    }

    private FamilySummary familyOf(String familyId) {
        return families.familySummary(new FamilyId(PlanningController.uuidOf(familyId)))
                .orElseThrow(PlanningController::notFound);
    }

    /** The child's planning; 404 when the child is not the family's (nothing of another family is shown). */
    /** One day of one activity (the day page, an action on a day): never the month's grid (issue 14). */
    private ChildPlanning planningOf(FamilyId family, String childId, UUID activity, LocalDate day) {
        return planning.childPlanningDay(family, new ChildId(PlanningController.uuidOf(childId)), activity, day)
                .orElseThrow(PlanningController::notFound);
    }

    private ChildPlanning planningOf(FamilyId family, String childId, YearMonth month) {
        return planning.childPlanning(family, new ChildId(PlanningController.uuidOf(childId)), month)
                .orElseThrow(PlanningController::notFound);
    }

    private static String base(FamilySummary family, ChildPlanning child) {
        return "/gestion/planning/familles/" + family.familyId().value() + "/enfants/" + child.childId().value()
                + "/planning";
    }

    private static String enrolmentsUrl(FamilySummary family, ChildPlanning child) {
        return "/gestion/planning/inscriptions/familles/" + family.familyId().value() + "/enfants/"
                + child.childId().value();
    }
}
