package org.portailfamille.demo;

import org.portailfamille.accounts.application.port.in.HealthDetails;
import org.portailfamille.accounts.application.port.in.ListChildrenUseCase;
import org.portailfamille.accounts.application.port.in.RegisterChildCommand;
import org.portailfamille.accounts.application.port.in.RegisterChildUseCase;
import org.portailfamille.billing.application.port.in.CreateInvoicingRunCommand;
import org.portailfamille.billing.application.port.in.CreateInvoicingRunResult;
import org.portailfamille.billing.application.port.in.CreateInvoicingRunUseCase;
import org.portailfamille.billing.application.port.in.IssueInvoicingRunCommand;
import org.portailfamille.billing.application.port.in.IssueInvoicingRunUseCase;
import org.portailfamille.billing.application.port.in.ProcessInvoicingRunsUseCase;
import org.portailfamille.billing.application.port.in.ReceivePaymentCommand;
import org.portailfamille.billing.application.port.in.ReceivePaymentResult;
import org.portailfamille.billing.application.port.in.ReceivePaymentUseCase;
import org.portailfamille.billing.application.port.in.RunStatus;
import org.portailfamille.billing.application.port.in.RunSummary;
import org.portailfamille.billing.application.port.in.SetUpTariffCommand;
import org.portailfamille.billing.application.port.in.SetUpTariffCommand.BracketLine;
import org.portailfamille.billing.application.port.in.SetUpTariffResult;
import org.portailfamille.billing.application.port.in.SetUpTariffUseCase;
import org.portailfamille.billing.application.port.in.TariffUnit;
import org.portailfamille.billing.application.port.in.ViewInvoicingRunsUseCase;
import org.portailfamille.planning.application.port.in.BookDayCommand;
import org.portailfamille.planning.application.port.in.BookDayForFamilyUseCase;
import org.portailfamille.planning.application.port.in.BookDayResult;
import org.portailfamille.planning.application.port.in.EnrolChildCommand;
import org.portailfamille.planning.application.port.in.EnrolChildUseCase;
import org.portailfamille.planning.application.port.in.RecordAttendanceCommand;
import org.portailfamille.planning.application.port.in.RecordAttendanceUseCase;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;
import org.portailfamille.shared.SchoolYear;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.portailfamille.platform.demo.ConditionalOnDemoMode;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The guide's account of the DUPONT family, produced as a municipality would: tariffs on the demo activities, the
 * days LÉA and TOM used in the two months before the current one (booked by staff after the day and marked present
 * at the register), invoicing runs of the régie "AL" (numbering continuing at AL-12, payments at AL-228) issued and
 * worked to the end here, and a cheque recorded by staff:
 * <ul>
 *     <li>month M-2, DUPONT only: AL-12, 243,20 € = LÉA and TOM 3 Wednesdays each at 16,50 € (99,00 €), LÉA 12
 *     meals at 3,80 € (45,60 €), 14 (LÉA) + 15 (TOM) mornings of after-school care at 3,40 € (98,60 €);</li>
 *     <li>cheque AL-228 of 243,20 €, allocated to AL-12 (the only unpaid invoice then);</li>
 *     <li>M-2 run again for the other families' meals booked since (11 invoices, AL-13 to AL-23), then M-1 for
 *     them (12 invoices, AL-24 to AL-35): a second run of a month bills only what was not billed yet;</li>
 *     <li>M-1 run again once staff regularised DUPONT's days: AL-36, 120,60 € = LÉA and TOM 3 Wednesdays each
 *     (99,00 €), LÉA 3 meals (11,40 €) and 3 mornings (10,20 €), left unpaid.</li>
 * </ul>
 * A family's place in a run follows its id, so DUPONT's invoices are each alone in their run to get the guide's
 * numbers. The tariffs of these activities have no late-booking surcharge (the days are regularised by staff after
 * the deadline, which planning records as late bookings).
 */
@Component
@ConditionalOnDemoMode
class DemoBillingLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoBillingLoader.class);
    private static final String AGENT = "agent";
    private static final Set<DayOfWeek> SCHOOL_DAYS = EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
    private static final Set<DayOfWeek> MONDAY_TO_FRIDAY = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    private static final Set<DayOfWeek> WEDNESDAY = EnumSet.of(DayOfWeek.WEDNESDAY);
    private static final String[] OTHER_CHILDREN = {"EMMA", "LOUIS", "JADE", "GABRIEL", "LOUISE", "RAPHAËL", "ALICE",
            "ARTHUR", "CHLOÉ", "JULES", "INÈS", "ADAM"};
    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(2);

    private final SetUpTariffUseCase setUpTariff;
    private final BookDayForFamilyUseCase bookForFamily;
    private final RecordAttendanceUseCase recordAttendance;
    private final ListChildrenUseCase children;
    private final RegisterChildUseCase registerChild;
    private final EnrolChildUseCase enrol;
    private final CreateInvoicingRunUseCase createRun;
    private final IssueInvoicingRunUseCase issueRun;
    private final ProcessInvoicingRunsUseCase processRuns;
    private final ViewInvoicingRunsUseCase viewRuns;
    private final ReceivePaymentUseCase receivePayment;
    private final Clock clock;

    DemoBillingLoader(SetUpTariffUseCase setUpTariff, BookDayForFamilyUseCase bookForFamily,
                      RecordAttendanceUseCase recordAttendance, ListChildrenUseCase children,
                      RegisterChildUseCase registerChild, EnrolChildUseCase enrol, CreateInvoicingRunUseCase createRun,
                      IssueInvoicingRunUseCase issueRun, ProcessInvoicingRunsUseCase processRuns,
                      ViewInvoicingRunsUseCase viewRuns, ReceivePaymentUseCase receivePayment, Clock clock) {
        this.setUpTariff = setUpTariff;
        this.bookForFamily = bookForFamily;
        this.recordAttendance = recordAttendance;
        this.children = children;
        this.registerChild = registerChild;
        this.enrol = enrol;
        this.createRun = createRun;
        this.issueRun = issueRun;
        this.processRuns = processRuns;
        this.viewRuns = viewRuns;
        this.receivePayment = receivePayment;
        this.clock = clock;
    }

    /**
     * @param regie  the régie "AL", its invoice numbering at 12, its payment numbering at 228
     * @param others twelve other families (the first eleven use the canteen from M-2, the last from M-1)
     */
    void load(UUID regie, FamilyId dupont, List<FamilyId> others, DemoPlanningLoader.Activities activities) {
        LocalDate today = LocalDate.now(clock);
        YearMonth lastMonth = YearMonth.from(today).minusMonths(1);
        YearMonth monthBefore = lastMonth.minusMonths(1);
        setUpTariffs(activities, SchoolYear.containing(monthBefore.atDay(1)).firstDay());
        List<ChildId> dupontChildren = children.children(dupont).stream().map(child -> child.childId()).toList();
        ChildId lea = dupontChildren.get(0);
        ChildId tom = dupontChildren.get(1);

        // AL-12: DUPONT's month before last.
        Days first = new Days();
        first.book(dupont, lea, activities.wednesdayDay(), monthBefore, WEDNESDAY, 3);
        first.book(dupont, tom, activities.wednesdayDay(), monthBefore, WEDNESDAY, 3);
        first.book(dupont, lea, activities.canteen(), monthBefore, SCHOOL_DAYS, 12);
        first.book(dupont, lea, activities.morningCare(), monthBefore, MONDAY_TO_FRIDAY, 14);
        first.book(dupont, tom, activities.morningCare(), monthBefore, MONDAY_TO_FRIDAY, 15);
        first.registerPresent();
        issueAndWork(regie, monthBefore);

        // AL-228: the cheque paying it (the only unpaid invoice: oldest first gives AL-12).
        ReceivePaymentResult cheque = receivePayment.receivePayment(new ReceivePaymentCommand(dupont, regie, today,
                "CHEQUE", new BigDecimal("243.20"), "0004512", List.of()));
        if (!cheque.recorded()) {
            throw new IllegalStateException("Demo cheque not recorded: " + cheque.problems());
        }

        // AL-13 to AL-35: the other families' meals of both months.
        List<ChildId> otherChildren = new ArrayList<>();
        for (int i = 0; i < others.size(); i++) {
            FamilyId family = others.get(i);
            ChildId child = registerChild.registerChild(new RegisterChildCommand(family, OTHER_CHILDREN[i % 12],
                    "VOISIN", LocalDate.of(2016 + i % 5, 1 + i % 12, 1 + i), i % 2 == 0 ? "FEMALE" : "MALE",
                    "École Jules Ferry", "CE2", true, true, List.of(),
                    new HealthDetails("", "", "", "", false, true, false, "")));
            YearMonth from = i == others.size() - 1 ? lastMonth : monthBefore;
            enrol.enrolChild(new EnrolChildCommand(family, child, activities.canteen(), from.atDay(1),
                    lastMonth.atEndOfMonth(), Set.of()));
            otherChildren.add(child);
        }
        Days othersBefore = new Days();
        for (int i = 0; i < others.size() - 1; i++) {
            othersBefore.book(others.get(i), otherChildren.get(i), activities.canteen(), monthBefore, SCHOOL_DAYS,
                    4 + i % 9);
        }
        othersBefore.registerPresent();
        issueAndWork(regie, monthBefore);
        Days othersLast = new Days();
        for (int i = 0; i < others.size(); i++) {
            othersLast.book(others.get(i), otherChildren.get(i), activities.canteen(), lastMonth, SCHOOL_DAYS,
                    3 + (i * 5) % 10);
        }
        othersLast.registerPresent();
        issueAndWork(regie, lastMonth);

        // AL-36: DUPONT's last month, regularised after the month's run.
        Days last = new Days();
        last.book(dupont, lea, activities.wednesdayDay(), lastMonth, WEDNESDAY, 3);
        last.book(dupont, tom, activities.wednesdayDay(), lastMonth, WEDNESDAY, 3);
        last.book(dupont, lea, activities.canteen(), lastMonth, SCHOOL_DAYS, 3);
        last.book(dupont, lea, activities.morningCare(), lastMonth, MONDAY_TO_FRIDAY, 3);
        last.registerPresent();
        issueAndWork(regie, lastMonth);
        log.info("Demo billing loaded: runs of {} and {}, cheque {}", monthBefore, lastMonth, cheque.number());
    }

    private void setUpTariffs(DemoPlanningLoader.Activities activities, LocalDate from) {
        tariff(SetUpTariffCommand.flat(activities.wednesdayAfternoon(), "Mercredi après-midi", TariffUnit.HALF_DAY,
                from, new BigDecimal("8.20")));
        tariff(SetUpTariffCommand.flat(activities.wednesdayDay(), "Mercredi journée", TariffUnit.DAY, from,
                new BigDecimal("16.50")));
        tariff(SetUpTariffCommand.flat(activities.holidayAfternoon(), "Vacances après-midi", TariffUnit.HALF_DAY,
                from, new BigDecimal("8.20")));
        tariff(SetUpTariffCommand.flat(activities.holidayMorning(), "Vacances matin", TariffUnit.HALF_DAY, from,
                new BigDecimal("7.40")));
        // The holiday centre's day by family quotient (the municipal rules' brackets), +50 % when booked late.
        tariff(new SetUpTariffCommand(activities.holidayDay(), "Vacances journée", TariffUnit.DAY, BigDecimal.ONE,
                from, null, List.of(new BracketLine(BigDecimal.ZERO, new BigDecimal("9.50")),
                new BracketLine(new BigDecimal("500"), new BigDecimal("10.05")),
                new BracketLine(new BigDecimal("951"), new BigDecimal("13.90"))),
                new BigDecimal("50"), BigDecimal.ZERO, List.of()));
        tariff(SetUpTariffCommand.flat(activities.morningCare(), "Garderie matin", TariffUnit.DAY, from,
                new BigDecimal("3.40")));
        // The canteen: a medical absence is not billed.
        tariff(new SetUpTariffCommand(activities.canteen(), "Repas", TariffUnit.MEAL, BigDecimal.ONE, from, null,
                List.of(new BracketLine(BigDecimal.ZERO, new BigDecimal("3.80"))), BigDecimal.ZERO, BigDecimal.ZERO,
                List.of(new SetUpTariffCommand.ReasonEffectLine("ILLNESS", "NOT_BILLED", null),
                        new SetUpTariffCommand.ReasonEffectLine("HOSPITALISATION", "NOT_BILLED", null))));
    }

    private void tariff(SetUpTariffCommand command) {
        SetUpTariffResult result = setUpTariff.setUpTariff(command);
        if (!result.created()) {
            throw new IllegalStateException("Demo tariff " + command.label() + " refused: " + result.problems());
        }
    }

    /**
     * Creates the month's run, issues it and works it to the end here (the background worker may share the work:
     * this waits until the run is issued).
     */
    private void issueAndWork(UUID regie, YearMonth month) {
        CreateInvoicingRunResult draft = createRun.createDraft(new CreateInvoicingRunCommand(regie, month, AGENT));
        if (draft.outcome() != CreateInvoicingRunResult.Outcome.CREATED || draft.runId() == null) {
            throw new IllegalStateException("Demo run of " + month + " not created: " + draft.outcome());
        }
        issueRun.issue(new IssueInvoicingRunCommand(draft.runId(), null));
        Instant deadline = clock.instant().plus(RUN_TIMEOUT);
        while (viewRuns.progress(draft.runId()).map(RunSummary::status).orElseThrow() != RunStatus.ISSUED) {
            if (!processRuns.processNextChunk()) {
                if (clock.instant().isAfter(deadline)) {
                    throw new IllegalStateException("Demo run of " + month + " not issued in time");
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while issuing the demo run", e);
                }
            }
        }
    }

    /** Days booked by staff after the fact, then marked present at the register (one register per activity and day). */
    private final class Days {
        private final Map<UUID, Map<LocalDate, Map<ChildId, String>>> registers = new LinkedHashMap<>();

        /** Books the first {@code count} days of {@code month} on {@code weekdays} that the activity accepts. */
        void book(FamilyId family, ChildId child, UUID activity, YearMonth month, Set<DayOfWeek> weekdays, int count) {
            int booked = 0;
            for (LocalDate day = month.atDay(1); booked < count && !day.isAfter(month.atEndOfMonth());
                 day = day.plusDays(1)) {
                if (!weekdays.contains(day.getDayOfWeek())) {
                    continue;
                }
                BookDayResult result = bookForFamily.bookDayForFamily(new BookDayCommand(family, child, activity, day,
                        AGENT));
                if (result.outcome() == BookDayResult.Outcome.BOOKED) {
                    registers.computeIfAbsent(activity, a -> new LinkedHashMap<>())
                            .computeIfAbsent(day, d -> new LinkedHashMap<>()).put(child, "PRESENT");
                    booked++;
                }
            }
            if (booked < count) {
                throw new IllegalStateException("Demo billing: only " + booked + " of " + count + " days booked in "
                        + month);
            }
        }

        void registerPresent() {
            registers.forEach((activity, days) -> days.forEach((day, marks) -> recordAttendance.recordAttendance(
                    new RecordAttendanceCommand(activity, day, marks, AGENT))));
        }
    }
}
