package org.portailfamille.billing.application.service;

import org.jspecify.annotations.Nullable;
import org.portailfamille.accounts.application.port.in.FamilySummary;
import org.portailfamille.accounts.application.port.in.GetFamilySummaryUseCase;
import org.portailfamille.billing.RegieId;
import org.portailfamille.billing.application.port.in.AgedUnpaidInvoice;
import org.portailfamille.billing.application.port.in.GetInvoiceStateUseCase;
import org.portailfamille.billing.application.port.in.InvoiceState;
import org.portailfamille.billing.application.port.in.InvoiceStatus;
import org.portailfamille.billing.application.port.in.IssueTreasuryTitlesCommand;
import org.portailfamille.billing.application.port.in.IssueTreasuryTitlesResult;
import org.portailfamille.billing.application.port.in.IssueTreasuryTitlesUseCase;
import org.portailfamille.billing.application.port.in.ListTitleCandidatesUseCase;
import org.portailfamille.billing.application.port.in.ListTreasuryTitlesUseCase;
import org.portailfamille.billing.application.port.in.ListUnpaidInvoicesUseCase;
import org.portailfamille.billing.application.port.in.TitleCandidate;
import org.portailfamille.billing.application.port.in.TitleCandidates;
import org.portailfamille.billing.application.port.in.TitleCandidatesQuery;
import org.portailfamille.billing.application.port.in.TreasuryTitleView;
import org.portailfamille.billing.application.port.out.Allocations;
import org.portailfamille.billing.application.port.out.Invoices;
import org.portailfamille.billing.application.port.out.Ledger;
import org.portailfamille.billing.application.port.out.Payments;
import org.portailfamille.billing.application.port.out.Regies;
import org.portailfamille.billing.application.port.out.TreasuryTitles;
import org.portailfamille.billing.domain.Allocation;
import org.portailfamille.billing.domain.Invoice;
import org.portailfamille.billing.domain.LedgerEntry;
import org.portailfamille.billing.domain.Payment;
import org.portailfamille.billing.domain.PaymentMethod;
import org.portailfamille.billing.domain.Regie;
import org.portailfamille.billing.domain.TitleSelection;
import org.portailfamille.billing.domain.TreasuryTitle;
import org.portailfamille.shared.FamilyId;
import org.portailfamille.shared.Money;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Unpaid invoices handed to the treasury (ADR 0029). Locks, in this order: the régie's title numbering of the year,
 * then the invoices of every family concerned (by family id), then the régie's payment numbering; payments lock a
 * family's invoices then the payment numbering, so no two transactions wait for each other in a circle.
 */
public class TreasuryTitleService implements ListTitleCandidatesUseCase, IssueTreasuryTitlesUseCase,
        ListTreasuryTitlesUseCase, GetInvoiceStateUseCase {

    static final int MAX_LISTED = 500;

    private final Regies regies;
    private final Invoices invoices;
    private final Payments payments;
    private final Allocations allocations;
    private final Ledger ledger;
    private final TreasuryTitles titles;
    private final ListUnpaidInvoicesUseCase unpaidInvoices;
    private final GetFamilySummaryUseCase familySummaries;
    private final Clock clock;

    public TreasuryTitleService(Regies regies, Invoices invoices, Payments payments, Allocations allocations,
                                Ledger ledger, TreasuryTitles titles, ListUnpaidInvoicesUseCase unpaidInvoices,
                                GetFamilySummaryUseCase familySummaries, Clock clock) {
        this.regies = regies;
        this.invoices = invoices;
        this.payments = payments;
        this.allocations = allocations;
        this.ledger = ledger;
        this.titles = titles;
        this.unpaidInvoices = unpaidInvoices;
        this.familySummaries = familySummaries;
        this.clock = clock;
    }

    /** The thresholds of a query or command; empty when out of range. */
    static Optional<TitleSelection> selection(int minDaysOverdue, BigDecimal minAmountDue) {
        try {
            return Optional.of(new TitleSelection(minDaysOverdue, new Money(minAmountDue)));
        } catch (IllegalArgumentException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    @Override
    public TitleCandidates titleCandidates(TitleCandidatesQuery query) {
        LocalDate today = LocalDate.now(clock);
        TitleSelection selection = selection(query.minDaysOverdue(), query.minAmountDue())
                .orElseThrow(() -> new IllegalArgumentException("Invalid thresholds"));
        List<TitleCandidate> candidates = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (AgedUnpaidInvoice unpaid : unpaidInvoices.unpaidInvoices(query.regieId(), today).invoices()) {
            if (!selection.selects(unpaid.dueDate(), new Money(unpaid.due()), today)) {
                continue;
            }
            UUID regieId = invoices.byNumber(unpaid.number()).map(i -> i.regieId().value()).orElseThrow();
            candidates.add(new TitleCandidate(unpaid.number(), regieId, unpaid.regieName(), unpaid.familyId(),
                    unpaid.familyNumber(), unpaid.familyName(), unpaid.issueDate(), unpaid.dueDate(), unpaid.amount(),
                    unpaid.due(), unpaid.daysOverdue()));
            total = total.add(unpaid.due());
        }
        return new TitleCandidates(today, candidates, total);
    }

    @Override
    public IssueTreasuryTitlesResult issueTitles(IssueTreasuryTitlesCommand command) {
        Optional<TitleSelection> selection = selection(command.minDaysOverdue(), command.minAmountDue());
        if (selection.isEmpty()) {
            return new IssueTreasuryTitlesResult(List.of(), List.of(), List.of("criteria.invalid"));
        }
        Set<String> numbers = new LinkedHashSet<>(command.invoiceNumbers());
        if (numbers.isEmpty()) {
            return new IssueTreasuryTitlesResult(List.of(), List.of(), List.of("selection.empty"));
        }
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear();
        List<String> skipped = new ArrayList<>();
        // régie → family → invoice ids chosen, in a fixed order (see the class comment)
        Map<UUID, Map<UUID, List<Invoice>>> chosen = new TreeMap<>();
        for (String number : numbers) {
            Optional<Invoice> invoice = invoices.byNumber(number).filter(i -> !i.isCreditNote());
            if (invoice.isEmpty()) {
                skipped.add(number);
                continue;
            }
            chosen.computeIfAbsent(invoice.get().regieId().value(), k -> new TreeMap<>())
                    .computeIfAbsent(invoice.get().familyId().value(), k -> new ArrayList<>()).add(invoice.get());
        }
        List<TreasuryTitleView> issued = new ArrayList<>();
        Map<FamilyId, Optional<FamilySummary>> families = new HashMap<>();
        for (Map.Entry<UUID, Map<UUID, List<Invoice>>> byRegie : chosen.entrySet()) {
            RegieId regieId = new RegieId(byRegie.getKey());
            titles.lockNumbering(regieId, year);
            List<Invoice> toTitle = new ArrayList<>();
            Map<UUID, Money> dueOf = new HashMap<>();
            for (Map.Entry<UUID, List<Invoice>> byFamily : byRegie.getValue().entrySet()) {
                List<Invoice> locked = invoices.ofFamilyAtRegieForUpdate(new FamilyId(byFamily.getKey()), regieId);
                for (Invoice invoice : byFamily.getValue()) {
                    boolean stillThere = locked.stream().anyMatch(i -> i.id().equals(invoice.id()));
                    Money due = dueOf(invoice);
                    if (!stillThere || titled(invoice.id()) || !selection.get().selects(invoice.dueDate(), due, today)) {
                        skipped.add(invoice.number().toString());
                    } else {
                        toTitle.add(invoice);
                        dueOf.put(invoice.id(), due);
                    }
                }
            }
            toTitle.sort(Comparator.comparing((Invoice i) -> i.number().sequence()));
            String regieName = regies.byId(regieId).map(Regie::name).orElse("");
            for (Invoice invoice : toTitle) {
                Money due = dueOf.get(invoice.id());
                long number = titles.takeNextNumber(regieId, year);
                String reference = TreasuryTitle.reference(year, number);
                Payment payment = new Payment(UUID.randomUUID(), regieId, invoice.familyId(),
                        regies.takeNextPaymentNumber(regieId), today, PaymentMethod.TREASURY_TITLE, due, invoice.id(),
                        reference);
                payments.add(payment);
                ledger.append(LedgerEntry.credit(payment));
                allocations.add(new Allocation(payment.id(), invoice.id(), due));
                TreasuryTitle title = new TreasuryTitle(UUID.randomUUID(), regieId, year, number, invoice.id(),
                        invoice.familyId(), payment.id(), due, today, command.issuedBy());
                titles.add(title);
                Optional<FamilySummary> family = families.computeIfAbsent(invoice.familyId(),
                        familySummaries::familySummary);
                issued.add(view(title, regieName, invoice.number().toString(), family,
                        payment.number().toString()));
            }
        }
        return new IssueTreasuryTitlesResult(issued, skipped, List.of());
    }

    @Override
    public List<TreasuryTitleView> treasuryTitles(@Nullable UUID regieId) {
        List<TreasuryTitle> latest = titles.latest(regieId == null ? null : new RegieId(regieId), MAX_LISTED);
        Map<UUID, String> regieNames = new HashMap<>();
        Map<FamilyId, Optional<FamilySummary>> families = new HashMap<>();
        Map<UUID, Payment> paymentsById = new HashMap<>();
        payments.byIds(latest.stream().map(TreasuryTitle::paymentId).toList())
                .forEach(p -> paymentsById.put(p.id(), p));
        List<TreasuryTitleView> views = new ArrayList<>();
        for (TreasuryTitle title : latest) {
            String regieName = regieNames.computeIfAbsent(title.regieId().value(),
                    k -> regies.byId(title.regieId()).map(Regie::name).orElse(""));
            String invoiceNumber = invoices.byId(title.invoiceId()).map(i -> i.number().toString()).orElse("");
            Payment payment = paymentsById.get(title.paymentId());
            views.add(view(title, regieName, invoiceNumber,
                    families.computeIfAbsent(title.familyId(), familySummaries::familySummary),
                    payment == null ? "" : payment.number().toString()));
        }
        return views;
    }

    @Override
    public Optional<InvoiceState> invoiceState(FamilyId familyId, String invoiceNumber) {
        return invoices.byNumber(invoiceNumber)
                .filter(invoice -> invoice.familyId().equals(familyId) && !invoice.isCreditNote())
                .map(invoice -> {
                    Optional<Payment> title = liveTitle(invoice.id());
                    Money due = dueOf(invoice);
                    InvoiceStatus status = title.isPresent() ? InvoiceStatus.TITLED : !due.isPositive()
                            ? InvoiceStatus.PAID : due.compareTo(invoice.amount()) < 0 ? InvoiceStatus.PARTLY_PAID
                            : InvoiceStatus.UNPAID;
                    return new InvoiceState(invoice.number().toString(), status,
                            title.isPresent() ? BigDecimal.ZERO.setScale(2) : due.amount(),
                            title.map(Payment::reference).orElse(null));
                });
    }

    /** The invoice's amount less every allocation to it (payments, credit notes, cancellations' counter-rows). */
    private Money dueOf(Invoice invoice) {
        Money allocated = allocations.ofInvoices(List.of(invoice.id())).stream().map(Allocation::amount)
                .reduce(Money.ZERO, Money::plus);
        Money due = invoice.amount().minus(allocated);
        return due.isNegative() ? Money.ZERO : due;
    }

    private boolean titled(UUID invoiceId) {
        return liveTitle(invoiceId).isPresent();
    }

    private Optional<Payment> liveTitle(UUID invoiceId) {
        Set<UUID> credits = new LinkedHashSet<>();
        allocations.ofInvoices(List.of(invoiceId)).forEach(a -> credits.add(a.creditId()));
        List<Payment> titlePayments = payments.byIds(credits).stream()
                .filter(p -> p.method() == PaymentMethod.TREASURY_TITLE).toList();
        if (titlePayments.isEmpty()) {
            return Optional.empty();
        }
        Set<UUID> cancelled = new java.util.HashSet<>();
        payments.cancellationsOf(titlePayments.stream().map(Payment::id).toList())
                .forEach(c -> cancelled.add(c.paymentId()));
        return titlePayments.stream().filter(p -> !cancelled.contains(p.id())).findFirst();
    }

    private static TreasuryTitleView view(TreasuryTitle title, String regieName, String invoiceNumber,
                                          Optional<FamilySummary> family, String operationNumber) {
        return new TreasuryTitleView(title.reference(), title.year(), title.number(), title.regieId().value(),
                regieName, invoiceNumber, title.familyId(), family.map(FamilySummary::familyNumber).orElse(""),
                family.map(f -> f.lastName() + " " + f.firstName()).orElse(""), title.amount().amount(),
                title.issuedOn(), title.issuedBy(), operationNumber);
    }
}
