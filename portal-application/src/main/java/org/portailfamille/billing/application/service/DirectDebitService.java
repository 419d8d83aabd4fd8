package org.portailfamille.billing.application.service;

import org.jspecify.annotations.Nullable;
import org.portailfamille.accounts.application.port.in.FamilySummary;
import org.portailfamille.accounts.application.port.in.GetFamilySummaryUseCase;
import org.portailfamille.billing.DirectDebitAnnounced;
import org.portailfamille.billing.DirectDebitRejected;
import org.portailfamille.billing.RegieId;
import org.portailfamille.billing.application.port.in.CancelPaymentCommand;
import org.portailfamille.billing.application.port.in.CancelPaymentUseCase;
import org.portailfamille.billing.application.port.in.DirectDebitCollectionView;
import org.portailfamille.billing.application.port.in.DirectDebitFileDownload;
import org.portailfamille.billing.application.port.in.DirectDebitFileSummary;
import org.portailfamille.billing.application.port.in.DirectDebitPreview;
import org.portailfamille.billing.application.port.in.DirectDebitQuery;
import org.portailfamille.billing.application.port.in.ExportDirectDebitsCommand;
import org.portailfamille.billing.application.port.in.ExportDirectDebitsResult;
import org.portailfamille.billing.application.port.in.ExportDirectDebitsUseCase;
import org.portailfamille.billing.application.port.in.GetDirectDebitFileUseCase;
import org.portailfamille.billing.application.port.in.RecordDirectDebitRejectCommand;
import org.portailfamille.billing.application.port.in.RecordDirectDebitRejectUseCase;
import org.portailfamille.billing.application.port.in.ViewDirectDebitsUseCase;
import org.portailfamille.billing.application.port.out.Allocations;
import org.portailfamille.billing.application.port.out.DirectDebitEvents;
import org.portailfamille.billing.application.port.out.DirectDebitFileWriter;
import org.portailfamille.billing.application.port.out.DirectDebitFiles;
import org.portailfamille.billing.application.port.out.Invoices;
import org.portailfamille.billing.application.port.out.Ledger;
import org.portailfamille.billing.application.port.out.Payments;
import org.portailfamille.billing.application.port.out.Regies;
import org.portailfamille.billing.application.port.out.SepaMandates;
import org.portailfamille.billing.domain.Allocation;
import org.portailfamille.billing.domain.DirectDebitCollection;
import org.portailfamille.billing.domain.DirectDebitFile;
import org.portailfamille.billing.domain.DirectDebitPolicy;
import org.portailfamille.billing.domain.Invoice;
import org.portailfamille.billing.domain.LedgerEntry;
import org.portailfamille.billing.domain.Payment;
import org.portailfamille.billing.domain.PaymentMethod;
import org.portailfamille.billing.domain.Regie;
import org.portailfamille.billing.domain.RejectReason;
import org.portailfamille.billing.domain.SepaCreditor;
import org.portailfamille.billing.domain.SepaMandate;
import org.portailfamille.shared.FamilyId;
import org.portailfamille.shared.Money;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * SEPA direct debit (ADR 0028): the preview and export of a régie's month as a pain.008 file, the stored files, and
 * rejected debits. An exported invoice gets a direct-debit payment dated the collection date (it is then
 * "prélèvement en cours" until that date, and can be neither exported again nor paid otherwise); a reject cancels
 * that payment by a counter-entry.
 */
public class DirectDebitService implements ViewDirectDebitsUseCase, GetDirectDebitFileUseCase,
        ExportDirectDebitsUseCase, RecordDirectDebitRejectUseCase {

    /** Settings: the creditor (null while the ICS, IBAN or BIC is not set) and the pre-notification delay in days. */
    public record Settings(@Nullable SepaCreditor creditor, int noticeDays) {
    }

    private final Regies regies;
    private final Invoices invoices;
    private final Payments payments;
    private final Allocations allocations;
    private final Ledger ledger;
    private final SepaMandates mandates;
    private final DirectDebitFiles files;
    private final DirectDebitFileWriter writer;
    private final DirectDebitEvents events;
    private final GetFamilySummaryUseCase families;
    private final CancelPaymentUseCase cancelPayment;
    private final Settings settings;
    private final Clock clock;

    public DirectDebitService(Regies regies, Invoices invoices, Payments payments, Allocations allocations,
                              Ledger ledger, SepaMandates mandates, DirectDebitFiles files,
                              DirectDebitFileWriter writer, DirectDebitEvents events,
                              GetFamilySummaryUseCase families, CancelPaymentUseCase cancelPayment,
                              Settings settings, Clock clock) {
        this.regies = regies;
        this.invoices = invoices;
        this.payments = payments;
        this.allocations = allocations;
        this.ledger = ledger;
        this.mandates = mandates;
        this.files = files;
        this.writer = writer;
        this.events = events;
        this.families = families;
        this.cancelPayment = cancelPayment;
        this.settings = settings;
        this.clock = clock;
    }

    /** An invoice to collect: what remains due on it and the family's active mandate. */
    private record Candidate(Invoice invoice, Money due, SepaMandate mandate) {
    }

    /** The month's invoices still due, those of families with an active mandate first; without one, counted apart. */
    private List<Candidate> candidates(Regie regie, YearMonth month, LocalDate today, int[] withoutMandate) {
        List<Invoice> ofMonth = invoices.issuedBy(regie.id(), today).stream()
                .filter(i -> !i.isCreditNote() && YearMonth.from(i.period().start()).equals(month))
                .sorted(Comparator.comparing((Invoice i) -> i.familyId().value()).thenComparing(i -> i.number().sequence()))
                .toList();
        Map<UUID, Money> allocated = new HashMap<>();
        allocations.ofInvoices(ofMonth.stream().map(Invoice::id).toList())
                .forEach(a -> allocated.merge(a.invoiceId(), a.amount(), Money::plus));
        // an invoice whose debit is still open (its payment cancelled by hand instead of a reject) is not collected
        // again until the reject is entered: the database allows one open collection per invoice
        java.util.Set<UUID> open = new java.util.HashSet<>();
        files.collectionsOfInvoices(ofMonth.stream().map(Invoice::id).toList()).stream()
                .filter(c -> !c.isRejected()).forEach(c -> open.add(c.invoiceId()));
        Map<FamilyId, Optional<SepaMandate>> mandateOf = new HashMap<>();
        List<Candidate> candidates = new ArrayList<>();
        for (Invoice invoice : ofMonth) {
            Money due = invoice.amount().minus(allocated.getOrDefault(invoice.id(), Money.ZERO));
            if (!due.isPositive() || open.contains(invoice.id())) {
                continue;
            }
            Optional<SepaMandate> mandate = mandateOf.computeIfAbsent(invoice.familyId(), mandates::activeOf);
            if (mandate.isEmpty()) {
                withoutMandate[0]++;
                continue;
            }
            candidates.add(new Candidate(invoice, due, mandate.get()));
        }
        return candidates;
    }

    @Override
    public DirectDebitPreview preview(DirectDebitQuery query) {
        Optional<Regie> regie = regies.byId(new RegieId(query.regieId()));
        if (regie.isEmpty()) {
            return new DirectDebitPreview(query.regieId(), "", query.month(), 0, BigDecimal.ZERO.setScale(2), List.of(), 0);
        }
        int[] withoutMandate = {0};
        List<Candidate> candidates = candidates(regie.get(), query.month(), LocalDate.now(clock), withoutMandate);
        Map<FamilyId, List<Candidate>> byFamily = new LinkedHashMap<>();
        candidates.forEach(c -> byFamily.computeIfAbsent(c.invoice().familyId(), k -> new ArrayList<>()).add(c));
        List<DirectDebitPreview.FamilyLine> lines = new ArrayList<>();
        byFamily.forEach((family, ofFamily) -> {
            Optional<FamilySummary> summary = families.familySummary(family);
            SepaMandate mandate = ofFamily.get(0).mandate();
            lines.add(new DirectDebitPreview.FamilyLine(family, summary.map(FamilySummary::familyNumber).orElse(""),
                    summary.map(s -> s.lastName() + " " + s.firstName()).orElse(""), mandate.rum(),
                    DirectDebitPolicy.sequenceOf(mandate).name(),
                    ofFamily.stream().map(c -> c.invoice().number().toString()).toList(),
                    ofFamily.stream().map(Candidate::due).reduce(Money.ZERO, Money::plus).amount()));
        });
        lines.sort(Comparator.comparing(DirectDebitPreview.FamilyLine::familyName));
        Money total = candidates.stream().map(Candidate::due).reduce(Money.ZERO, Money::plus);
        return new DirectDebitPreview(query.regieId(), regie.get().name(), query.month(), candidates.size(),
                total.amount(), lines, withoutMandate[0]);
    }

    @Override
    public ExportDirectDebitsResult exportDirectDebits(ExportDirectDebitsCommand command) {
        LocalDate today = LocalDate.now(clock);
        LocalDate earliest = DirectDebitPolicy.earliestCollectionDate(today, settings.noticeDays());
        if (settings.creditor() == null) {
            return refused(ExportDirectDebitsResult.Outcome.CREDITOR_NOT_SET, earliest);
        }
        Optional<Regie> found = command.regieId() == null ? Optional.empty()
                : regies.byId(new RegieId(command.regieId()));
        if (found.isEmpty()) {
            return refused(ExportDirectDebitsResult.Outcome.UNKNOWN_REGIE, earliest);
        }
        if (command.month() == null) {
            return refused(ExportDirectDebitsResult.Outcome.NO_MONTH, earliest);
        }
        LocalDate collectionDate = command.collectionDate();
        if (collectionDate == null || collectionDate.isBefore(earliest)) {
            return refused(ExportDirectDebitsResult.Outcome.COLLECTION_TOO_SOON, earliest);
        }
        Regie regie = found.get();
        // lock every family's invoices at the régie, then decide: two exports never collect the same invoice
        int[] ignored = {0};
        candidates(regie, command.month(), today, ignored).stream().map(c -> c.invoice().familyId()).distinct()
                .forEach(family -> invoices.ofFamilyAtRegieForUpdate(family, regie.id()));
        List<Candidate> candidates = candidates(regie, command.month(), today, ignored);
        if (candidates.isEmpty()) {
            return refused(ExportDirectDebitsResult.Outcome.NOTHING_TO_COLLECT, earliest);
        }
        LocalDateTime createdAt = LocalDateTime.now(clock).withNano(0);
        String messageId = DirectDebitPolicy.messageId(regie, createdAt, files.countOf(regie.id()) + 1);
        UUID fileId = UUID.randomUUID();
        List<DirectDebitFile.Transaction> transactions = new ArrayList<>();
        List<DirectDebitCollection> collections = new ArrayList<>();
        for (Candidate candidate : candidates) {
            Invoice invoice = candidate.invoice();
            SepaMandate mandate = candidate.mandate();
            int attempt = files.collectionsOfInvoices(List.of(invoice.id())).size() + 1;
            String endToEndId = DirectDebitPolicy.endToEndId(invoice.number().toString(), attempt);
            SepaMandate.SequenceType sequence = DirectDebitPolicy.sequenceOf(mandate);
            transactions.add(new DirectDebitFile.Transaction(endToEndId, candidate.due(), sequence, mandate.rum(),
                    mandate.signedOn(), mandate.accountHolder(), mandate.iban(), mandate.bic(),
                    "Facture " + invoice.number() + " " + regie.name()));
            Payment payment = new Payment(UUID.randomUUID(), regie.id(), invoice.familyId(),
                    regies.takeNextPaymentNumber(regie.id()), collectionDate, PaymentMethod.DIRECT_DEBIT,
                    candidate.due(), invoice.id(), endToEndId);
            payments.add(payment);
            ledger.append(LedgerEntry.credit(payment));
            allocations.add(new Allocation(payment.id(), invoice.id(), candidate.due()));
            collections.add(new DirectDebitCollection(UUID.randomUUID(), fileId, invoice.id(),
                    invoice.number().toString(), invoice.familyId(), regie.id(), mandate.rum(), sequence,
                    candidate.due(), endToEndId, payment.id(), collectionDate, null, null));
        }
        DirectDebitFile file = new DirectDebitFile(messageId, createdAt, collectionDate, settings.creditor(),
                transactions);
        files.addFile(new DirectDebitFiles.StoredFile(fileId, regie.id(), command.month(), messageId, collectionDate,
                createdAt, command.exportedBy(), file.numberOfTransactions(), file.controlSum(), writer.write(file)));
        collections.forEach(files::addCollection);
        Map<FamilyId, List<DirectDebitCollection>> byFamily = new LinkedHashMap<>();
        collections.forEach(c -> byFamily.computeIfAbsent(c.familyId(), k -> new ArrayList<>()).add(c));
        byFamily.forEach((family, ofFamily) -> {
            String rum = ofFamily.get(0).rum();
            if (ofFamily.get(0).sequence() == SepaMandate.SequenceType.FRST) {
                mandates.setNextSequence(rum, SepaMandate.SequenceType.RCUR);
            }
            events.announced(new DirectDebitAnnounced(fileId, family, regie.name(), rum,
                    settings.creditor().identifier(), collectionDate,
                    ofFamily.stream().map(DirectDebitCollection::amount).reduce(Money.ZERO, Money::plus),
                    ofFamily.stream().map(DirectDebitCollection::invoiceNumber).toList()));
        });
        return new ExportDirectDebitsResult(ExportDirectDebitsResult.Outcome.CREATED, fileId,
                file.numberOfTransactions(), file.controlSum().amount(), earliest);
    }

    private static ExportDirectDebitsResult refused(ExportDirectDebitsResult.Outcome outcome, LocalDate earliest) {
        return new ExportDirectDebitsResult(outcome, null, 0, BigDecimal.ZERO.setScale(2), earliest);
    }

    @Override
    public Outcome recordReject(RecordDirectDebitRejectCommand command) {
        Optional<RejectReason> reason = RejectReason.ofCode(command.reasonCode());
        if (reason.isEmpty()) {
            return Outcome.UNKNOWN_REASON;
        }
        LocalDate date = command.date();
        if (date == null || date.isAfter(LocalDate.now(clock))) {
            return Outcome.DATE_INVALID;
        }
        Optional<DirectDebitCollection> open = files.openCollectionOfInvoiceForUpdate(command.invoiceNumber().strip());
        if (open.isEmpty()) {
            boolean rejectedBefore = invoices.byNumber(command.invoiceNumber().strip())
                    .map(i -> !files.collectionsOfInvoices(List.of(i.id())).isEmpty()).orElse(false);
            return rejectedBefore ? Outcome.ALREADY_REJECTED : Outcome.NOT_COLLECTED;
        }
        DirectDebitCollection collection = open.get();
        LocalDate fileMade = files.byId(collection.fileId()).map(f -> f.createdAt().toLocalDate()).orElse(date);
        if (date.isBefore(fileMade)) {
            return Outcome.DATE_INVALID;
        }
        Payment payment = payments.byIds(List.of(collection.paymentId())).get(0);
        CancelPaymentUseCase.Outcome cancelled = cancelPayment.cancelPayment(new CancelPaymentCommand(
                collection.familyId(), payment.number().toString(), date,
                "Rejet de prélèvement SEPA " + reason.get().name()));
        if (cancelled != CancelPaymentUseCase.Outcome.CANCELLED && cancelled != CancelPaymentUseCase.Outcome.ALREADY_CANCELLED) {
            throw new IllegalStateException("The direct-debit payment could not be cancelled: " + cancelled);
        }
        files.markRejected(collection.id(), date, reason.get());
        mandates.activeOf(collection.familyId()).filter(m -> m.rum().equals(collection.rum()))
                .ifPresent(m -> mandates.setNextSequence(m.rum(),
                        DirectDebitPolicy.afterReject(collection.sequence(), m.nextSequence())));
        String regieName = regies.byId(collection.regieId()).map(Regie::name).orElse("");
        events.rejected(new DirectDebitRejected(collection.id(), collection.familyId(), regieName,
                collection.invoiceNumber(), collection.amount(), reason.get().name(), date));
        return Outcome.REJECTED;
    }

    @Override
    public LocalDate earliestCollectionDate() {
        return DirectDebitPolicy.earliestCollectionDate(LocalDate.now(clock), settings.noticeDays());
    }

    @Override
    public List<DirectDebitFileSummary> files() {
        Map<RegieId, String> names = new HashMap<>();
        return files.files().stream().map(f -> {
            int rejected = (int) files.collectionsOfFile(f.id()).stream().filter(DirectDebitCollection::isRejected).count();
            String regieName = names.computeIfAbsent(f.regieId(), id -> regies.byId(id).map(Regie::name).orElse(""));
            return new DirectDebitFileSummary(f.id(), f.messageId(), regieName, f.month(), f.collectionDate(),
                    f.createdAt(), f.createdBy(), f.transactionCount(), f.controlSum().amount(), rejected);
        }).toList();
    }

    @Override
    public List<DirectDebitCollectionView> collections(UUID fileId) {
        Map<FamilyId, Optional<FamilySummary>> summaries = new HashMap<>();
        return files.collectionsOfFile(fileId).stream().map(c -> {
            Optional<FamilySummary> summary = summaries.computeIfAbsent(c.familyId(), families::familySummary);
            return new DirectDebitCollectionView(c.invoiceNumber(), summary.map(FamilySummary::familyNumber).orElse(""),
                    summary.map(s -> s.lastName() + " " + s.firstName()).orElse(""), c.rum(), c.sequence().name(),
                    c.amount().amount(), c.endToEndId(), c.rejectedOn(),
                    c.rejectReason() == null ? null : c.rejectReason().name());
        }).toList();
    }

    @Override
    public Optional<DirectDebitFileDownload> directDebitFile(UUID fileId) {
        return files.byId(fileId).map(f -> new DirectDebitFileDownload(f.messageId() + ".xml", f.content()));
    }
}
