package org.portailfamille.planning.adapter.in.web;

import org.portailfamille.access.PortalUser;
import org.portailfamille.billing.application.port.in.DayPriceQuery;
import org.portailfamille.billing.application.port.in.DayPriceQuote;
import org.portailfamille.billing.application.port.in.QuoteDayPriceUseCase;
import org.portailfamille.planning.application.port.in.AcceptPlaceOfferCommand;
import org.portailfamille.planning.application.port.in.AcceptPlaceOfferOutcome;
import org.portailfamille.planning.application.port.in.AcceptPlaceOfferUseCase;
import org.portailfamille.planning.application.port.in.BookDayCommand;
import org.portailfamille.planning.application.port.in.BookDayResult;
import org.portailfamille.planning.application.port.in.BookDayUseCase;
import org.portailfamille.planning.application.port.in.BookSeveralDaysCommand;
import org.portailfamille.planning.application.port.in.BookSeveralDaysUseCase;
import org.portailfamille.planning.application.port.in.CancelDayCommand;
import org.portailfamille.planning.application.port.in.CancelDayOutcome;
import org.portailfamille.planning.application.port.in.CancelDayUseCase;
import org.portailfamille.planning.application.port.in.CellAction;
import org.portailfamille.planning.application.port.in.CellStatus;
import org.portailfamille.planning.application.port.in.CellUnavailability;
import org.portailfamille.planning.application.port.in.ChildPlanning;
import org.portailfamille.planning.application.port.in.ChildEnrolmentView;
import org.portailfamille.planning.application.port.in.JoinWaitingListCommand;
import org.portailfamille.planning.application.port.in.JoinWaitingListResult;
import org.portailfamille.planning.application.port.in.JoinWaitingListUseCase;
import org.portailfamille.planning.application.port.in.LeaveWaitingListUseCase;
import org.portailfamille.planning.application.port.in.PlanningCell;
import org.portailfamille.planning.application.port.in.PlanningRow;
import org.portailfamille.planning.application.port.in.ViewChildPlanningUseCase;
import org.portailfamille.planning.application.port.in.ViewWaitingListPositionUseCase;
import org.portailfamille.planning.application.port.in.WaitingListPositionQuery;
import org.portailfamille.shared.ChildId;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The planning of a child ("Agenda" of the guide): the month grid, the page of one day (the actions without
 * JavaScript, and on a phone), the actions (book, cancel, join the waiting list, accept a place offered) and
 * booking several days at once. The family is always the logged-in parent's: another family's child, an activity
 * the child is not enrolled in that month, or a malformed id or date answers 404. Every action redirects (PRG) with
 * a French message; posting twice has one effect.
 */
@Controller
class PlanningController {

    static final String BASE = "/famille/enfants/{childId}/planning";

    private final ViewChildPlanningUseCase planning;
    private final BookDayUseCase bookDay;
    private final CancelDayUseCase cancelDay;
    private final JoinWaitingListUseCase joinWaitingList;
    private final AcceptPlaceOfferUseCase acceptOffer;
    private final ViewWaitingListPositionUseCase waitingPosition;
    private final BookSeveralDaysUseCase bookSeveralDays;
    private final PlanningTexts texts;
    private final Clock clock;
    private final QuoteDayPriceUseCase quotes;
    private final LeaveWaitingListUseCase leaveWaitingList;

    PlanningController(ViewChildPlanningUseCase planning, BookDayUseCase bookDay, CancelDayUseCase cancelDay,
                       JoinWaitingListUseCase joinWaitingList, AcceptPlaceOfferUseCase acceptOffer,
                       ViewWaitingListPositionUseCase waitingPosition, BookSeveralDaysUseCase bookSeveralDays,
                       PlanningTexts texts, Clock clock, QuoteDayPriceUseCase quotes,
                       LeaveWaitingListUseCase leaveWaitingList) {
        this.leaveWaitingList = leaveWaitingList;
        this.planning = planning;
        this.bookDay = bookDay;
        this.cancelDay = cancelDay;
        this.joinWaitingList = joinWaitingList;
        this.acceptOffer = acceptOffer;
        this.waitingPosition = waitingPosition;
        this.bookSeveralDays = bookSeveralDays;
        this.texts = texts;
        this.clock = clock;
        this.quotes = quotes;
    }

    @GetMapping(BASE)
    String month(@AuthenticationPrincipal PortalUser user, @PathVariable String childId,
                 @RequestParam(name = "mois", required = false) String monthParam, Model model) {
        YearMonth month = monthOf(monthParam);
        ChildPlanning grid = planningOf(user, childId, month);
        SeveralDaysForm form = new SeveralDaysForm();
        if (!grid.rows().isEmpty()) {
            form.setActivite(grid.rows().get(0).activityId().toString());
        }
        LocalDate today = LocalDate.now(clock);
        form.setDu((YearMonth.from(today).equals(month) ? today : month.atDay(1)).toString());
        form.setAu(month.atEndOfMonth().toString());
        form.setJours(List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"));
        return show(grid, form, model);
    }

    @GetMapping(BASE + "/{activityId}/{date}")
    String day(@AuthenticationPrincipal PortalUser user, @PathVariable String childId,
               @PathVariable String activityId, @PathVariable String date, Model model) {
        LocalDate day = dateOf(date);
        UUID activity = uuidOf(activityId);
        ChildPlanning grid = planningOf(user, childId, activity, day);
        PlanningRow row = grid.row(activity).orElseThrow(PlanningController::notFound);
        PlanningCell cell = grid.cell(activity, day).orElseThrow(PlanningController::notFound);
        String base = "/famille/enfants/" + grid.childId().value() + "/planning";
        model.addAttribute("child", grid);
        model.addAttribute("ofChild", org.portailfamille.shared.FrenchElision.de(grid.childFirstName()));
        model.addAttribute("row", row);
        model.addAttribute("cell", cellView(grid, row, cell));
        model.addAttribute("dayName", texts.dayNameWithYear(day));
        model.addAttribute("monthUrl", base + "?mois=" + YearMonth.from(day));
        List<PlanningViews.Action> actions = new ArrayList<>();
        for (CellAction action : cell.actions()) {
            String slug = slugOf(action);
            boolean link = action == CellAction.DECLARE_ABSENCE;
            actions.add(new PlanningViews.Action(slug, texts.message("planning.action." + slug),
                    link ? absenceUrl(grid, row, day) : base + "/" + activity + "/" + day + "/" + slug, link));
        }
        model.addAttribute("actions", actions);
        OptionalInt position = cell.status() == CellStatus.WAITING && cell.offerId() == null
                ? waitingPosition.waitingListPosition(new WaitingListPositionQuery(user.familyId(), grid.childId(),
                activity, day)) : OptionalInt.empty();
        model.addAttribute("waitingPosition", position.isPresent() ? position.getAsInt() : null);
        model.addAttribute("offerExpiresAt", cell.offerExpiresAt());
        model.addAttribute("dayPrice", dayPrice(user, activity, day));
        return "planning/planning-day";
    }

    /** "Tarif : 12,40 € la journée (tranche QF de 600,00 à 900,00)", or why there is none (billing's quote). */
    private String dayPrice(PortalUser user, UUID activity, LocalDate day) {
        Optional<DayPriceQuote> found = quotes.quoteDay(new DayPriceQuery(user.familyId(), activity, day));
        if (found.isEmpty()) {
            return texts.message("planning.day.price.none");
        }
        DayPriceQuote quote = found.get();
        String amount = euros(quote.amount());
        String per = texts.message("planning.day.price.per." + quote.unit().name(),
                quote.quantity().stripTrailingZeros().toPlainString().replace('.', ','));
        String text;
        if (quote.flat()) {
            text = texts.message("planning.day.price.flat", amount, per);
        } else if (quote.noQuotient()) {
            text = texts.message("planning.day.price.noQuotient", amount, per);
        } else if (quote.quotientTo() == null) {
            text = texts.message("planning.day.price.bracketTop", amount, per, decimal(quote.quotientFrom()));
        } else {
            text = texts.message("planning.day.price.bracket", amount, per, decimal(quote.quotientFrom()),
                    decimal(quote.quotientTo()));
        }
        if (quote.lateBookingSurchargePercent().signum() > 0) {
            text += " " + texts.message("planning.day.price.late",
                    quote.lateBookingSurchargePercent().stripTrailingZeros().toPlainString().replace('.', ','));
        }
        return text;
    }

    private static String decimal(java.math.@org.jspecify.annotations.Nullable BigDecimal value) {
        java.text.DecimalFormatSymbols symbols = java.text.DecimalFormatSymbols.getInstance(Locale.FRANCE);
        symbols.setGroupingSeparator('\u202f');
        symbols.setDecimalSeparator(',');
        return new java.text.DecimalFormat("#,##0.00", symbols).format(value == null ? java.math.BigDecimal.ZERO : value);
    }

    private static String euros(java.math.BigDecimal value) {
        return decimal(value) + "\u00a0€";
    }

    @PostMapping(BASE + "/{activityId}/{date}/{action}")
    String act(@AuthenticationPrincipal PortalUser user, @PathVariable String childId,
               @PathVariable String activityId, @PathVariable String date, @PathVariable String action,
               @RequestParam(name = "retour", required = false) String back, RedirectAttributes redirect) {
        LocalDate day = dateOf(date);
        UUID activity = uuidOf(activityId);
        ChildPlanning grid = planningOf(user, childId, activity, day);
        PlanningRow row = grid.row(activity).orElseThrow(PlanningController::notFound);
        PlanningCell cell = grid.cell(activity, day).orElseThrow(PlanningController::notFound);
        String what = texts.dayName(day) + ", " + row.activityName();
        boolean success;
        String message;
        switch (action) {
            case "reserver" -> {
                BookDayResult result = bookDay.bookDay(new BookDayCommand(user.familyId(), grid.childId(),
                        activity, day));
                success = result.outcome() == BookDayResult.Outcome.BOOKED;
                message = bookingMessage(what, result);
            }
            case "annuler" -> {
                CancelDayOutcome outcome = cancelDay.cancelDay(new CancelDayCommand(user.familyId(),
                        grid.childId(), activity, day));
                success = outcome == CancelDayOutcome.CANCELLED;
                message = texts.message("planning.result.cancel." + outcome.name(), what);
            }
            case "liste-attente" -> {
                JoinWaitingListResult result = joinWaitingList.joinWaitingList(new JoinWaitingListCommand(
                        user.familyId(), grid.childId(), activity, day));
                success = result.outcome() == JoinWaitingListResult.Outcome.JOINED;
                message = texts.message("planning.result.wait." + result.outcome().name(), what,
                        result.position());
            }
            case "accepter" -> {
                AcceptPlaceOfferOutcome outcome = cell.offerId() == null ? AcceptPlaceOfferOutcome.NO_OFFER
                        : acceptOffer.acceptPlaceOffer(new AcceptPlaceOfferCommand(user.familyId(), cell.offerId()));
                success = outcome == AcceptPlaceOfferOutcome.ACCEPTED;
                message = texts.message("planning.result.offer." + outcome.name(), what);
            }
            case "quitter-liste-attente" -> {
                success = leaveWaitingList.leaveWaitingList(user.familyId(), grid.childId(), activity, day);
                message = texts.message("planning.result.leave." + success, what);
            }
            default -> throw notFound();
        }
        if ("listes".equals(back)) {
            // from "Listes d'attente": the message is shown there
            redirect.addFlashAttribute("waitingMessage", message);
            redirect.addFlashAttribute("waitingSuccess", success);
            return "redirect:/famille/listes-attente";
        }
        redirect.addFlashAttribute("planningMessage", message);
        redirect.addFlashAttribute("planningSuccess", success);
        String base = "/famille/enfants/" + grid.childId().value() + "/planning";
        if ("jour".equals(back)) {
            return "redirect:" + base + "/" + activity + "/" + day;
        }
        return "redirect:" + base + "?mois=" + YearMonth.from(day);
    }

    @PostMapping(BASE + "/plusieurs-jours")
    String several(@AuthenticationPrincipal PortalUser user, @PathVariable String childId,
                   @RequestParam(name = "mois", required = false) String monthParam,
                   @ModelAttribute("batch") SeveralDaysForm form, BindingResult errors, Model model,
                   RedirectAttributes redirect) {
        YearMonth month = monthOf(monthParam);
        ChildPlanning grid = planningOf(user, childId, month);
        UUID activity = null;
        try {
            activity = UUID.fromString(form.getActivite());
        } catch (IllegalArgumentException malformed) {
            // reported below
        }
        UUID chosen = activity;
        if (chosen == null || grid.enrolments().stream().noneMatch(e -> e.activityId().equals(chosen))) {
            errors.rejectValue("activite", "planning.batch.error.activite");
        }
        LocalDate from = parseDate(form.getDu());
        if (from == null) {
            errors.rejectValue("du", "planning.batch.error.du");
        }
        LocalDate to = null;
        switch (form.getPeriode()) {
            case SeveralDaysForm.WEEK -> to = from == null ? null : from.plusDays(6);
            case SeveralDaysForm.REST_OF_MONTH -> to = from == null ? null : YearMonth.from(from).atEndOfMonth();
            case SeveralDaysForm.BETWEEN_DATES -> {
                to = parseDate(form.getAu());
                if (to == null) {
                    errors.rejectValue("au", "planning.batch.error.au");
                } else if (from != null && (to.isBefore(from)
                        || ChronoUnit.DAYS.between(from, to) >= BookSeveralDaysCommand.MAX_DAYS)) {
                    errors.rejectValue("au", "planning.batch.error.period");
                    to = null;
                }
            }
            default -> errors.rejectValue("periode", "planning.batch.error.periode");
        }
        Set<DayOfWeek> weekdays = EnumSet.noneOf(DayOfWeek.class);
        for (String weekday : form.getJours()) {
            try {
                weekdays.add(DayOfWeek.valueOf(weekday));
            } catch (IllegalArgumentException unknown) {
                errors.rejectValue("jours", "planning.batch.error.jours");
            }
        }
        if (weekdays.isEmpty() && !errors.hasFieldErrors("jours")) {
            errors.rejectValue("jours", "planning.batch.error.jours");
        }
        if (errors.hasErrors() || from == null || to == null || chosen == null) {
            return show(grid, form, model);
        }
        List<BookSeveralDaysUseCase.DayBooking> results = bookSeveralDays.bookSeveralDays(
                new BookSeveralDaysCommand(user.familyId(), grid.childId(), chosen, from, to, weekdays));
        List<PlanningViews.BatchLine> lines = new ArrayList<>();
        int booked = 0;
        for (BookSeveralDaysUseCase.DayBooking result : results) {
            boolean ok = result.result().outcome() == BookDayResult.Outcome.BOOKED;
            booked += ok ? 1 : 0;
            lines.add(new PlanningViews.BatchLine(texts.dayName(result.day()), ok,
                    texts.message("planning.batch.outcome." + result.result().outcome().name()
                            + (ok && result.result().awaitingValidation() ? ".pending" : ""))));
        }
        String activityName = grid.enrolments().stream().filter(e -> e.activityId().equals(chosen)).findFirst()
                .map(ChildEnrolmentView::activityName).orElse("");
        redirect.addFlashAttribute("batchLines", new ArrayList<>(lines));
        redirect.addFlashAttribute("batchSummary", texts.message("planning.batch.summary", activityName, booked,
                results.size()));
        return "redirect:/famille/enfants/" + grid.childId().value() + "/planning?mois=" + YearMonth.from(from);
    }

    private String show(ChildPlanning grid, SeveralDaysForm form, Model model) {
        return show(grid, form, model, "/famille/enfants/" + grid.childId().value() + "/planning", false);
    }

    /**
     * The month grid page; staff (ADR 0032) see the family's grid under their own {@code base}, every day they may
     * act on leading to its page (where they may override the deadline), and no several-days form.
     */
    String show(ChildPlanning grid, SeveralDaysForm form, Model model, String base, boolean staff) {
        YearMonth month = grid.month();
        model.addAttribute("staffView", staff);
        model.addAttribute("child", grid);
        // "de LÉA" / "d'EMMA" for "Planning {0}" (French elision)
        model.addAttribute("ofChild", org.portailfamille.shared.FrenchElision.de(grid.childFirstName()));
        model.addAttribute("monthName", texts.monthName(month));
        model.addAttribute("previousMonth", month.minusMonths(1));
        model.addAttribute("nextMonth", month.plusMonths(1));
        model.addAttribute("previousMonthName", texts.monthName(month.minusMonths(1)));
        model.addAttribute("nextMonthName", texts.monthName(month.plusMonths(1)));
        model.addAttribute("baseUrl", base);
        model.addAttribute("columns", grid.days().stream().map(day -> new PlanningViews.Column(
                texts.columnHeader(day), texts.dayName(day), day.getDayOfWeek().getValue() >= 6)).toList());
        List<PlanningViews.Row> rows = grid.rows().stream().map(row -> new PlanningViews.Row(row.activityId(),
                row.facilityName(), row.activityName(), row.guardianName(),
                row.cells().stream().map(cell -> cellView(grid, row, cell, base, staff)).toList(),
                "ALL_YEAR".equals(row.season()) ? "" : texts.message("planning.row.season." + row.season())))
                .toList();
        model.addAttribute("rows", rows);
        model.addAttribute("weeks", weeksOf(grid.days(), rows));
        model.addAttribute("legend", CellStatus.legend().stream().map(status -> new PlanningViews.LegendEntry(
                texts.symbol(status), cssOf(status), texts.status(status))).toList());
        model.addAttribute("enrolments", grid.enrolments().stream().map(this::enrolmentView).toList());
        model.addAttribute("activities", grid.enrolments().stream()
                .collect(Collectors.toMap(e -> e.activityId().toString(),
                        e -> e.facilityName() + " – " + e.activityName(), (a, b) -> a,
                        java.util.LinkedHashMap::new)));
        model.addAttribute("weekdays", List.of(DayOfWeek.values()));
        model.addAttribute("batch", form);
        return "planning/child-planning";
    }

    /** Statuses that alone put nothing on a line of the phone list (the day shows only when it can be booked). */
    private static final Set<String> QUIET = Set.of("cell--empty", "cell--not-running", "cell--not-offered",
            "cell--short-holiday", "cell--summer-holiday", "cell--public-holiday");

    /**
     * The phone list: the month's weeks (Monday to Sunday), each with one line per day that has something on it or
     * can be booked, in activity order.
     */
    private List<PlanningViews.Week> weeksOf(List<LocalDate> days, List<PlanningViews.Row> rows) {
        List<PlanningViews.Week> weeks = new ArrayList<>();
        List<PlanningViews.DayLine> lines = new ArrayList<>();
        LocalDate weekStart = null;
        LocalDate weekEnd = null;
        for (int i = 0; i < days.size(); i++) {
            LocalDate day = days.get(i);
            if (weekStart == null) {
                weekStart = day;
            }
            weekEnd = day;
            List<PlanningViews.Entry> entries = new ArrayList<>();
            for (PlanningViews.Row row : rows) {
                PlanningViews.Cell cell = row.cells().get(i);
                if (!cell.actionable() && QUIET.contains(cell.statusClass())) {
                    continue;
                }
                // in sight: the symbol (and colour) as in the grid, the activity, and why it cannot be changed
                String shown = row.activityName() + (cell.why().isEmpty() ? "" : " – " + cell.why());
                entries.add(new PlanningViews.Entry(cell, row.activityName(), shown));
            }
            if (!entries.isEmpty()) {
                lines.add(new PlanningViews.DayLine(texts.columnHeader(day), entries));
            }
            if (day.getDayOfWeek() == DayOfWeek.SUNDAY || i == days.size() - 1) {
                if (!lines.isEmpty()) {
                    weeks.add(new PlanningViews.Week("semaine-" + weekStart, texts.message("planning.list.week",
                            texts.dayName(weekStart), texts.dayName(weekEnd)), List.copyOf(lines)));
                }
                lines.clear();
                weekStart = null;
            }
        }
        return weeks;
    }

    private PlanningViews.Enrolment enrolmentView(ChildEnrolmentView enrolment) {
        String regular = enrolment.regularDays().isEmpty() ? texts.message("planning.enrolments.occasional")
                : enrolment.regularDays().stream().sorted()
                .map(day -> texts.message("planning.weekday." + day.name())).collect(Collectors.joining(", "));
        return new PlanningViews.Enrolment(enrolment.facilityName() + " – " + enrolment.activityName(),
                texts.message("planning.enrolments.period", enrolment.firstDay().format(SHORT),
                        enrolment.lastDay().format(SHORT)), regular);
    }

    private static final java.time.format.DateTimeFormatter SHORT =
            java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRENCH);

    private PlanningViews.Cell cellView(ChildPlanning grid, PlanningRow row, PlanningCell cell) {
        return cellView(grid, row, cell, "/famille/enfants/" + grid.childId().value() + "/planning", false);
    }

    PlanningViews.Cell cellView(ChildPlanning grid, PlanningRow row, PlanningCell cell, String base, boolean staff) {
        String actions = cell.actions().stream().map(PlanningController::slugOf)
                .filter(slug -> !staff || StaffDayActions.of(cell).contains(slug)).collect(Collectors.joining(" "));
        boolean shown = cell.status() != CellStatus.EMPTY && cell.status() != CellStatus.NOT_RUNNING;
        // a day still to come whose deadline has passed says so in sight (hatched, and in words on the phone list)
        boolean locked = cell.unavailable() == CellUnavailability.DEADLINE_PASSED
                && !cell.day().isBefore(LocalDate.now(clock));
        CellUnavailability unavailable = cell.unavailable();
        String why = unavailable == null || unavailable == CellUnavailability.NOT_RUNNING
                || unavailable == CellUnavailability.NOT_ENROLLED ? ""
                : texts.message("planning.unavailable." + unavailable.name());
        return new PlanningViews.Cell(cell.day().toString(), texts.dayName(cell.day()),
                shown ? texts.symbol(cell.status()) : "", cssOf(cell.status()),
                texts.message("planning.status." + cell.status().name()), texts.cellLabel(cell, row.activityName()),
                staff ? StaffDayActions.staffMayOpen(cell) : cell.actionable(),
                base + "/" + row.activityId() + "/" + cell.day(), actions,
                staff ? base + "/" + row.activityId() + "/" + cell.day() + "#absence" : absenceUrl(grid, row, cell.day()),
                texts.deadline(cell), cell.status() != CellStatus.NOT_RUNNING,
                locked, why);
    }

    private static String absenceUrl(ChildPlanning grid, PlanningRow row, LocalDate day) {
        return "/famille/enfants/" + grid.childId().value() + "/absences/nouvelle?activite=" + row.activityId()
                + "&jour=" + day;
    }

    String bookingMessage(String what, BookDayResult result) {
        if (result.outcome() == BookDayResult.Outcome.BOOKED && result.awaitingValidation()) {
            return texts.message("planning.result.book.BOOKED.pending", what);
        }
        return texts.message("planning.result.book." + result.outcome().name(), what);
    }

    static String cssOf(CellStatus status) {
        return "cell--" + status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static String slugOf(CellAction action) {
        return switch (action) {
            case BOOK -> "reserver";
            case CANCEL -> "annuler";
            case DECLARE_ABSENCE -> "absence";
            case JOIN_WAITING_LIST -> "liste-attente";
            case ACCEPT_OFFER -> "accepter";
            case LEAVE_WAITING_LIST -> "quitter-liste-attente";
        };
    }

    /** One day of one activity only: showing or acting on a day never computes the month's grid (issue 14). */
    private ChildPlanning planningOf(PortalUser user, String childId, UUID activity, LocalDate day) {
        return planning.childPlanningDay(user.familyId(), new ChildId(uuidOf(childId)), activity, day)
                .orElseThrow(PlanningController::notFound);
    }

    private ChildPlanning planningOf(PortalUser user, String childId, YearMonth month) {
        return planning.childPlanning(user.familyId(), new ChildId(uuidOf(childId)), month)
                .orElseThrow(PlanningController::notFound);
    }

    /** The month asked for, or the current one when the parameter is missing, malformed or far off. */
    YearMonth monthOf(String param) {
        YearMonth current = YearMonth.now(clock);
        if (param == null || !param.matches("\\d{4}-\\d{2}")) {
            return current;
        }
        try {
            YearMonth asked = YearMonth.parse(param);
            return Math.abs(ChronoUnit.MONTHS.between(current, asked)) <= 120 ? asked : current;
        } catch (DateTimeParseException malformed) {
            return current;
        }
    }

    static LocalDate dateOf(String date) {
        LocalDate day = parseDate(date);
        if (day == null) {
            throw notFound();
        }
        return day;
    }

    private static LocalDate parseDate(String date) {
        if (date == null || !date.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(date);
            return day.getYear() >= 2000 && day.getYear() <= 2100 ? day : null;
        } catch (DateTimeParseException malformed) {
            return null;
        }
    }

    static UUID uuidOf(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException malformed) {
            throw notFound();
        }
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
