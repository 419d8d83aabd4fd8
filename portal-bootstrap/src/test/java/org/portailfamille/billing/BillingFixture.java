package org.portailfamille.billing;

import org.portailfamille.TestClock;
import org.portailfamille.billing.application.port.in.CreateInvoicingRunCommand;
import org.portailfamille.billing.application.port.in.CreateInvoicingRunResult;
import org.portailfamille.billing.application.port.in.CreateInvoicingRunUseCase;
import org.portailfamille.billing.application.port.in.CreateRegieCommand;
import org.portailfamille.billing.application.port.in.CreateRegieUseCase;
import org.portailfamille.billing.application.port.in.IssueInvoicingRunCommand;
import org.portailfamille.billing.application.port.in.IssueInvoicingRunUseCase;
import org.portailfamille.billing.application.port.in.ProcessInvoicingRunsUseCase;
import org.portailfamille.billing.application.port.in.RunStatus;
import org.portailfamille.billing.application.port.in.SetUpTariffCommand;
import org.portailfamille.billing.application.port.in.SetUpTariffUseCase;
import org.portailfamille.billing.application.port.in.TariffUnit;
import org.portailfamille.billing.application.port.in.ViewInvoicingRunsUseCase;
import org.portailfamille.planning.RegisterFixture;
import org.portailfamille.planning.application.port.in.BookDayCommand;
import org.portailfamille.planning.application.port.in.BookDayForFamilyUseCase;
import org.portailfamille.planning.application.port.in.DeadlineRule;
import org.portailfamille.planning.application.port.in.SetUpActivityCommand;
import org.portailfamille.planning.application.port.in.SetUpActivityUseCase;
import org.portailfamille.planning.application.port.in.SetUpFacilityCommand;
import org.portailfamille.planning.application.port.in.SetUpFacilityUseCase;
import org.portailfamille.planning.domain.PublicHolidays;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;
import org.springframework.context.ApplicationContext;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Billing through the use cases, for web and browser tests: a régie of its own (a unique prefix), an activity priced
 * 10,05 € the day (flat), children booked by staff on days of last month, and a run issued to the end.
 */
public final class BillingFixture {

    private static final AtomicInteger PREFIXES = new AtomicInteger((int) (System.nanoTime() % 100_000));

    public record Setup(UUID regie, String regieName, String prefix, UUID facility, UUID activity) {
    }

    private final ApplicationContext context;

    public BillingFixture(ApplicationContext context) {
        this.context = context;
    }

    public static YearMonth lastMonth() {
        return YearMonth.now(TestClock.PORTAL).minusMonths(1);
    }

    public Setup newRegieWithActivity() {
        int n = PREFIXES.incrementAndGet();
        StringBuilder prefix = new StringBuilder("W");
        for (int i = 0; i < 5; i++) {
            prefix.append((char) ('A' + n % 26));
            n /= 26;
        }
        String name = "Régie " + prefix;
        UUID regie = context.getBean(CreateRegieUseCase.class).createRegie(
                new CreateRegieCommand(name, prefix.toString(), 1, 1));
        UUID facility = context.getBean(SetUpFacilityUseCase.class).setUpFacility(
                new SetUpFacilityCommand("Accueil " + prefix));
        UUID activity = context.getBean(SetUpActivityUseCase.class).setUpActivity(new SetUpActivityCommand(facility,
                regie, "ALSH " + prefix, EnumSet.allOf(DayOfWeek.class), 50, 1, "CONFIRMED_AT_ONCE",
                DeadlineRule.daysBefore(1, LocalTime.of(18, 0)), SetUpActivityCommand.SAME_AS_BOOKING, null));
        if (!context.getBean(SetUpTariffUseCase.class).setUpTariff(SetUpTariffCommand.flat(activity, "Journée",
                TariffUnit.DAY, LocalDate.of(2000, 1, 1), new BigDecimal("10.05"))).created()) {
            throw new IllegalStateException("tariff not created");
        }
        return new Setup(regie, name, prefix.toString(), facility, activity);
    }

    /** A child of the family enrolled and booked on {@code count} days of the month. */
    public ChildId book(Setup setup, FamilyId family, String firstName, YearMonth month, int count) {
        RegisterFixture fixture = new RegisterFixture(context);
        ChildId child = fixture.newChild(family, firstName, "FACTURE");
        fixture.enrol(family, child, setup.activity(), month.atDay(1), month.atEndOfMonth(), Set.of());
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = month.atDay(2); days.size() < count; day = day.plusDays(1)) {
            if (!PublicHolidays.isPublicHoliday(day)) {
                days.add(day);
            }
        }
        for (LocalDate day : days) {
            context.getBean(BookDayForFamilyUseCase.class).bookDayForFamily(
                    new BookDayCommand(family, child, setup.activity(), day, "agent"));
        }
        return child;
    }

    /** Creates, issues and works the run of the month to the end. */
    public UUID issue(Setup setup, YearMonth month) {
        CreateInvoicingRunResult draft = context.getBean(CreateInvoicingRunUseCase.class)
                .createDraft(new CreateInvoicingRunCommand(setup.regie(), month, "agent"));
        context.getBean(IssueInvoicingRunUseCase.class).issue(new IssueInvoicingRunCommand(draft.runId(), null));
        workUntilIssued(draft.runId());
        return draft.runId();
    }

    public void workUntilIssued(UUID runId) {
        ProcessInvoicingRunsUseCase process = context.getBean(ProcessInvoicingRunsUseCase.class);
        ViewInvoicingRunsUseCase runs = context.getBean(ViewInvoicingRunsUseCase.class);
        // The worker may take chunks too: step the run ourselves, polled by Awaitility, until it is issued.
        org.awaitility.Awaitility.await("run issued").atMost(java.time.Duration.ofSeconds(30))
                .pollInterval(java.time.Duration.ofMillis(50))
                .until(() -> {
                    process.processNextChunk();
                    return runs.progress(runId).orElseThrow().status() == RunStatus.ISSUED;
                });
    }

}
