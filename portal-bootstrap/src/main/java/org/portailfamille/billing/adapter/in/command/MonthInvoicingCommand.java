package org.portailfamille.billing.adapter.in.command;

import org.portailfamille.billing.application.port.in.CreateInvoicingRunCommand;
import org.portailfamille.billing.application.port.in.CreateInvoicingRunResult;
import org.portailfamille.billing.application.port.in.CreateInvoicingRunUseCase;
import org.portailfamille.billing.application.port.in.IssueInvoicingRunCommand;
import org.portailfamille.billing.application.port.in.IssueInvoicingRunUseCase;
import org.portailfamille.billing.application.port.in.ListRegiesUseCase;
import org.portailfamille.billing.application.port.in.ProcessInvoicingRunsUseCase;
import org.portailfamille.billing.application.port.in.RegieSummary;
import org.portailfamille.billing.application.port.in.RunFamilyPreview;
import org.portailfamille.billing.application.port.in.RunStatus;
import org.portailfamille.billing.application.port.in.RunSummary;
import org.portailfamille.billing.application.port.in.ViewInvoicingRunsUseCase;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Locale;
import java.util.UUID;

/**
 * {@code java -jar portal.jar --portal.city.invoice=true [--portal.city.exit=true]}: runs the real invoicing run of
 * the billing api (the one staff start from the back office: draft, issue, then the run worked chunk by chunk) for
 * last month, for every régie, and prints one line {@code City invoicing: <N> invoices, <lines> lines, <total €>
 * in <s> s (<invoices/s> invoices/s)} (issue 14, ADR 0041). It runs after the city filler when both are asked, and
 * works on a data directory filled earlier. A rerun invoices nothing twice (the run's own guarantee: 0 invoices).
 */
@Component
@ConditionalOnProperty(name = "portal.city.invoice", havingValue = "true")
@Order(0)
class MonthInvoicingCommand implements ApplicationRunner {

    /** What a run of the month issued, for every régie. */
    record Result(int invoices, int creditNotes, long lines, BigDecimal total, double seconds) {

        String line() {
            return String.format(Locale.ROOT, "City invoicing: %d invoices, %d lines, %s € in %.1f s (%.0f invoices/s)",
                    invoices, lines, total.setScale(2, RoundingMode.HALF_UP).toPlainString(), seconds,
                    seconds == 0 ? 0 : invoices / seconds);
        }
    }

    private final ListRegiesUseCase regies;
    private final CreateInvoicingRunUseCase create;
    private final IssueInvoicingRunUseCase issue;
    private final ProcessInvoicingRunsUseCase process;
    private final ViewInvoicingRunsUseCase runs;
    private final Clock clock;
    private final boolean exit;

    MonthInvoicingCommand(ListRegiesUseCase regies, CreateInvoicingRunUseCase create, IssueInvoicingRunUseCase issue,
                          ProcessInvoicingRunsUseCase process, ViewInvoicingRunsUseCase runs, Clock clock,
                          @Value("${portal.city.exit:false}") boolean exit) {
        this.regies = regies;
        this.create = create;
        this.issue = issue;
        this.process = process;
        this.runs = runs;
        this.clock = clock;
        this.exit = exit;
    }

    @Override
    public void run(ApplicationArguments args) {
        Result result = invoiceLastMonth();
        System.out.println(result.line());
        System.out.flush();
        if (exit) {
            System.exit(0);
        }
    }

    /** Invoices last month for every régie through the invoicing run use cases; timed from draft to issued. */
    Result invoiceLastMonth() {
        YearMonth month = YearMonth.now(clock).minusMonths(1);
        int invoices = 0;
        int creditNotes = 0;
        long lines = 0;
        BigDecimal total = BigDecimal.ZERO;
        long nanos = 0;
        for (RegieSummary regie : regies.regies()) {
            long start = System.nanoTime();
            CreateInvoicingRunResult draft = create.createDraft(new CreateInvoicingRunCommand(regie.id(), month,
                    "city"));
            UUID runId = draft.runId();
            if (runId == null) {
                throw new IllegalStateException("No invoicing run for " + regie.name() + ": " + draft.outcome());
            }
            issue.issue(new IssueInvoicingRunCommand(runId, null));
            // The portal's worker may take chunks too; the run's lock makes each chunk issued once.
            while (runs.progress(runId).orElseThrow().status() != RunStatus.ISSUED) {
                if (!process.processNextChunk()) {
                    pause();
                }
            }
            nanos += System.nanoTime() - start;
            RunSummary done = runs.progress(runId).orElseThrow();
            invoices += done.invoicesIssued();
            creditNotes += done.creditNotesIssued();
            total = total.add(done.totalInvoiced());
            lines += runs.preview(runId).orElseThrow().families().stream()
                    .mapToLong(RunFamilyPreview::lineCount).sum();
        }
        return new Result(invoices, creditNotes, lines, total, nanos / 1e9);
    }

    private static void pause() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
