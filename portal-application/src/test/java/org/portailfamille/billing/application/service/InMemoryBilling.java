package org.portailfamille.billing.application.service;

import org.jspecify.annotations.Nullable;
import org.portailfamille.accounts.application.port.in.FamilySummary;
import org.portailfamille.accounts.application.port.in.GetChildNamesUseCase;
import org.portailfamille.accounts.application.port.in.GetFamilySummaryUseCase;
import org.portailfamille.billing.RegieId;
import org.portailfamille.billing.application.port.out.Allocations;
import org.portailfamille.billing.application.port.out.Invoices;
import org.portailfamille.billing.application.port.out.Ledger;
import org.portailfamille.billing.application.port.out.Payments;
import org.portailfamille.billing.application.port.out.Regies;
import org.portailfamille.billing.domain.Allocation;
import org.portailfamille.billing.domain.Invoice;
import org.portailfamille.billing.domain.LedgerEntry;
import org.portailfamille.billing.domain.OperationNumber;
import org.portailfamille.billing.domain.Payment;
import org.portailfamille.billing.domain.PaymentCancellation;
import org.portailfamille.billing.domain.Regie;
import org.portailfamille.shared.FamilyId;
import org.portailfamille.shared.Money;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** In-memory out-ports of billing for service tests (the jOOQ adapters have their own tests on PostgreSQL). */
class InMemoryBilling {

    final Map<RegieId, Regie> regieRows = new HashMap<>();
    final Map<RegieId, long[]> counters = new HashMap<>();
    final List<Invoice> invoiceRows = new ArrayList<>();
    final List<Payment> paymentRows = new ArrayList<>();
    final List<PaymentCancellation> cancellationRows = new ArrayList<>();
    final List<Allocation> allocationRows = new ArrayList<>();
    final List<LedgerEntry> ledgerRows = new ArrayList<>();

    final Regies regies = new Regies() {
    @Override public void add(Regie regie) {
        regieRows.put(regie.id(), regie);
        counters.put(regie.id(), new long[]{regie.firstInvoiceNumber(), regie.firstPaymentNumber()});
    }
    @Override public Optional<Regie> byId(RegieId id) { return Optional.ofNullable(regieRows.get(id)); }
    @Override public List<Regie> all() {
        return regieRows.values().stream().sorted(Comparator.comparing(Regie::name)).toList();
    }
    @Override public OperationNumber takeNextInvoiceNumber(RegieId id) {
        return new OperationNumber(regieRows.get(id).prefix(), counters.get(id)[0]++);
    }
    @Override public OperationNumber takeNextPaymentNumber(RegieId id) {
        return new OperationNumber(regieRows.get(id).prefix(), counters.get(id)[1]++);
    }

    };

    final Invoices invoices = new Invoices() {
    @Override public void add(Invoice invoice) { invoiceRows.add(invoice); }
    @Override public Optional<Invoice> byNumberForUpdate(String number) { return byNumber(number); }
    @Override public List<Invoice> ofFamilyIssuedBy(FamilyId familyId, LocalDate date) {
        return invoiceRows.stream().filter(i -> !i.isCreditNote() && i.familyId().equals(familyId)
                && !i.issueDate().isAfter(date)).toList();
    }
    @Override public Optional<Invoice> byId(UUID id) {
        return invoiceRows.stream().filter(i -> i.id().equals(id)).findFirst();
    }
    @Override public Optional<Invoice> byNumber(String number) {
        return invoiceRows.stream().filter(i -> i.number().toString().equals(number)).findFirst();
    }
    @Override public List<Invoice> ofFamily(FamilyId familyId) {
        return invoiceRows.stream().filter(i -> i.familyId().equals(familyId)).toList();
    }
    @Override public List<Invoice> ofFamilyAtRegieForUpdate(FamilyId familyId, RegieId regieId) {
        return invoiceRows.stream().filter(i -> !i.isCreditNote() && i.familyId().equals(familyId)
                && i.regieId().equals(regieId)).sorted(Comparator.comparing(Invoice::issueDate)
                .thenComparing(i -> i.period().start()).thenComparing(i -> i.number().sequence())).toList();
    }
    @Override public List<Invoice> issuedBy(@Nullable RegieId regieId, LocalDate date) {
        return invoiceRows.stream().filter(i -> !i.isCreditNote() && !i.issueDate().isAfter(date)
                && (regieId == null || i.regieId().equals(regieId))).toList();
    }
    @Override public long countDueIssuedBy(LocalDate date) {
        return issuedBy(null, date).stream().filter(i -> allocationRows.stream()
                .filter(a -> a.invoiceId().equals(i.id())).noneMatch(a -> paymentRows.stream().anyMatch(p ->
                        p.id().equals(a.creditId()) && p.familyId().equals(i.familyId())
                                && p.method() == org.portailfamille.billing.domain.PaymentMethod.TREASURY_TITLE
                                && cancellationRows.stream().noneMatch(c -> c.paymentId().equals(p.id())))))
                .filter(i -> i.amount().minus(allocationRows.stream().filter(a -> a.invoiceId().equals(i.id()))
                        .map(Allocation::amount).reduce(Money.ZERO, Money::plus)).isPositive())
                .count();
    }

    };

    final Payments payments = new Payments() {
    @Override public void add(Payment payment) { paymentRows.add(payment); }
    @Override public List<Payment> ofInvoices(Collection<UUID> ids) {
        return paymentRows.stream().filter(p -> ids.contains(p.invoiceId())).toList();
    }
    @Override public Optional<Payment> byNumberForUpdate(String number) {
        return paymentRows.stream().filter(p -> p.number().toString().equals(number)).findFirst();
    }
    @Override public List<Payment> ofFamily(FamilyId familyId) {
        return paymentRows.stream().filter(p -> p.familyId().equals(familyId)).toList();
    }
    @Override public List<Payment> byIds(Collection<UUID> ids) {
        return paymentRows.stream().filter(p -> ids.contains(p.id())).toList();
    }
    @Override public void addCancellation(PaymentCancellation cancellation) { cancellationRows.add(cancellation); }
    @Override public List<PaymentCancellation> cancellationsOf(Collection<UUID> paymentIds) {
        return cancellationRows.stream().filter(c -> paymentIds.contains(c.paymentId())).toList();
    }

    };

    final Allocations allocations = new Allocations() {
    @Override public void add(Allocation allocation) { allocationRows.add(allocation); }
    @Override public List<Allocation> ofInvoices(Collection<UUID> invoiceIds) {
        return allocationRows.stream().filter(a -> invoiceIds.contains(a.invoiceId())).toList();
    }
    @Override public List<Allocation> ofCredits(Collection<UUID> creditIds) {
        return allocationRows.stream().filter(a -> creditIds.contains(a.creditId())).toList();
    }

    };

    final Ledger ledger = new Ledger() {
    @Override public void append(LedgerEntry entry) { ledgerRows.add(entry); }
    @Override public Money balanceAt(FamilyId familyId, LocalDate date) {
        return ledgerRows.stream().filter(e -> e.familyId().equals(familyId) && !e.date().isAfter(date))
                .map(e -> e.debit().minus(e.credit())).reduce(Money.ZERO, Money::plus);
    }
    @Override public List<LedgerEntry> entriesOf(FamilyId familyId) {
        return ledgerRows.stream().filter(e -> e.familyId().equals(familyId)).toList();
    }

    };

    static GetFamilySummaryUseCase noFamilies() {
        return new GetFamilySummaryUseCase() {
            @Override public Optional<FamilySummary> familySummary(FamilyId familyId) { return Optional.empty(); }
            @Override public Optional<FamilySummary> familySummaryByNumber(String familyNumber) { return Optional.empty(); }
        };
    }

    static GetChildNamesUseCase noChildren() {
        return ids -> Map.of();
    }
}
