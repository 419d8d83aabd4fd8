package org.portailfamille.billing.application.service;

import org.jspecify.annotations.Nullable;
import org.portailfamille.accounts.application.port.in.FamilyFile;
import org.portailfamille.accounts.application.port.in.FamilySummary;
import org.portailfamille.accounts.application.port.in.GetFamilyFileUseCase;
import org.portailfamille.accounts.application.port.in.GetFamilySummaryUseCase;
import org.portailfamille.billing.InvoiceIssued;
import org.portailfamille.billing.InvoicesIssued;
import org.portailfamille.billing.RegieId;
import org.portailfamille.billing.application.port.in.CreateInvoicingRunCommand;
import org.portailfamille.billing.application.port.in.CreateInvoicingRunResult;
import org.portailfamille.billing.application.port.in.CreateInvoicingRunUseCase;
import org.portailfamille.billing.application.port.in.DiscardInvoicingRunUseCase;
import org.portailfamille.billing.application.port.in.IssueInvoicingRunCommand;
import org.portailfamille.billing.application.port.in.IssueInvoicingRunUseCase;
import org.portailfamille.billing.application.port.in.ProcessInvoicingRunsUseCase;
import org.portailfamille.billing.application.port.in.RunAnomaly;
import org.portailfamille.billing.application.port.in.RunFamilyPreview;
import org.portailfamille.billing.application.port.in.RunPreview;
import org.portailfamille.billing.application.port.in.RunStatus;
import org.portailfamille.billing.application.port.in.RunSummary;
import org.portailfamille.billing.application.port.in.ViewInvoicingRunsUseCase;
import org.portailfamille.billing.application.port.out.Allocations;
import org.portailfamille.billing.application.port.out.BillingEvents;
import org.portailfamille.billing.application.port.out.InvoiceLines;
import org.portailfamille.billing.application.port.out.Invoices;
import org.portailfamille.billing.application.port.out.InvoicingRuns;
import org.portailfamille.billing.application.port.out.Ledger;
import org.portailfamille.billing.application.port.out.Regies;
import org.portailfamille.billing.application.port.out.Tariffs;
import org.portailfamille.billing.application.port.spi.BillableDay;
import org.portailfamille.billing.application.port.spi.BillableDaysSource;
import org.portailfamille.billing.domain.Allocation;
import org.portailfamille.billing.domain.Anomaly;
import org.portailfamille.billing.domain.BilledLine;
import org.portailfamille.billing.domain.FamilyBilling;
import org.portailfamille.billing.domain.Invoice;
import org.portailfamille.billing.domain.InvoicingRun;
import org.portailfamille.billing.domain.LedgerEntry;
import org.portailfamille.billing.domain.OperationNumber;
import org.portailfamille.billing.domain.PricedLine;
import org.portailfamille.billing.domain.Regie;
import org.portailfamille.billing.domain.RunFamily;
import org.portailfamille.billing.domain.Tariff;
import org.portailfamille.billing.domain.Usage;
import org.portailfamille.billing.domain.UsageDay;
import org.portailfamille.shared.DateRange;
import org.portailfamille.shared.FamilyId;
import org.portailfamille.shared.Money;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Invoicing runs: a draft computes what each family would be billed and credited; issuing hands the run to the
 * background job, which issues families chunk by chunk, recomputing each family at that moment so that only what is
 * not billed yet is billed (a run issued twice, or a second run of the same month, bills nothing twice).
 * <p>
 * A run of a month also credits what is no longer billable in the {@link #CREDIT_LOOKBACK_MONTHS} months before it
 * (an absence ruled excused, a day closed after its invoice): the family's next monthly invoice comes with the credit
 * note referencing the earlier invoice. Days of those earlier months billable now but never billed are not billed by
 * it (a run of their own month does that); a correction older than the look-back needs a run of its month.
 */
public class InvoicingRunService implements CreateInvoicingRunUseCase, IssueInvoicingRunUseCase,
        DiscardInvoicingRunUseCase, ViewInvoicingRunsUseCase, ProcessInvoicingRunsUseCase {

    /**
     * Families issued per transaction: the chunk's facts, open lines and quotients are read once for all of them
     * (ADR 0041); a failing family rolls its chunk back, the other chunks stay issued.
     */
    public static final int CHUNK = 100;
    static final int DEFAULT_DAYS_TO_PAY = 30;
    /** Months before a run's month whose billed lines the run checks and credits when no longer billable. */
    static final int CREDIT_LOOKBACK_MONTHS = 3;

    private final Regies regies;
    private final Tariffs tariffs;
    private final InvoicingRuns runs;
    private final Invoices invoices;
    private final InvoiceLines lines;
    private final Allocations allocations;
    private final Ledger ledger;
    private final BillableDaysSource billableDays;
    private final GetFamilyFileUseCase familyFiles;
    private final GetFamilySummaryUseCase familySummaries;
    private final BillingEvents events;
    private final Clock clock;

    public InvoicingRunService(Regies regies, Tariffs tariffs, InvoicingRuns runs, Invoices invoices,
                               InvoiceLines lines, Allocations allocations, Ledger ledger,
                               BillableDaysSource billableDays, GetFamilyFileUseCase familyFiles,
                               GetFamilySummaryUseCase familySummaries, BillingEvents events, Clock clock) {
        this.regies = regies;
        this.tariffs = tariffs;
        this.runs = runs;
        this.invoices = invoices;
        this.lines = lines;
        this.allocations = allocations;
        this.ledger = ledger;
        this.billableDays = billableDays;
        this.familyFiles = familyFiles;
        this.familySummaries = familySummaries;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public CreateInvoicingRunResult createDraft(CreateInvoicingRunCommand command) {
        RegieId regieId = new RegieId(command.regieId());
        if (regies.byId(regieId).isEmpty()) {
            return new CreateInvoicingRunResult(null, CreateInvoicingRunResult.Outcome.UNKNOWN_REGIE);
        }
        if (!InvoicingRun.canBill(command.month(), LocalDate.now(clock))) {
            return new CreateInvoicingRunResult(null, CreateInvoicingRunResult.Outcome.MONTH_NOT_OVER);
        }
        Optional<InvoicingRun> open = runs.openFor(regieId, command.month());
        if (open.isPresent()) {
            return new CreateInvoicingRunResult(open.get().id(), CreateInvoicingRunResult.Outcome.ALREADY_OPEN);
        }
        Map<FamilyId, List<UsageDay>> days = byFamily(billableDays.billableDays(command.regieId(), command.month()));
        // Families with lines billed earlier in the month may need credit notes though nothing is billable now.
        lines.familiesWithOpenLines(regieId, command.month()).forEach(family -> days.putIfAbsent(family, List.of()));
        Map<FamilyId, Optional<BigDecimal>> quotients = new HashMap<>();
        Map<FamilyId, FamilyBilling> plans = plan(regieId, command.month(), days, quotients);
        addEarlierCredits(regieId, command.month(), plans, null, quotients);
        UUID runId = UUID.randomUUID();
        List<RunFamily> families = new ArrayList<>();
        Money toInvoice = Money.ZERO;
        Money toCredit = Money.ZERO;
        for (Map.Entry<FamilyId, FamilyBilling> entry : plans.entrySet()) {
            FamilyBilling plan = entry.getValue();
            if (plan.isEmpty() && plan.anomalies().isEmpty()) {
                continue;
            }
            families.add(new RunFamily(runId, entry.getKey(), plan.toBill().size(), plan.totalToBill(),
                    plan.totalToCredit(), plan.anomalies(), false));
            toInvoice = toInvoice.plus(plan.totalToBill());
            toCredit = toCredit.plus(plan.totalToCredit());
        }
        InvoicingRun draft = InvoicingRun.draft(regieId, command.month(), command.createdBy(), clock.instant(),
                families.size(), toInvoice, toCredit);
        InvoicingRun run = new InvoicingRun(runId, draft.regieId(), draft.month(), draft.state(), draft.createdBy(),
                draft.createdAt(), null, null, draft.familiesTotal(), 0, 0, 0, toInvoice, toCredit);
        if (!runs.add(run, families)) {
            return new CreateInvoicingRunResult(runs.openFor(regieId, command.month()).map(InvoicingRun::id)
                    .orElse(null), CreateInvoicingRunResult.Outcome.ALREADY_OPEN);
        }
        return new CreateInvoicingRunResult(runId, CreateInvoicingRunResult.Outcome.CREATED);
    }

    @Override
    public Outcome issue(IssueInvoicingRunCommand command) {
        Optional<InvoicingRun> found = runs.byIdForUpdate(command.runId());
        if (found.isEmpty()) {
            return Outcome.UNKNOWN_RUN;
        }
        InvoicingRun run = found.get();
        switch (run.state()) {
            case ISSUING, ISSUED -> {
                return Outcome.ALREADY_STARTED;
            }
            case DISCARDED -> {
                return Outcome.NOT_A_DRAFT;
            }
            default -> {
            }
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate due = command.dueDate() == null ? today.plusDays(DEFAULT_DAYS_TO_PAY) : command.dueDate();
        if (due.isBefore(today)) {
            return Outcome.DUE_DATE_BEFORE_ISSUE;
        }
        runs.update(run.issuing(today, due));
        return Outcome.STARTED;
    }

    @Override
    public boolean discard(UUID runId) {
        Optional<InvoicingRun> run = runs.byIdForUpdate(runId);
        if (run.isEmpty() || run.get().state() != InvoicingRun.State.DRAFT) {
            return false;
        }
        runs.update(run.get().discarded());
        return true;
    }

    @Override
    public boolean processNextChunk() {
        Optional<InvoicingRun> locked = runs.lockNextIssuing();
        if (locked.isEmpty()) {
            return false;
        }
        InvoicingRun run = locked.get();
        List<FamilyId> todo = runs.familiesToDo(run.id(), CHUNK);
        if (todo.isEmpty()) {
            runs.update(run.issued());
            return true;
        }
        Regie regie = regies.byId(run.regieId()).orElseThrow();
        Map<FamilyId, List<UsageDay>> days = byFamily(billableDays.billableDays(run.regieId().value(), run.month(), todo));
        for (FamilyId family : todo) {
            days.putIfAbsent(family, List.of());
        }
        Map<FamilyId, Optional<BigDecimal>> quotients = new HashMap<>();
        Map<FamilyId, FamilyBilling> plans = plan(run.regieId(), run.month(), days, quotients);
        addEarlierCredits(run.regieId(), run.month(), plans, todo, quotients);
        run = issueChunk(run, regie, todo, plans);
        runs.markFamiliesDone(run.id(), todo);
        if (runs.familiesToDo(run.id(), 1).isEmpty()) {
            run = run.issued();
        }
        runs.update(run);
        return true;
    }

    /**
     * Issues the chunk's families set-based (ADR 0047): the régie's numbers taken at once, in the order one family
     * after another took them (a family's invoice, then its credit notes); the invoices, their lines and ledger
     * debits written in one statement each; one {@link InvoicesIssued} event for the chunk. Credit notes (rare: a day
     * no longer billable) are written after, family by family as before, so that each family's ledger keeps its
     * invoice before its credit notes.
     */
    private InvoicingRun issueChunk(InvoicingRun run, Regie regie, List<FamilyId> families,
                                    Map<FamilyId, FamilyBilling> plans) {
        int numbersNeeded = 0;
        for (FamilyId family : families) {
            FamilyBilling plan = plans.get(family);
            numbersNeeded += (plan.toBill().isEmpty() ? 0 : 1) + creditsByInvoice(plan).size();
        }
        Iterator<OperationNumber> numbers = regies.takeNextInvoiceNumbers(regie.id(), numbersNeeded).iterator();
        LocalDate issueDate = run.issueDate();
        DateRange period = new DateRange(run.month().atDay(1), run.month().atEndOfMonth());
        List<Invoice> issued = new ArrayList<>();
        Map<UUID, List<PricedLine>> issuedLines = new LinkedHashMap<>();
        List<LedgerEntry> debits = new ArrayList<>();
        List<InvoiceIssued> told = new ArrayList<>();
        List<CreditNoteToIssue> creditNotes = new ArrayList<>();
        for (FamilyId family : families) {
            FamilyBilling plan = plans.get(family);
            int invoiceCount = 0;
            Money invoiced = Money.ZERO;
            if (!plan.toBill().isEmpty()) {
                Invoice invoice = new Invoice(UUID.randomUUID(), regie.id(), family, numbers.next(), issueDate,
                        run.dueDate(), period, plan.totalToBill());
                issued.add(invoice);
                issuedLines.put(invoice.id(), plan.toBill());
                debits.add(LedgerEntry.debit(invoice));
                told.add(new InvoiceIssued(invoice.id(), invoice.number().toString(), family, regie.id().value(),
                        regie.name(), issueDate, invoice.dueDate(), period.start(), period.end(), invoice.amount(),
                        clock.instant()));
                invoiceCount = 1;
                invoiced = invoice.amount();
            }
            Money credited = Money.ZERO;
            Map<UUID, List<BilledLine>> byInvoice = creditsByInvoice(plan);
            for (Map.Entry<UUID, List<BilledLine>> entry : byInvoice.entrySet()) {
                Money amount = entry.getValue().stream().map(BilledLine::amount).reduce(Money.ZERO, Money::plus);
                creditNotes.add(new CreditNoteToIssue(family, numbers.next(), entry.getKey(), entry.getValue(), amount));
                credited = credited.plus(amount);
            }
            run = run.familyDone(invoiceCount, byInvoice.size(), invoiced, credited);
        }
        invoices.addAll(issued);
        lines.addAll(issuedLines);
        ledger.appendAll(debits);
        for (CreditNoteToIssue creditNote : creditNotes) {
            issueCreditNote(regie, issueDate, period, creditNote);
        }
        if (!told.isEmpty()) {
            events.invoicesIssued(new InvoicesIssued(told));
        }
        return run;
    }

    /** A credit note of the chunk: its number taken with the chunk's, written after the chunk's invoices. */
    private record CreditNoteToIssue(FamilyId family, OperationNumber number, UUID creditedInvoiceId,
                                     List<BilledLine> lines, Money amount) {
    }

    private static Map<UUID, List<BilledLine>> creditsByInvoice(FamilyBilling plan) {
        return plan.toCredit().stream()
                .collect(Collectors.groupingBy(BilledLine::invoiceId, TreeMap::new, Collectors.toList()));
    }

    private void issueCreditNote(Regie regie, LocalDate issueDate, DateRange period, CreditNoteToIssue toIssue) {
        // The credit note covers the period of the invoice it corrects (an earlier month's, possibly).
        DateRange creditedPeriod = invoices.byId(toIssue.creditedInvoiceId()).map(Invoice::period).orElse(period);
        Invoice creditNote = new Invoice(UUID.randomUUID(), regie.id(), toIssue.family(), toIssue.number(), issueDate,
                issueDate, creditedPeriod, toIssue.amount(), toIssue.creditedInvoiceId());
        invoices.add(creditNote);
        toIssue.lines().forEach(line -> lines.credit(creditNote.id(), line));
        ledger.append(LedgerEntry.debit(creditNote));
        Money remaining = remainingOf(toIssue.creditedInvoiceId());
        Money part = remaining.compareTo(toIssue.amount()) < 0 ? remaining : toIssue.amount();
        if (part.isPositive()) {
            allocations.add(new Allocation(creditNote.id(), toIssue.creditedInvoiceId(), part));
        }
    }

    private Money remainingOf(UUID invoiceId) {
        Invoice invoice = invoices.byId(invoiceId).orElseThrow();
        Money allocated = allocations.ofInvoices(List.of(invoiceId)).stream().map(Allocation::amount)
                .reduce(Money.ZERO, Money::plus);
        Money remaining = invoice.amount().minus(allocated);
        return remaining.isNegative() ? Money.ZERO : remaining;
    }

    /**
     * Adds to the plans the credits of the look-back months: lines billed for days of those months that are no
     * longer billable now (a family with such credits only joins the plans).
     *
     * @param only these families only (a chunk), or null for every family with open lines in those months
     */
    private void addEarlierCredits(RegieId regieId, YearMonth month, Map<FamilyId, FamilyBilling> plans,
                                   @Nullable List<FamilyId> only, Map<FamilyId, Optional<BigDecimal>> quotients) {
        for (int back = 1; back <= CREDIT_LOOKBACK_MONTHS; back++) {
            YearMonth earlier = month.minusMonths(back);
            List<FamilyId> families = only == null ? lines.familiesWithOpenLines(regieId, earlier)
                    : lines.familiesWithOpenLines(regieId, earlier, only);
            if (families.isEmpty()) {
                continue;
            }
            Map<FamilyId, List<UsageDay>> days = byFamily(billableDays.billableDays(regieId.value(), earlier,
                    families));
            families.forEach(family -> days.putIfAbsent(family, List.of()));
            plan(regieId, earlier, days, quotients).forEach((family, earlierPlan) -> {
                if (!earlierPlan.toCredit().isEmpty()) {
                    plans.merge(family, new FamilyBilling(List.of(), earlierPlan.toCredit(), List.of()),
                            InvoicingRunService::combined);
                }
            });
        }
    }

    private static FamilyBilling combined(FamilyBilling current, FamilyBilling earlierCredits) {
        List<BilledLine> credits = new ArrayList<>(current.toCredit());
        credits.addAll(earlierCredits.toCredit());
        return new FamilyBilling(current.toBill(), credits, current.anomalies());
    }

    /**
     * Plans each family of the map (its billable days, its lines billed and not credited): the open lines of all the
     * families in one read; a family's quotient is read once per chunk ({@code quotients} keeps them).
     */
    private Map<FamilyId, FamilyBilling> plan(RegieId regieId, YearMonth month, Map<FamilyId, List<UsageDay>> days,
                                              Map<FamilyId, Optional<BigDecimal>> quotients) {
        Set<UUID> activities = days.values().stream().flatMap(List::stream).map(UsageDay::activityId)
                .collect(Collectors.toSet());
        List<Tariff> known = activities.isEmpty() ? List.of() : tariffs.ofActivities(activities);
        Map<FamilyId, List<BilledLine>> open = lines.openOf(days.keySet(), regieId, month);
        List<FamilyId> needQuotient = days.entrySet().stream()
                .filter(entry -> !quotients.containsKey(entry.getKey()) && entry.getValue().stream().anyMatch(day ->
                        known.stream().anyMatch(t -> t.activityId().equals(day.activityId()) && t.covers(day.day())
                                && !t.isFlat())))
                .map(Map.Entry::getKey).toList();
        if (!needQuotient.isEmpty()) {
            Map<FamilyId, FamilyFile> files = familyFiles.familyFiles(needQuotient);
            needQuotient.forEach(family -> quotients.put(family,
                    Optional.ofNullable(FamilyQuotients.of(files.get(family)))));
        }
        Map<FamilyId, FamilyBilling> plans = new LinkedHashMap<>();
        for (Map.Entry<FamilyId, List<UsageDay>> entry : days.entrySet()) {
            boolean needsQuotient = entry.getValue().stream().anyMatch(day -> known.stream()
                    .anyMatch(t -> t.activityId().equals(day.activityId()) && t.covers(day.day()) && !t.isFlat()));
            BigDecimal quotient = needsQuotient ? quotients.getOrDefault(entry.getKey(), Optional.empty()).orElse(null)
                    : null;
            List<BilledLine> billed = open.getOrDefault(entry.getKey(), List.of());
            plans.put(entry.getKey(), FamilyBilling.plan(entry.getValue(),
                    (activity, day) -> known.stream().filter(t -> t.activityId().equals(activity) && t.covers(day))
                            .findFirst().orElse(null), quotient, billed));
        }
        return plans;
    }

    private static Map<FamilyId, List<UsageDay>> byFamily(List<BillableDay> days) {
        Map<FamilyId, List<UsageDay>> byFamily = new LinkedHashMap<>();
        for (BillableDay day : days) {
            byFamily.computeIfAbsent(day.family(), family -> new ArrayList<>()).add(new UsageDay(day.child(),
                    day.family(), day.activityId(), day.activityName(), day.day(), Usage.valueOf(day.kind().name()),
                    day.lateBooking(), day.reasonCode()));
        }
        return byFamily;
    }

    @Override
    public List<RunSummary> runs(@Nullable UUID regieId) {
        return runs.all(regieId == null ? null : new RegieId(regieId)).stream().map(this::summary).toList();
    }

    @Override
    public Optional<RunSummary> progress(UUID runId) {
        return runs.byId(runId).map(this::summary);
    }

    @Override
    public Optional<RunPreview> preview(UUID runId) {
        return runs.byId(runId).map(run -> {
            List<RunFamilyPreview> families = runs.familiesOf(runId).stream().map(family -> {
                Optional<FamilySummary> summary = familySummaries.familySummary(family.familyId());
                return new RunFamilyPreview(family.familyId(), summary.map(FamilySummary::familyNumber).orElse(""),
                        summary.map(s -> s.lastName() + " " + s.firstName()).orElse(""), family.lineCount(),
                        family.toInvoice().amount(), family.toCredit().amount(),
                        family.anomalies().stream().map(InvoicingRunService::anomaly).toList());
            }).sorted(Comparator.comparing(RunFamilyPreview::familyName)).toList();
            BigDecimal toInvoice = families.stream().map(RunFamilyPreview::toInvoice).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal toCredit = families.stream().map(RunFamilyPreview::toCredit).reduce(BigDecimal.ZERO, BigDecimal::add);
            return new RunPreview(summary(run), families, toInvoice, toCredit);
        });
    }

    private static RunAnomaly anomaly(Anomaly anomaly) {
        return new RunAnomaly(anomaly.code().name(), anomaly.child(), anomaly.activityId(), anomaly.day());
    }

    private RunSummary summary(InvoicingRun run) {
        String name = regies.byId(run.regieId()).map(Regie::name).orElse("");
        return new RunSummary(run.id(), run.regieId().value(), name, run.month(), RunStatus.valueOf(run.state().name()),
                run.familiesTotal(), run.familiesDone(), run.invoicesIssued(), run.creditNotesIssued(),
                run.totalInvoiced().amount(), run.totalCredited().amount(), run.createdBy(), run.createdAt(),
                run.issueDate(), run.dueDate());
    }
}
