package org.portailfamille.billing.application.service;

import org.jspecify.annotations.Nullable;
import org.portailfamille.billing.RegieId;
import org.portailfamille.billing.application.port.in.HandlePaymentNotificationUseCase;
import org.portailfamille.billing.application.port.in.ListPayableInvoicesUseCase;
import org.portailfamille.billing.application.port.in.OnlinePaymentJourney;
import org.portailfamille.billing.application.port.in.OnlinePaymentStep;
import org.portailfamille.billing.application.port.in.OnlinePaymentView;
import org.portailfamille.billing.application.port.in.PayableInvoice;
import org.portailfamille.billing.application.port.in.ProceedOnlinePaymentUseCase;
import org.portailfamille.billing.application.port.in.ReconcileOnlinePaymentsUseCase;
import org.portailfamille.billing.application.port.in.StartOnlinePaymentCommand;
import org.portailfamille.billing.application.port.in.StartOnlinePaymentResult;
import org.portailfamille.billing.application.port.in.StartOnlinePaymentUseCase;
import org.portailfamille.billing.application.port.in.ViewOnlinePaymentsUseCase;
import org.portailfamille.billing.application.port.out.Allocations;
import org.portailfamille.billing.application.port.out.Invoices;
import org.portailfamille.billing.application.port.out.Ledger;
import org.portailfamille.billing.application.port.out.OnlinePayments;
import org.portailfamille.billing.application.port.out.PaymentGateway;
import org.portailfamille.billing.application.port.out.Payments;
import org.portailfamille.billing.application.port.out.Regies;
import org.portailfamille.billing.domain.Allocation;
import org.portailfamille.billing.domain.Invoice;
import org.portailfamille.billing.domain.LedgerEntry;
import org.portailfamille.billing.domain.OnlinePayment;
import org.portailfamille.billing.domain.Payment;
import org.portailfamille.billing.domain.PaymentMethod;
import org.portailfamille.billing.domain.ProviderResult;
import org.portailfamille.billing.domain.Regie;
import org.portailfamille.shared.FamilyId;
import org.portailfamille.shared.Money;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Online payment (ADR 0027): journeys of one operation per invoice, sent one after the other to the provider's hosted
 * page; only the provider's server-to-server word, confirmed by a status request, changes an operation. Each paid
 * operation becomes one payment: the operation row is locked while a notification is handled, its state changes by a
 * conditional update, and the database allows one payment per operation and one open operation per invoice.
 */
public class OnlinePaymentService implements ListPayableInvoicesUseCase, StartOnlinePaymentUseCase,
        ProceedOnlinePaymentUseCase, ViewOnlinePaymentsUseCase, HandlePaymentNotificationUseCase,
        ReconcileOnlinePaymentsUseCase {

    private static final System.Logger LOG = System.getLogger(OnlinePaymentService.class.getName());
    private static final int RECONCILE_BATCH = 50;

    private final Regies regies;
    private final Invoices invoices;
    private final Allocations allocations;
    private final Payments payments;
    private final Ledger ledger;
    private final OnlinePayments operations;
    private final PaymentGateway gateway;
    private final OnlinePaymentSettings settings;
    private final Clock clock;

    public OnlinePaymentService(Regies regies, Invoices invoices, Allocations allocations, Payments payments,
                                Ledger ledger, OnlinePayments operations, PaymentGateway gateway,
                                OnlinePaymentSettings settings, Clock clock) {
        this.regies = regies;
        this.invoices = invoices;
        this.allocations = allocations;
        this.payments = payments;
        this.ledger = ledger;
        this.operations = operations;
        this.gateway = gateway;
        this.settings = settings;
        this.clock = clock;
    }

    // --- what can be paid ---------------------------------------------------------------------------------------

    @Override
    public List<PayableInvoice> payableInvoices(FamilyId familyId) {
        List<Invoice> all = invoices.ofFamily(familyId).stream().filter(i -> !i.isCreditNote())
                .sorted(Comparator.comparing(Invoice::issueDate).thenComparing(i -> i.number().sequence())).toList();
        Map<UUID, Money> due = due(all);
        Set<UUID> open = operations.openInvoiceIds(all.stream().map(Invoice::id).toList());
        Map<RegieId, Optional<Regie>> regieById = new HashMap<>();
        List<PayableInvoice> result = new ArrayList<>();
        for (Invoice invoice : all) {
            Money left = due.get(invoice.id());
            if (!left.isPositive()) {
                continue;
            }
            Optional<Regie> regie = regieById.computeIfAbsent(invoice.regieId(), regies::byId);
            String reason = reason(invoice, regie, left, open);
            result.add(new PayableInvoice(invoice.number().toString(), invoice.issueDate(), invoice.dueDate(),
                    regie.map(Regie::name).orElse(""), left.amount(), reason == null, reason));
        }
        return result;
    }

    @Override
    public BigDecimal minimumAmount() {
        return settings.minimum().amount();
    }

    private @Nullable String reason(Invoice invoice, Optional<Regie> regie, Money left, Set<UUID> open) {
        if (open.contains(invoice.id())) {
            return "inProgress";
        }
        if (regie.isEmpty() || !settings.accepts(regie.get().prefix())) {
            return "regieNotAccepted";
        }
        if (left.compareTo(settings.minimum()) < 0) {
            return "belowMinimum";
        }
        return null;
    }

    private Map<UUID, Money> due(List<Invoice> list) {
        Map<UUID, Money> allocated = allocations.ofInvoices(list.stream().map(Invoice::id).toList()).stream()
                .collect(Collectors.groupingBy(Allocation::invoiceId,
                        Collectors.reducing(Money.ZERO, Allocation::amount, Money::plus)));
        Map<UUID, Money> due = new HashMap<>();
        list.forEach(i -> due.put(i.id(), i.amount().minus(allocated.getOrDefault(i.id(), Money.ZERO))));
        return due;
    }

    // --- the journey ---------------------------------------------------------------------------------------------

    @Override
    public StartOnlinePaymentResult start(StartOnlinePaymentCommand command) {
        if (command.invoiceNumbers().isEmpty()) {
            return new StartOnlinePaymentResult(null, List.of("none.selected"));
        }
        List<String> problems = new ArrayList<>();
        List<Invoice> chosen = new ArrayList<>();
        for (String number : command.invoiceNumbers()) {
            Optional<Invoice> invoice = invoices.byNumber(number).filter(i -> !i.isCreditNote())
                    .filter(i -> i.familyId().equals(command.familyId()));
            if (invoice.isEmpty()) {
                problems.add("invoice.unknown");
            } else {
                chosen.add(invoice.get());
            }
        }
        Map<UUID, Money> due = due(chosen);
        Set<UUID> open = operations.openInvoiceIds(chosen.stream().map(Invoice::id).toList());
        for (Invoice invoice : chosen) {
            Money left = due.get(invoice.id());
            if (!left.isPositive()) {
                problems.add("invoice.paid");
                continue;
            }
            String reason = reason(invoice, regies.byId(invoice.regieId()), left, open);
            if (reason != null) {
                problems.add(switch (reason) {
                    case "inProgress" -> "invoice.inProgress";
                    case "regieNotAccepted" -> "regie.notAccepted";
                    default -> "amount.belowMinimum";
                });
            }
        }
        if (!problems.isEmpty()) {
            return new StartOnlinePaymentResult(null, problems.stream().distinct().toList());
        }
        UUID journey = UUID.randomUUID();
        Instant now = clock.instant();
        List<OnlinePayment> added = new ArrayList<>();
        for (int position = 0; position < chosen.size(); position++) {
            Invoice invoice = chosen.get(position);
            OnlinePayment operation = OnlinePayment.create(journey, position, command.familyId(), invoice.regieId(),
                    invoice.id(), invoice.number().toString(), due.get(invoice.id()), now);
            if (!operations.add(operation)) {
                // another journey took one of these invoices meanwhile: close what this one opened
                added.forEach(a -> a.expiredAt(now, Duration.ZERO).ifPresent(e -> operations.transition(a, e)));
                return new StartOnlinePaymentResult(null, List.of("invoice.inProgress"));
            }
            added.add(operation);
        }
        return new StartOnlinePaymentResult(journey, List.of());
    }

    @Override
    public OnlinePaymentStep proceed(FamilyId familyId, UUID journeyId, int position) {
        List<OnlinePayment> journey = operations.ofJourney(journeyId);
        if (journey.isEmpty() || !journey.get(0).familyId().equals(familyId)) {
            return OnlinePaymentStep.notFound();
        }
        Optional<OnlinePayment> next = journey.stream().filter(o -> o.position() == position).findFirst()
                .flatMap(o -> operations.byIdForUpdate(o.id()))
                .filter(o -> o.state() == org.portailfamille.billing.domain.OnlinePaymentState.CREATED);
        if (next.isEmpty()) {
            return OnlinePaymentStep.done();
        }
        OnlinePayment operation = next.get();
        Invoice invoice = invoices.byId(operation.invoiceId()).orElseThrow();
        String prefix = regies.byId(operation.regieId()).map(Regie::prefix).orElseThrow();
        PaymentGateway.CreatedOperation created;
        try {
            created = gateway.create(new PaymentGateway.NewOperation(operation.id(), prefix, operation.invoiceNumber(),
                    invoice.issueDate().getYear(), operation.amount()));
        } catch (PaymentGateway.ProviderUnavailable e) {
            LOG.log(System.Logger.Level.WARNING, "Payment provider unavailable: {0}", e.getMessage());
            return new OnlinePaymentStep(true, null, true);
        }
        OnlinePayment sent = operation.sentToProvider(created.providerOperationId(), clock.instant()).orElseThrow();
        if (!operations.transition(operation, sent)) {
            throw new IllegalStateException("Operation " + operation.id() + " changed while locked");
        }
        return new OnlinePaymentStep(true, created.paymentPage(), false);
    }

    @Override
    public Optional<OnlinePaymentJourney> journey(FamilyId familyId, UUID journeyId) {
        return journeyView(familyId, operations.ofJourney(journeyId), null);
    }

    @Override
    public Optional<OnlinePaymentJourney> journeyOfOperation(FamilyId familyId, UUID operationId) {
        return operations.byId(operationId).filter(o -> o.familyId().equals(familyId))
                .flatMap(o -> journeyView(familyId, operations.ofJourney(o.journeyId()), o.id()));
    }

    private Optional<OnlinePaymentJourney> journeyView(FamilyId familyId, List<OnlinePayment> journey,
                                                       @Nullable UUID current) {
        if (journey.isEmpty() || !journey.get(0).familyId().equals(familyId)) {
            return Optional.empty();
        }
        Map<RegieId, String> names = new HashMap<>();
        List<OnlinePaymentView> views = journey.stream().map(o -> new OnlinePaymentView(o.id(), o.position(),
                o.invoiceNumber(), names.computeIfAbsent(o.regieId(), id -> regies.byId(id).map(Regie::name).orElse("")),
                o.amount().amount(), o.state().name())).toList();
        return Optional.of(new OnlinePaymentJourney(journey.get(0).journeyId(), views,
                views.stream().filter(v -> v.id().equals(current)).findFirst().orElse(null),
                views.stream().filter(OnlinePaymentView::notStarted).findFirst().orElse(null)));
    }

    // --- the provider's word -------------------------------------------------------------------------------------

    @Override
    public Outcome handle(Map<String, String> notification) {
        Optional<String> providerId = gateway.authenticate(notification);
        if (providerId.isEmpty()) {
            return Outcome.FORGED;
        }
        Optional<OnlinePayment> operation = operations.byProviderOperationIdForUpdate(providerId.get());
        if (operation.isEmpty()) {
            return Outcome.UNKNOWN;
        }
        PaymentGateway.ProviderStatus status;
        try {
            status = gateway.status(providerId.get());
        } catch (PaymentGateway.ProviderUnavailable e) {
            LOG.log(System.Logger.Level.WARNING, "Status of {0} not available: {1}", providerId.get(), e.getMessage());
            return Outcome.UNAVAILABLE;
        }
        return settle(operation.get(), status);
    }

    /** Applies the provider's status to the (locked) operation; records the payment when it is newly paid. */
    private Outcome settle(OnlinePayment operation, PaymentGateway.ProviderStatus status) {
        Instant now = clock.instant();
        Optional<OnlinePayment> next;
        if (operation.wouldRecordPayment(status.result())) {
            if (status.amount() == null || status.amount().compareTo(operation.amount()) != 0) {
                LOG.log(System.Logger.Level.WARNING, "Operation {0}: the provider's amount {1} is not {2}; not recorded",
                        operation.id(), status.amount(), operation.amount());
                return Outcome.UNCHANGED;
            }
            Payment payment = record(operation, status);
            next = operation.confirmed(ProviderResult.PAID, payment.id(), status.transactionNumber(), now);
        } else {
            next = operation.confirmed(status.result(), null, null, now);
        }
        if (next.isEmpty()) {
            return Outcome.UNCHANGED;
        }
        if (!operations.transition(operation, next.get())) {
            // cannot happen under the row lock; if it does, the payment recorded above is rolled back with it
            throw new IllegalStateException("Operation " + operation.id() + " changed while locked");
        }
        return next.get().paymentId() != null ? Outcome.RECORDED : Outcome.CLOSED;
    }

    private Payment record(OnlinePayment operation, PaymentGateway.ProviderStatus status) {
        List<Invoice> open = invoices.ofFamilyAtRegieForUpdate(operation.familyId(), operation.regieId());
        Money due = open.stream().filter(i -> i.id().equals(operation.invoiceId())).findFirst()
                .map(i -> due(List.of(i)).get(i.id())).orElse(Money.ZERO);
        LocalDate date = status.date() != null ? status.date() : LocalDate.now(clock);
        String reference = status.transactionNumber() == null ? null
                : status.transactionNumber().substring(0, Math.min(50, status.transactionNumber().length()));
        Payment payment = new Payment(UUID.randomUUID(), operation.regieId(), operation.familyId(),
                regies.takeNextPaymentNumber(operation.regieId()), date,
                status.directDebit() ? PaymentMethod.ONLINE_DIRECT_DEBIT : PaymentMethod.ONLINE_CARD,
                operation.amount(), operation.invoiceId(), reference);
        payments.add(payment);
        ledger.append(LedgerEntry.credit(payment));
        Money allocated = due.compareTo(payment.amount()) < 0 ? due : payment.amount();
        if (allocated.isPositive()) {
            // what exceeds the invoice (paid meanwhile by other means) stays as a credit on the account
            allocations.add(new Allocation(payment.id(), operation.invoiceId(), allocated));
        }
        return payment;
    }

    @Override
    public Report reconcile() {
        Instant now = clock.instant();
        int checked = 0;
        int recorded = 0;
        int closed = 0;
        int expired = 0;
        for (UUID id : operations.openCreatedBefore(now.minus(settings.reconcileAfter()), RECONCILE_BATCH)) {
            Optional<OnlinePayment> found = operations.byIdForUpdate(id).filter(o -> o.state().isActive());
            if (found.isEmpty()) {
                continue;
            }
            checked++;
            OnlinePayment operation = found.get();
            if (operation.providerOperationId() != null) {
                try {
                    Outcome outcome = settle(operation, gateway.status(operation.providerOperationId()));
                    if (outcome == Outcome.RECORDED) {
                        recorded++;
                        continue;
                    }
                    if (outcome == Outcome.CLOSED) {
                        closed++;
                        continue;
                    }
                } catch (PaymentGateway.ProviderUnavailable e) {
                    LOG.log(System.Logger.Level.WARNING, "Reconciliation of {0} postponed: {1}", id, e.getMessage());
                }
                operation = operations.byIdForUpdate(id).orElseThrow();
            }
            Optional<OnlinePayment> gone = operation.expiredAt(now, settings.expireAfter());
            if (gone.isPresent() && operations.transition(operation, gone.get())) {
                expired++;
            }
        }
        return new Report(checked, recorded, closed, expired);
    }
}
