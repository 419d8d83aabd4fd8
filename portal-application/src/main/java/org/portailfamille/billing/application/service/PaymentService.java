package org.portailfamille.billing.application.service;

import org.portailfamille.billing.RegieId;
import org.portailfamille.billing.application.port.in.AllocateCreditCommand;
import org.portailfamille.billing.application.port.in.AllocateCreditResult;
import org.portailfamille.billing.application.port.in.AllocateCreditUseCase;
import org.portailfamille.billing.application.port.in.AllocationView;
import org.portailfamille.billing.application.port.in.CancelPaymentCommand;
import org.portailfamille.billing.application.port.in.CancelPaymentUseCase;
import org.portailfamille.billing.application.port.in.ReceivePaymentCommand;
import org.portailfamille.billing.application.port.in.ReceivePaymentResult;
import org.portailfamille.billing.application.port.in.ReceivePaymentUseCase;
import org.portailfamille.billing.application.port.in.RecordPaymentCommand;
import org.portailfamille.billing.application.port.in.RecordPaymentUseCase;
import org.portailfamille.billing.application.port.out.Allocations;
import org.portailfamille.billing.application.port.out.Invoices;
import org.portailfamille.billing.application.port.out.Ledger;
import org.portailfamille.billing.application.port.out.Payments;
import org.portailfamille.billing.application.port.out.Regies;
import org.portailfamille.billing.domain.Allocation;
import org.portailfamille.billing.domain.AllocationPolicy;
import org.portailfamille.billing.domain.Invoice;
import org.portailfamille.billing.domain.LedgerEntry;
import org.portailfamille.billing.domain.Payment;
import org.portailfamille.billing.domain.PaymentCancellation;
import org.portailfamille.billing.domain.PaymentMethod;
import org.portailfamille.shared.Money;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Payments recorded by staff and their allocation to invoices. Invoices of the family at the régie are locked while
 * allocating, so two payments never pay the same euro of an invoice; a cancellation is a counter-entry.
 */
public class PaymentService implements ReceivePaymentUseCase, AllocateCreditUseCase, CancelPaymentUseCase,
        RecordPaymentUseCase {

    static final Set<String> STAFF_METHODS = Set.of("CHEQUE", "CASH", "CARD", "DIRECT_DEBIT", "TREASURY_TITLE",
            "BANK_TRANSFER", "CESU");

    private final Regies regies;
    private final Invoices invoices;
    private final Payments payments;
    private final Allocations allocations;
    private final Ledger ledger;
    private final Clock clock;

    public PaymentService(Regies regies, Invoices invoices, Payments payments, Allocations allocations, Ledger ledger,
                          Clock clock) {
        this.regies = regies;
        this.invoices = invoices;
        this.payments = payments;
        this.allocations = allocations;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Override
    public ReceivePaymentResult receivePayment(ReceivePaymentCommand command) {
        List<String> problems = new ArrayList<>();
        BigDecimal amount = command.amount();
        if (amount == null || amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2
                || amount.compareTo(new BigDecimal("1000000")) >= 0) {
            problems.add("amount.invalid");
        }
        if (command.method() == null || !STAFF_METHODS.contains(command.method())) {
            problems.add("method.unknown");
        }
        String reference = command.reference() == null || command.reference().isBlank() ? null
                : command.reference().strip();
        if ("TREASURY_TITLE".equals(command.method()) && reference == null) {
            problems.add("reference.required");
        }
        if (reference != null && reference.length() > 50) {
            problems.add("reference.invalid");
        }
        if (command.date() == null || command.date().isAfter(LocalDate.now(clock))) {
            problems.add("date.future");
        }
        RegieId regieId = new RegieId(command.regieId());
        if (regies.byId(regieId).isEmpty()) {
            problems.add("regie.unknown");
        }
        if (!problems.isEmpty()) {
            return new ReceivePaymentResult(null, List.of(), BigDecimal.ZERO, problems);
        }
        List<Invoice> open = invoices.ofFamilyAtRegieForUpdate(command.familyId(), regieId);
        Map<UUID, Money> remaining = remaining(open);
        List<AllocationPolicy.Open> chosen = new ArrayList<>();
        if (command.invoiceNumbers().isEmpty()) {
            open.forEach(invoice -> chosen.add(new AllocationPolicy.Open(invoice.id(), remaining.get(invoice.id()))));
        } else {
            for (String number : command.invoiceNumbers()) {
                Optional<Invoice> invoice = open.stream().filter(i -> i.number().toString().equals(number)).findFirst();
                if (invoice.isEmpty()) {
                    problems.add("invoice.unknown");
                } else if (titled(invoice.get().id())) {
                    problems.add("invoice.titled");
                } else if (!remaining.get(invoice.get().id()).isPositive()) {
                    problems.add("invoice.paid");
                } else {
                    chosen.add(new AllocationPolicy.Open(invoice.get().id(), remaining.get(invoice.get().id())));
                }
            }
        }
        if (!problems.isEmpty()) {
            return new ReceivePaymentResult(null, List.of(), BigDecimal.ZERO, problems.stream().distinct().toList());
        }
        if (command.invoiceNumbers().isEmpty()) {
            chosen.removeIf(o -> titled(o.invoiceId()));
        }
        PaymentMethod method = PaymentMethod.valueOf(command.method());
        Payment payment = new Payment(UUID.randomUUID(), regieId, command.familyId(),
                regies.takeNextPaymentNumber(regieId), command.date(), method, new Money(amount),
                chosen.size() == 1 ? chosen.get(0).invoiceId() : null, reference);
        payments.add(payment);
        ledger.append(LedgerEntry.credit(payment));
        List<Allocation> made = AllocationPolicy.allocate(payment.id(), payment.amount(), chosen);
        made.forEach(allocations::add);
        Money allocated = made.stream().map(Allocation::amount).reduce(Money.ZERO, Money::plus);
        return new ReceivePaymentResult(payment.number().toString(), views(made, open),
                payment.amount().minus(allocated).amount(), List.of());
    }

    @Override
    public String recordPayment(RecordPaymentCommand command) {
        Invoice invoice = invoices.byNumber(command.invoiceNumber())
                .orElseThrow(() -> new IllegalArgumentException("Unknown invoice " + command.invoiceNumber()));
        List<Invoice> open = invoices.ofFamilyAtRegieForUpdate(invoice.familyId(), invoice.regieId());
        Money due = remaining(open).getOrDefault(invoice.id(), Money.ZERO);
        if (command.amount().compareTo(due) > 0) {
            throw new IllegalArgumentException("The payment exceeds what is due on " + command.invoiceNumber());
        }
        ReceivePaymentResult result = receivePayment(new ReceivePaymentCommand(invoice.familyId(),
                invoice.regieId().value(), command.date(), command.method(), command.amount().amount(), null,
                List.of(command.invoiceNumber())));
        if (!result.recorded() || result.unallocated().signum() != 0) {
            throw new IllegalArgumentException("The payment does not settle " + command.invoiceNumber() + ": "
                    + (result.problems().isEmpty() ? "exceeds what is due" : result.problems()));
        }
        return result.number();
    }

    @Override
    public AllocateCreditResult allocate(AllocateCreditCommand command) {
        Optional<Payment> payment = payments.byNumberForUpdate(command.creditNumber())
                .filter(p -> p.familyId().equals(command.familyId()));
        Optional<Invoice> creditNote = payment.isPresent() ? Optional.empty()
                : invoices.byNumber(command.creditNumber()).filter(Invoice::isCreditNote)
                        .filter(i -> i.familyId().equals(command.familyId()));
        if (payment.isEmpty() && creditNote.isEmpty()) {
            return new AllocateCreditResult(List.of(), BigDecimal.ZERO, List.of("credit.unknown"));
        }
        UUID creditId = payment.map(Payment::id).orElseGet(() -> creditNote.get().id());
        RegieId regieId = payment.map(Payment::regieId).orElseGet(() -> creditNote.get().regieId());
        Money amount = payment.map(Payment::amount).orElseGet(() -> creditNote.get().amount());
        if (payment.isPresent() && !payments.cancellationsOf(List.of(creditId)).isEmpty()) {
            return new AllocateCreditResult(List.of(), BigDecimal.ZERO, List.of("credit.cancelled"));
        }
        List<Invoice> open = invoices.ofFamilyAtRegieForUpdate(command.familyId(), regieId);
        Money used = allocations.ofCredits(List.of(creditId)).stream().map(Allocation::amount)
                .reduce(Money.ZERO, Money::plus);
        Money left = amount.minus(used);
        if (!left.isPositive()) {
            return new AllocateCreditResult(List.of(), BigDecimal.ZERO, List.of("nothing.left"));
        }
        Map<UUID, Money> remaining = remaining(open);
        List<AllocationPolicy.Open> chosen = new ArrayList<>();
        if (command.invoiceNumbers().isEmpty()) {
            open.stream().filter(i -> !titled(i.id()))
                    .forEach(i -> chosen.add(new AllocationPolicy.Open(i.id(), remaining.get(i.id()))));
        } else {
            for (String number : command.invoiceNumbers()) {
                Optional<Invoice> invoice = open.stream().filter(i -> i.number().toString().equals(number)).findFirst();
                if (invoice.isEmpty()) {
                    return new AllocateCreditResult(List.of(), left.amount(), List.of("invoice.unknown"));
                }
                chosen.add(new AllocationPolicy.Open(invoice.get().id(), remaining.get(invoice.get().id())));
            }
        }
        List<Allocation> made = AllocationPolicy.allocate(creditId, left, chosen);
        made.forEach(allocations::add);
        Money allocated = made.stream().map(Allocation::amount).reduce(Money.ZERO, Money::plus);
        return new AllocateCreditResult(views(made, open), left.minus(allocated).amount(), List.of());
    }

    @Override
    public Outcome cancelPayment(CancelPaymentCommand command) {
        if (command.reason().isBlank()) {
            return Outcome.REASON_REQUIRED;
        }
        Optional<Payment> found = payments.byNumberForUpdate(command.paymentNumber())
                .filter(p -> p.familyId().equals(command.familyId()));
        if (found.isEmpty()) {
            return Outcome.UNKNOWN_PAYMENT;
        }
        Payment payment = found.get();
        if (!payments.cancellationsOf(List.of(payment.id())).isEmpty()) {
            return Outcome.ALREADY_CANCELLED;
        }
        invoices.ofFamilyAtRegieForUpdate(payment.familyId(), payment.regieId());
        PaymentCancellation cancellation = new PaymentCancellation(UUID.randomUUID(), payment.id(),
                regies.takeNextPaymentNumber(payment.regieId()), command.date(), command.reason().strip());
        payments.addCancellation(cancellation);
        ledger.append(LedgerEntry.cancellation(payment, cancellation.number(), command.date()));
        Map<UUID, Money> perInvoice = allocations.ofCredits(List.of(payment.id())).stream()
                .collect(Collectors.groupingBy(Allocation::invoiceId,
                        Collectors.reducing(Money.ZERO, Allocation::amount, Money::plus)));
        perInvoice.forEach((invoiceId, total) -> {
            if (total.isPositive()) {
                allocations.add(new Allocation(payment.id(), invoiceId, Money.ZERO.minus(total)));
            }
        });
        return Outcome.CANCELLED;
    }

    private Map<UUID, Money> remaining(List<Invoice> open) {
        Map<UUID, Money> allocated = allocations.ofInvoices(open.stream().map(Invoice::id).toList()).stream()
                .collect(Collectors.groupingBy(Allocation::invoiceId,
                        Collectors.reducing(Money.ZERO, Allocation::amount, Money::plus)));
        Map<UUID, Money> remaining = new java.util.HashMap<>();
        for (Invoice invoice : open) {
            remaining.put(invoice.id(), invoice.amount().minus(allocated.getOrDefault(invoice.id(), Money.ZERO)));
        }
        return remaining;
    }

    private boolean titled(UUID invoiceId) {
        Set<UUID> credits = new HashSet<>();
        allocations.ofInvoices(List.of(invoiceId)).forEach(a -> credits.add(a.creditId()));
        return payments.byIds(credits).stream().anyMatch(p -> p.method() == PaymentMethod.TREASURY_TITLE
                && payments.cancellationsOf(List.of(p.id())).isEmpty());
    }

    private static List<AllocationView> views(List<Allocation> made, List<Invoice> invoices) {
        return made.stream().map(a -> new AllocationView(invoices.stream().filter(i -> i.id().equals(a.invoiceId()))
                .findFirst().map(i -> i.number().toString()).orElse(""), a.amount().amount())).toList();
    }
}
