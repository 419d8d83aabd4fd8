package org.portailfamille.billing.application.service;

import org.jspecify.annotations.Nullable;
import org.portailfamille.accounts.application.port.in.ChildName;
import org.portailfamille.accounts.application.port.in.FamilySummary;
import org.portailfamille.accounts.application.port.in.GetChildNamesUseCase;
import org.portailfamille.accounts.application.port.in.GetFamilySummaryUseCase;
import org.portailfamille.billing.RegieId;
import org.portailfamille.billing.application.port.in.AccountSituation;
import org.portailfamille.billing.application.port.in.AgedUnpaidInvoice;
import org.portailfamille.billing.application.port.in.AllocationView;
import org.portailfamille.billing.application.port.in.CreditNoteView;
import org.portailfamille.billing.application.port.in.GetInvoiceDocumentUseCase;
import org.portailfamille.billing.application.port.in.InvoiceDocument;
import org.portailfamille.billing.application.port.in.InvoiceStatus;
import org.portailfamille.billing.application.port.in.InvoiceView;
import org.portailfamille.billing.application.port.in.ListUnpaidInvoicesUseCase;
import org.portailfamille.billing.application.port.in.OperationKind;
import org.portailfamille.billing.application.port.in.OperationView;
import org.portailfamille.billing.application.port.in.PaymentView;
import org.portailfamille.billing.application.port.in.Statement;
import org.portailfamille.billing.application.port.in.StatementQuery;
import org.portailfamille.billing.application.port.in.TariffUnit;
import org.portailfamille.billing.application.port.in.UnpaidInvoice;
import org.portailfamille.billing.application.port.in.UnpaidInvoicesByAge;
import org.portailfamille.billing.application.port.in.ViewAccountSituationUseCase;
import org.portailfamille.billing.application.port.in.ViewStatementUseCase;
import org.portailfamille.billing.application.port.out.Allocations;
import org.portailfamille.billing.application.port.out.InvoiceLines;
import org.portailfamille.billing.application.port.out.Invoices;
import org.portailfamille.billing.application.port.out.Ledger;
import org.portailfamille.billing.application.port.out.Payments;
import org.portailfamille.billing.application.port.out.Regies;
import org.portailfamille.billing.domain.Allocation;
import org.portailfamille.billing.domain.Invoice;
import org.portailfamille.billing.domain.InvoiceLine;
import org.portailfamille.billing.domain.LedgerEntry;
import org.portailfamille.billing.domain.Payment;
import org.portailfamille.billing.domain.PaymentCancellation;
import org.portailfamille.billing.domain.PaymentMethod;
import org.portailfamille.billing.domain.PricedLine;
import org.portailfamille.billing.domain.Regie;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;
import org.portailfamille.shared.Money;
import org.portailfamille.shared.SchoolYear;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What families and staff read of an account, all derived from the ledger, the documents and their allocations:
 * the statement per school year, the home page's situation, an invoice to print, unpaid invoices by age.
 */
public class StatementService implements ViewStatementUseCase, ViewAccountSituationUseCase, GetInvoiceDocumentUseCase,
        ListUnpaidInvoicesUseCase {

    private final Regies regies;
    private final Invoices invoices;
    private final InvoiceLines lines;
    private final Payments payments;
    private final Allocations allocations;
    private final Ledger ledger;
    private final GetFamilySummaryUseCase familySummaries;
    private final GetChildNamesUseCase childNames;
    private final Clock clock;

    public StatementService(Regies regies, Invoices invoices, InvoiceLines lines, Payments payments,
                            Allocations allocations, Ledger ledger, GetFamilySummaryUseCase familySummaries,
                            GetChildNamesUseCase childNames, Clock clock) {
        this.regies = regies;
        this.invoices = invoices;
        this.lines = lines;
        this.payments = payments;
        this.allocations = allocations;
        this.ledger = ledger;
        this.familySummaries = familySummaries;
        this.childNames = childNames;
        this.clock = clock;
    }

    /** The state of a family's documents: amounts set against each invoice and what each credit has left. */
    private final class Book {
        final Map<UUID, Invoice> documents = new LinkedHashMap<>();
        final Map<UUID, Payment> paymentsById = new LinkedHashMap<>();
        final Map<UUID, PaymentCancellation> cancellations = new HashMap<>();
        final List<Allocation> allAllocations;
        final Map<UUID, String> regieNames = new HashMap<>();

        Book(List<Invoice> docs, List<Payment> pays) {
            docs.forEach(d -> documents.put(d.id(), d));
            pays.forEach(p -> paymentsById.put(p.id(), p));
            payments.cancellationsOf(paymentsById.keySet()).forEach(c -> cancellations.put(c.paymentId(), c));
            allAllocations = allocations.ofInvoices(documents.keySet());
        }

        String regieName(RegieId id) {
            return regieNames.computeIfAbsent(id.value(), k -> regies.byId(id).map(Regie::name).orElse(""));
        }

        Money sumTo(UUID invoiceId, boolean fromCreditNotes) {
            return allAllocations.stream().filter(a -> a.invoiceId().equals(invoiceId))
                    .filter(a -> documents.containsKey(a.creditId()) == fromCreditNotes)
                    .map(Allocation::amount).reduce(Money.ZERO, Money::plus);
        }

        boolean titled(UUID invoiceId) {
            return allAllocations.stream().filter(a -> a.invoiceId().equals(invoiceId))
                    .map(a -> paymentsById.get(a.creditId()))
                    .anyMatch(p -> p != null && p.method() == PaymentMethod.TREASURY_TITLE
                            && !cancellations.containsKey(p.id()));
        }

        /** Whether a direct debit not cancelled, whose collection date is still to come, pays the invoice. */
        boolean pendingDirectDebit(UUID invoiceId) {
            LocalDate today = LocalDate.now(clock);
            return allAllocations.stream().filter(a -> a.invoiceId().equals(invoiceId) && a.amount().isPositive())
                    .map(a -> paymentsById.get(a.creditId()))
                    .anyMatch(p -> p != null && p.method() == PaymentMethod.DIRECT_DEBIT
                            && !cancellations.containsKey(p.id()) && p.date().isAfter(today));
        }

        Money due(Invoice invoice) {
            if (titled(invoice.id())) {
                return Money.ZERO;
            }
            Money due = invoice.amount().minus(sumTo(invoice.id(), true)).minus(sumTo(invoice.id(), false));
            return due.isNegative() ? Money.ZERO : due;
        }

        List<Invoice> creditNotesOf(UUID invoiceId) {
            return documents.values().stream().filter(d -> invoiceId.equals(d.creditedInvoiceId())).toList();
        }

        InvoiceView invoiceView(Invoice invoice) {
            Money credited = sumTo(invoice.id(), true);
            Money paid = sumTo(invoice.id(), false);
            Money due = due(invoice);
            InvoiceStatus status = titled(invoice.id()) ? InvoiceStatus.TITLED
                    : pendingDirectDebit(invoice.id()) ? InvoiceStatus.DIRECT_DEBIT_PENDING
                    : !due.isPositive() ? InvoiceStatus.PAID
                    : due.compareTo(invoice.amount()) < 0 ? InvoiceStatus.PARTLY_PAID : InvoiceStatus.UNPAID;
            return new InvoiceView(invoice.number().toString(), invoice.issueDate(), invoice.dueDate(),
                    invoice.period().start(), invoice.period().end(), regieName(invoice.regieId()),
                    invoice.amount().amount(), credited.amount(), paid.amount(), due.amount(), status,
                    creditNotesOf(invoice.id()).stream().map(c -> c.number().toString()).toList());
        }

        List<AllocationView> allocationsOf(UUID creditId) {
            Map<UUID, Money> perInvoice = new LinkedHashMap<>();
            allocations.ofCredits(List.of(creditId)).forEach(a -> perInvoice.merge(a.invoiceId(), a.amount(), Money::plus));
            return perInvoice.entrySet().stream().filter(e -> e.getValue().isPositive())
                    .map(e -> new AllocationView(numberOf(e.getKey()), e.getValue().amount())).toList();
        }

        String numberOf(UUID invoiceId) {
            Invoice invoice = documents.get(invoiceId);
            return invoice != null ? invoice.number().toString()
                    : invoices.byId(invoiceId).map(i -> i.number().toString()).orElse("");
        }
    }

    private Book bookOf(FamilyId familyId) {
        return new Book(invoices.ofFamily(familyId), payments.ofFamily(familyId));
    }

    @Override
    public Statement statement(StatementQuery query) {
        LocalDate today = LocalDate.now(clock);
        SchoolYear current = SchoolYear.containing(today);
        SchoolYear year = query.schoolYear() == null ? current : query.schoolYear();
        Book book = bookOf(query.familyId());
        List<LedgerEntry> entries = ledger.entriesOf(query.familyId());
        Money previous = Money.ZERO;
        Money debit = Money.ZERO;
        Money credit = Money.ZERO;
        List<OperationView> operations = new ArrayList<>();
        SchoolYear earliest = current;
        boolean titles = false;
        for (LedgerEntry entry : entries) {
            SchoolYear of = SchoolYear.containing(entry.date());
            if (of.startYear() < earliest.startYear()) {
                earliest = of;
            }
            if (entry.date().isBefore(year.firstDay())) {
                previous = previous.plus(entry.debit()).minus(entry.credit());
                continue;
            }
            if (entry.date().isAfter(year.lastDay())) {
                continue;
            }
            debit = debit.plus(entry.debit());
            credit = credit.plus(entry.credit());
            OperationView view = operation(entry, book);
            titles |= view.kind() == OperationKind.TREASURY_TITLE;
            operations.add(view);
        }
        java.util.Collections.reverse(operations);
        List<SchoolYear> years = new ArrayList<>();
        for (SchoolYear y = current; y.startYear() >= earliest.startYear(); y = y.previous()) {
            years.add(y);
        }
        if (!years.contains(year)) {
            years.add(year);
        }
        List<InvoiceView> invoiceViews = book.documents.values().stream()
                .filter(d -> !d.isCreditNote() && year.range().contains(d.issueDate()))
                .sorted(Comparator.comparing(Invoice::issueDate).thenComparing(d -> d.number().sequence()).reversed())
                .map(book::invoiceView).toList();
        List<CreditNoteView> creditNotes = book.documents.values().stream()
                .filter(d -> d.isCreditNote() && year.range().contains(d.issueDate()))
                .sorted(Comparator.comparing(Invoice::issueDate).thenComparing(d -> d.number().sequence()).reversed())
                .map(d -> {
                    List<AllocationView> used = book.allocationsOf(d.id());
                    BigDecimal left = d.amount().amount().subtract(used.stream().map(AllocationView::amount)
                            .reduce(BigDecimal.ZERO, BigDecimal::add));
                    return new CreditNoteView(d.number().toString(), d.issueDate(), book.numberOf(d.creditedInvoiceId()),
                            book.regieName(d.regieId()), d.amount().amount(), used, left);
                }).toList();
        List<PaymentView> paymentViews = book.paymentsById.values().stream()
                .filter(p -> year.range().contains(p.date()))
                .sorted(Comparator.comparing(Payment::date).thenComparing(p -> p.number().sequence()).reversed())
                .map(p -> {
                    List<AllocationView> used = book.allocationsOf(p.id());
                    PaymentCancellation cancelled = book.cancellations.get(p.id());
                    BigDecimal left = cancelled != null ? BigDecimal.ZERO.setScale(2) : p.amount().amount()
                            .subtract(used.stream().map(AllocationView::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
                    return new PaymentView(p.number().toString(), p.date(), p.method().name(), p.reference(),
                            book.regieName(p.regieId()), p.amount().amount(), used, left,
                            cancelled == null ? null : cancelled.number().toString());
                }).toList();
        Money balance = previous.plus(debit).minus(credit);
        return new Statement(query.familyId(), year, years, previous.amount(), operations, debit.amount(),
                credit.amount(), balance.amount(), titles, invoiceViews, creditNotes, paymentViews);
    }

    private OperationView operation(LedgerEntry entry, Book book) {
        String regieName = book.regieName(entry.regieId());
        UUID regieId = entry.regieId().value();
        UUID document = entry.documentId();
        switch (entry.kind()) {
            case INVOICE -> {
                Invoice invoice = document == null ? null : book.documents.get(document);
                return new OperationView(entry.operationNumber(), entry.date(), OperationKind.INVOICE,
                        invoice == null ? null : invoice.period().start(), invoice == null ? null : invoice.period().end(),
                        null, null, regieId, regieName, entry.debit().amount(), entry.credit().amount(), invoice != null);
            }
            case CREDIT_NOTE -> {
                Invoice note = document == null ? null : book.documents.get(document);
                return new OperationView(entry.operationNumber(), entry.date(), OperationKind.CREDIT_NOTE,
                        note == null ? null : note.period().start(), note == null ? null : note.period().end(), null,
                        note == null ? null : book.numberOf(note.creditedInvoiceId()), regieId, regieName,
                        entry.debit().amount(), entry.credit().amount(), note != null);
            }
            case PAYMENT_CANCELLATION -> {
                Payment payment = document == null ? null : book.paymentsById.get(document);
                return new OperationView(entry.operationNumber(), entry.date(), OperationKind.PAYMENT_CANCELLATION,
                        null, null, payment == null ? null : payment.method().name(),
                        payment == null ? null : payment.number().toString(), regieId, regieName,
                        entry.debit().amount(), entry.credit().amount(), false);
            }
            default -> {
                Payment payment = document == null ? null : book.paymentsById.get(document);
                boolean title = payment != null && payment.method() == PaymentMethod.TREASURY_TITLE;
                return new OperationView(entry.operationNumber(), entry.date(),
                        title ? OperationKind.TREASURY_TITLE : OperationKind.PAYMENT, null, null,
                        payment == null ? null : payment.method().name(), payment == null ? null : payment.reference(),
                        regieId, regieName, entry.debit().amount(), entry.credit().amount(), false);
            }
        }
    }

    @Override
    public AccountSituation accountSituation(FamilyId familyId, LocalDate date) {
        Book book = bookOf(familyId);
        List<UnpaidInvoice> unpaid = book.documents.values().stream()
                .filter(d -> !d.isCreditNote() && !d.issueDate().isAfter(date))
                .sorted(Comparator.comparing(Invoice::issueDate).thenComparing(d -> d.number().sequence()))
                .map(d -> new UnpaidInvoice(d.number().toString(), d.issueDate(), d.dueDate(), book.due(d)))
                .filter(line -> line.amountDue().isPositive())
                .toList();
        return new AccountSituation(date, ledger.balanceAt(familyId, date), unpaid);
    }

    @Override
    public Optional<InvoiceDocument> document(FamilyId familyId, String number) {
        return invoices.byNumber(number).filter(invoice -> invoice.familyId().equals(familyId)).map(this::document);
    }

    @Override
    public Optional<InvoiceDocument> documentForStaff(String number) {
        return invoices.byNumber(number).map(this::document);
    }

    private InvoiceDocument document(Invoice invoice) {
        Book book = bookOf(invoice.familyId());
        Regie regie = regies.byId(invoice.regieId()).orElseThrow();
        FamilySummary family = familySummaries.familySummary(invoice.familyId())
                .orElse(new FamilySummary(invoice.familyId(), "", "", "", ""));
        List<InvoiceLine> stored = invoice.isCreditNote() ? lines.creditedBy(invoice.id()) : lines.ofInvoice(invoice.id());
        String creditedNumber = invoice.isCreditNote() ? book.numberOf(invoice.creditedInvoiceId()) : null;
        Map<ChildId, List<InvoiceLine>> byChild = stored.stream().collect(Collectors.groupingBy(
                l -> l.line().key().child(), LinkedHashMap::new, Collectors.toList()));
        Map<ChildId, ChildName> names = childNames.childNames(byChild.keySet());
        List<InvoiceDocument.ChildLines> children = byChild.entrySet().stream().map(entry -> {
            ChildName name = names.get(entry.getKey());
            List<InvoiceDocument.Line> childLines = entry.getValue().stream()
                    .sorted(Comparator.comparing((InvoiceLine l) -> l.line().key().day())
                            .thenComparing(l -> l.line().activityName()).thenComparing(l -> l.line().key().component()))
                    .map(l -> line(l.line(), creditedNumber)).toList();
            BigDecimal subtotal = childLines.stream().map(InvoiceDocument.Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            return new InvoiceDocument.ChildLines(entry.getKey(), name == null ? "" : name.firstName(),
                    name == null ? "" : name.lastName(), childLines, subtotal);
        }).sorted(Comparator.comparing(InvoiceDocument.ChildLines::firstName)).toList();
        Money credited = invoice.isCreditNote() ? Money.ZERO : book.sumTo(invoice.id(), true);
        Money paid = invoice.isCreditNote() ? Money.ZERO : book.sumTo(invoice.id(), false);
        Money due = invoice.isCreditNote() ? Money.ZERO : book.due(invoice);
        List<InvoiceDocument.CreditNoteRef> notes = book.creditNotesOf(invoice.id()).stream()
                .map(n -> new InvoiceDocument.CreditNoteRef(n.number().toString(), n.issueDate(), n.amount().amount()))
                .toList();
        return new InvoiceDocument(invoice.number().toString(), invoice.isCreditNote(), creditedNumber,
                invoice.issueDate(), invoice.dueDate(), invoice.period().start(), invoice.period().end(),
                new InvoiceDocument.Regie(regie.id().value(), regie.name(), regie.prefix()),
                new InvoiceDocument.Family(invoice.familyId(), family.familyNumber(), family.civility(),
                        family.lastName(), family.firstName()),
                children, invoice.amount().amount(), credited.amount(), paid.amount(), due.amount(), notes,
                !invoice.isCreditNote() && book.titled(invoice.id()));
    }

    private static InvoiceDocument.Line line(PricedLine line, @Nullable String creditedNumber) {
        return new InvoiceDocument.Line(line.key().activityId(), line.activityName(), line.key().day(),
                line.usage().name(), line.key().component().name(), TariffUnit.valueOf(line.unit().name()),
                line.quantity(), line.unitPrice().amount(), line.amount().amount(), line.basis().name(),
                line.quotientFrom(), line.quotientTo(), line.percent(), line.reasonCode(), creditedNumber);
    }

    @Override
    public long countUnpaidInvoices(LocalDate date) {
        return invoices.countDueIssuedBy(date);
    }

    @Override
    public UnpaidInvoicesByAge unpaidInvoices(@Nullable UUID regieId, LocalDate date) {
        List<Invoice> issued = invoices.issuedBy(regieId == null ? null : new RegieId(regieId), date);
        Map<FamilyId, Book> books = new HashMap<>();
        Map<FamilyId, Optional<FamilySummary>> families = new HashMap<>();
        List<AgedUnpaidInvoice> unpaid = new ArrayList<>();
        Map<String, BigDecimal> totals = new TreeMap<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Invoice invoice : issued) {
            Book book = books.computeIfAbsent(invoice.familyId(), this::bookOf);
            Money due = book.due(invoice);
            if (!due.isPositive()) {
                continue;
            }
            long overdue = Math.max(0, ChronoUnit.DAYS.between(invoice.dueDate(), date));
            String age = date.isAfter(invoice.dueDate()) ? overdue <= 30 ? "UP_TO_30" : overdue <= 60 ? "UP_TO_60"
                    : overdue <= 90 ? "UP_TO_90" : "OVER_90" : "NOT_DUE";
            Optional<FamilySummary> family = families.computeIfAbsent(invoice.familyId(), familySummaries::familySummary);
            unpaid.add(new AgedUnpaidInvoice(invoice.number().toString(), invoice.familyId(),
                    family.map(FamilySummary::familyNumber).orElse(""),
                    family.map(f -> f.lastName() + " " + f.firstName()).orElse(""), book.regieName(invoice.regieId()),
                    invoice.issueDate(), invoice.dueDate(), invoice.amount().amount(), due.amount(), overdue, age));
            totals.merge(age, due.amount(), BigDecimal::add);
            total = total.add(due.amount());
        }
        unpaid.sort(Comparator.comparing(AgedUnpaidInvoice::dueDate).thenComparing(AgedUnpaidInvoice::number));
        return new UnpaidInvoicesByAge(date, unpaid, totals, total);
    }
}
