package org.portailfamille.billing;

import org.junit.jupiter.api.Test;
import org.portailfamille.TestAccounts;
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
import org.portailfamille.billing.application.port.in.Statement;
import org.portailfamille.billing.application.port.in.StatementQuery;
import org.portailfamille.billing.application.port.in.TariffUnit;
import org.portailfamille.billing.application.port.in.ViewInvoicingRunsUseCase;
import org.portailfamille.billing.application.port.in.ViewStatementUseCase;
import org.portailfamille.billing.application.service.InvoicingRunService;
import org.portailfamille.planning.RegisterFixture;
import org.portailfamille.planning.application.port.in.BookDayCommand;
import org.portailfamille.planning.application.port.in.BookDayForFamilyUseCase;
import org.portailfamille.planning.application.port.in.CloseDaysCommand;
import org.portailfamille.planning.application.port.in.DeadlineRule;
import org.portailfamille.planning.application.port.in.ManageClosuresUseCase;
import org.portailfamille.planning.application.port.in.SetUpActivityCommand;
import org.portailfamille.planning.application.port.in.SetUpActivityUseCase;
import org.portailfamille.planning.application.port.in.SetUpFacilityCommand;
import org.portailfamille.planning.application.port.in.SetUpFacilityUseCase;
import org.portailfamille.planning.domain.PublicHolidays;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole portal: billable days from planning's records, invoicing runs issued by the background job's step (the
 * scheduled worker is off here so that each step is the test's), credit notes, numbering under concurrency.
 */
@SpringBootTest(properties = "portal.billing.worker.enabled=false")
class InvoicingRunIntegrationTest {

    private static final AtomicInteger PREFIXES = new AtomicInteger((int) (System.nanoTime() % 10_000));

    @Autowired ApplicationContext context;
    @Autowired CreateRegieUseCase createRegie;
    @Autowired SetUpFacilityUseCase setUpFacility;
    @Autowired SetUpActivityUseCase setUpActivity;
    @Autowired SetUpTariffUseCase setUpTariff;
    @Autowired BookDayForFamilyUseCase bookForFamily;
    @Autowired ManageClosuresUseCase closures;
    @Autowired CreateInvoicingRunUseCase createRun;
    @Autowired IssueInvoicingRunUseCase issueRun;
    @Autowired ProcessInvoicingRunsUseCase process;
    @Autowired ViewInvoicingRunsUseCase viewRuns;
    @Autowired ViewStatementUseCase statements;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactionManager;
    @Autowired Clock clock;

    record Setup(UUID regie, String prefix, UUID facility, UUID activity) {
    }

    private Setup newRegieWithActivity(long firstInvoice) {
        int n = PREFIXES.incrementAndGet();
        StringBuilder prefix = new StringBuilder("Y");
        for (int i = 0; i < 5; i++) {
            prefix.append((char) ('A' + n % 26));
            n /= 26;
        }
        UUID regie = createRegie.createRegie(new CreateRegieCommand("Régie " + prefix, prefix.toString(), firstInvoice, 1));
        UUID facility = setUpFacility.setUpFacility(new SetUpFacilityCommand("Accueil " + prefix));
        UUID activity = setUpActivity.setUpActivity(new SetUpActivityCommand(facility, regie, "ALSH " + prefix,
                EnumSet.allOf(DayOfWeek.class), 200, 1, "CONFIRMED_AT_ONCE",
                DeadlineRule.daysBefore(1, LocalTime.of(18, 0)), SetUpActivityCommand.SAME_AS_BOOKING, null));
        assertThat(setUpTariff.setUpTariff(SetUpTariffCommand.flat(activity, "Journée", TariffUnit.DAY,
                LocalDate.of(2000, 1, 1), new BigDecimal("10.05"))).created()).isTrue();
        return new Setup(regie, prefix.toString(), facility, activity);
    }

    /** A family with a child enrolled and booked (by staff) on {@code count} days of {@code month}. */
    private FamilyId familyBooked(Setup setup, YearMonth month, int count) {
        RegisterFixture fixture = new RegisterFixture(context);
        FamilyId family = new TestAccounts(context).newFamilyWithoutLogin();
        ChildId child = fixture.newChild(family, "ZOÉ", "FACTURE");
        fixture.enrol(family, child, setup.activity(), month.atDay(1), month.atEndOfMonth(), Set.of());
        for (LocalDate day : days(month, count)) {
            assertThat(bookForFamily.bookDayForFamily(new BookDayCommand(family, child, setup.activity(), day, "agent"))
                    .outcome().name()).isEqualTo("BOOKED");
        }
        return family;
    }

    private static List<LocalDate> days(YearMonth month, int count) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = month.atDay(2); days.size() < count; day = day.plusDays(1)) {
            if (!PublicHolidays.isPublicHoliday(day)) {
                days.add(day);
            }
        }
        return days;
    }

    private UUID issue(Setup setup, YearMonth month) {
        CreateInvoicingRunResult draft = createRun.createDraft(new CreateInvoicingRunCommand(setup.regie(), month, "agent"));
        assertThat(draft.outcome()).isEqualTo(CreateInvoicingRunResult.Outcome.CREATED);
        assertThat(issueRun.issue(new IssueInvoicingRunCommand(draft.runId(), null)))
                .isEqualTo(IssueInvoicingRunUseCase.Outcome.STARTED);
        return draft.runId();
    }

    private void workUntilDone() {
        while (process.processNextChunk()) {
            // chunks
        }
    }

    private List<String> numbersOf(Setup setup) {
        return jdbc.queryForList("select number from billing.invoice where regie_id = ? order by number", String.class,
                setup.regie());
    }

    @Test
    void a_month_issued_twice_is_billed_once() {
        Setup setup = newRegieWithActivity(36);
        YearMonth month = YearMonth.now(clock).minusMonths(1);
        FamilyId family = familyBooked(setup, month, 3);

        UUID first = issue(setup, month);
        assertThat(issueRun.issue(new IssueInvoicingRunCommand(first, null)))
                .isEqualTo(IssueInvoicingRunUseCase.Outcome.ALREADY_STARTED);
        workUntilDone();
        assertThat(viewRuns.progress(first).orElseThrow().status()).isEqualTo(RunStatus.ISSUED);
        assertThat(numbersOf(setup)).containsExactly(setup.prefix() + "-36");
        Statement statement = statements.statement(new StatementQuery(family, null));
        assertThat(statement.invoices()).singleElement().satisfies(invoice -> {
            assertThat(invoice.amount()).isEqualByComparingTo("30.15");
            assertThat(invoice.periodStart()).isEqualTo(month.atDay(1));
        });

        CreateInvoicingRunResult again = createRun.createDraft(new CreateInvoicingRunCommand(setup.regie(), month, "agent"));
        assertThat(viewRuns.preview(again.runId()).orElseThrow().families()).isEmpty();
        issueRun.issue(new IssueInvoicingRunCommand(again.runId(), null));
        workUntilDone();
        assertThat(numbersOf(setup)).containsExactly(setup.prefix() + "-36");
        assertThat(jdbc.queryForObject("select count(*) from billing.invoice_line l join billing.invoice i "
                + "on i.id = l.invoice_id where i.regie_id = ?", Integer.class, setup.regie())).isEqualTo(3);
    }

    @Test
    void a_day_no_longer_billable_after_invoicing_is_credited_on_the_next_run() {
        Setup setup = newRegieWithActivity(1);
        YearMonth month = YearMonth.now(clock).minusMonths(1);
        FamilyId family = familyBooked(setup, month, 3);
        issue(setup, month);
        workUntilDone();

        LocalDate closed = days(month, 3).get(1);
        closures.closeDays(new CloseDaysCommand(setup.facility(), null, closed, closed, "STRIKE", "Grève"));
        issue(setup, month);
        workUntilDone();

        Statement statement = statements.statement(new StatementQuery(family, null));
        assertThat(statement.creditNotes()).singleElement().satisfies(note -> {
            assertThat(note.creditedInvoiceNumber()).isEqualTo(setup.prefix() + "-1");
            assertThat(note.amount()).isEqualByComparingTo("10.05");
        });
        assertThat(statement.invoices()).singleElement().satisfies(invoice -> {
            assertThat(invoice.creditNoteNumbers()).containsExactly(setup.prefix() + "-2");
            assertThat(invoice.due()).isEqualByComparingTo("20.10");
        });
        assertThat(statement.balance()).isEqualByComparingTo("20.10");
    }

    @Test
    void eight_concurrent_issuers_number_without_gap_or_duplicate() throws Exception {
        Setup setup = newRegieWithActivity(100);
        YearMonth last = YearMonth.now(clock).minusMonths(1);
        int families = 0;
        for (int m = 0; m < 8; m++) {
            YearMonth month = last.minusMonths(m);
            for (int f = 0; f < 3; f++) {
                familyBooked(setup, month, 1 + f);
                families++;
            }
            issue(setup, month);
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> workers = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                Callable<Integer> worker = () -> {
                    start.await();
                    int chunks = 0;
                    for (int idle = 0; idle < 3; ) {
                        if (process.processNextChunk()) {
                            chunks++;
                            idle = 0;
                        } else {
                            idle++;
                            Thread.sleep(20);
                        }
                    }
                    return chunks;
                };
                workers.add(pool.submit(worker));
            }
            start.countDown();
            for (Future<Integer> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdownNow();
        }
        List<Long> sequences = numbersOf(setup).stream()
                .map(number -> Long.parseLong(number.substring(number.indexOf('-') + 1))).sorted().toList();
        assertThat(sequences).hasSize(families);
        assertThat(sequences).containsExactlyElementsOf(LongStream.range(100, 100 + families).boxed().toList());
        assertThat(viewRuns.runs(setup.regie())).allSatisfy(run -> assertThat(run.status()).isEqualTo(RunStatus.ISSUED));
    }

    @Test
    void a_run_interrupted_mid_chunk_resumes_and_bills_each_family_once() {
        Setup setup = newRegieWithActivity(1);
        YearMonth month = YearMonth.now(clock).minusMonths(1);
        int families = InvoicingRunService.CHUNK + 3;
        for (int f = 0; f < families; f++) {
            familyBooked(setup, month, 1);
        }
        UUID run = issue(setup, month);
        // The portal stops in the middle of the first chunk: its transaction never commits.
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            assertThat(process.processNextChunk()).isTrue();
            status.setRollbackOnly();
        });
        assertThat(numbersOf(setup)).isEmpty();
        assertThat(viewRuns.progress(run).orElseThrow().status()).isEqualTo(RunStatus.ISSUING);

        // After the restart the worker finds the run still ISSUING and works it to the end, chunk by chunk.
        assertThat(process.processNextChunk()).isTrue();
        assertThat(viewRuns.progress(run).orElseThrow().familiesDone()).isEqualTo(InvoicingRunService.CHUNK);
        workUntilDone();
        assertThat(viewRuns.progress(run).orElseThrow().status()).isEqualTo(RunStatus.ISSUED);
        assertThat(viewRuns.progress(run).orElseThrow().percentDone()).isEqualTo(100);
        assertThat(numbersOf(setup)).hasSize(families).doesNotHaveDuplicates();
        assertThat(jdbc.queryForObject("select count(distinct family_id) from billing.invoice where regie_id = ?",
                Integer.class, setup.regie())).isEqualTo(families);
    }
}
