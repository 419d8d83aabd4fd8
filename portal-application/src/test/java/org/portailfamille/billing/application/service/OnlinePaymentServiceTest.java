package org.portailfamille.billing.application.service;

import org.junit.jupiter.api.Test;
import org.portailfamille.billing.application.port.in.CreateRegieCommand;
import org.portailfamille.billing.application.port.in.IssueInvoiceCommand;
import org.portailfamille.billing.application.port.in.PayableInvoice;
import org.portailfamille.billing.application.port.in.StartOnlinePaymentCommand;
import org.portailfamille.billing.application.port.out.OnlinePayments;
import org.portailfamille.billing.application.port.out.PaymentGateway;
import org.portailfamille.billing.domain.OnlinePayment;
import org.portailfamille.billing.domain.ProviderResult;
import org.portailfamille.shared.FamilyId;
import org.portailfamille.shared.Money;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The online payment service's rules with the billing store in memory and the provider faked (the world's edge):
 * the settings (régies accepting online payment, minimum amount), one open operation per invoice, a journey across
 * régies, and the provider's word deciding.
 */
class OnlinePaymentServiceTest {

    private final InMemoryBilling store = new InMemoryBilling();
    private final Clock clock = Clock.fixed(Instant.parse("2015-06-01T10:00:00Z"), ZoneOffset.UTC);
    private final Map<UUID, OnlinePayment> rows = new ConcurrentHashMap<>();
    private final Map<String, PaymentGateway.ProviderStatus> provider = new ConcurrentHashMap<>();

    private final OnlinePayments operations = new OnlinePayments() {
        @Override public boolean add(OnlinePayment operation) {
            if (rows.values().stream().anyMatch(o -> o.invoiceId().equals(operation.invoiceId()) && o.state().isActive())) {
                return false;
            }
            rows.put(operation.id(), operation);
            return true;
        }
        @Override public Optional<OnlinePayment> byId(UUID id) { return Optional.ofNullable(rows.get(id)); }
        @Override public Optional<OnlinePayment> byIdForUpdate(UUID id) { return byId(id); }
        @Override public Optional<OnlinePayment> byProviderOperationIdForUpdate(String id) {
            return rows.values().stream().filter(o -> id.equals(o.providerOperationId())).findFirst();
        }
        @Override public List<OnlinePayment> ofJourney(UUID journeyId) {
            return rows.values().stream().filter(o -> o.journeyId().equals(journeyId))
                    .sorted(Comparator.comparingInt(OnlinePayment::position)).toList();
        }
        @Override public boolean transition(OnlinePayment from, OnlinePayment to) {
            return rows.replace(from.id(), from, to);
        }
        @Override public Set<UUID> openInvoiceIds(Collection<UUID> invoiceIds) {
            return rows.values().stream().filter(o -> o.state().isActive() && invoiceIds.contains(o.invoiceId()))
                    .map(OnlinePayment::invoiceId).collect(Collectors.toSet());
        }
        @Override public List<UUID> openCreatedBefore(Instant instant, int limit) {
            return rows.values().stream().filter(o -> o.state().isActive() && !o.createdAt().isAfter(instant))
                    .map(OnlinePayment::id).limit(limit).toList();
        }
        @Override public List<OnlinePayment> ofFamily(FamilyId familyId) {
            return rows.values().stream().filter(o -> o.familyId().equals(familyId)).toList();
        }
    };

    private final PaymentGateway gateway = new PaymentGateway() {
        @Override public CreatedOperation create(NewOperation operation) {
            String id = "OP" + operation.operationId().toString().substring(0, 8);
            provider.put(id, new ProviderStatus(ProviderResult.IN_PROGRESS, null, false, null, null));
            return new CreatedOperation(id, URI.create("https://provider.example/paiement?idop=" + id));
        }
        @Override public Optional<String> authenticate(Map<String, String> notification) {
            return "good".equals(notification.get("signature")) ? Optional.ofNullable(notification.get("idop"))
                    : Optional.empty();
        }
        @Override public ProviderStatus status(String providerOperationId) {
            return provider.get(providerOperationId);
        }
    };

    private final UUID alsh = new CreateRegieService(store.regies).createRegie(
            new CreateRegieCommand("Régie garderie ALSH", "AL", 12, 228));
    private final UUID canteen = new CreateRegieService(store.regies).createRegie(
            new CreateRegieCommand("Régie cantine", "CA", 1, 1));
    private final UUID noOnline = new CreateRegieService(store.regies).createRegie(
            new CreateRegieCommand("Régie piscine", "PI", 1, 1));
    private final OnlinePaymentService service = new OnlinePaymentService(store.regies, store.invoices,
            store.allocations, store.payments, store.ledger, operations, gateway,
            new OnlinePaymentSettings(Money.euros("5.00"), Set.of("AL", "CA"), Duration.ofMinutes(5),
                    Duration.ofMinutes(30)), clock);
    private final FamilyId dupont = FamilyId.newId();

    private String invoice(UUID regie, String amount) {
        return new IssueInvoiceService(store.regies, store.invoices, store.ledger).issueInvoice(new IssueInvoiceCommand(
                regie, dupont, LocalDate.of(2015, 4, 8), LocalDate.of(2015, 4, 30), LocalDate.of(2015, 4, 1),
                LocalDate.of(2015, 4, 30), Money.euros(amount)));
    }

    @Test
    void settings_decide_which_invoices_can_be_paid_online_and_say_why_not() {
        String ok = invoice(alsh, "120.60");
        String tiny = invoice(canteen, "4.99");
        String pool = invoice(noOnline, "30.00");
        assertThat(service.payableInvoices(dupont)).extracting(PayableInvoice::number, PayableInvoice::reason)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(ok, null),
                        org.assertj.core.groups.Tuple.tuple(tiny, "belowMinimum"),
                        org.assertj.core.groups.Tuple.tuple(pool, "regieNotAccepted"));
        assertThat(service.start(new StartOnlinePaymentCommand(dupont, List.of(ok, tiny, pool))).problems())
                .containsExactly("amount.belowMinimum", "regie.notAccepted");
        assertThat(service.start(new StartOnlinePaymentCommand(dupont, List.of())).problems())
                .containsExactly("none.selected");
        assertThat(rows).as("nothing stored on a refusal").isEmpty();
        assertThat(service.minimumAmount()).isEqualByComparingTo("5.00");
    }

    @Test
    void a_journey_across_regies_goes_one_invoice_after_the_other_and_only_the_provider_decides() {
        String first = invoice(alsh, "120.60");
        String second = invoice(canteen, "45.00");
        var started = service.start(new StartOnlinePaymentCommand(dupont, List.of(first, second)));
        assertThat(started.started()).isTrue();
        assertThat(service.start(new StartOnlinePaymentCommand(dupont, List.of(second))).problems())
                .as("en cours: not twice").containsExactly("invoice.inProgress");

        var step = service.proceed(dupont, started.journeyId(), 0);
        assertThat(step.paymentPage()).hasToString("https://provider.example/paiement?idop=OP"
                + service.journey(dupont, started.journeyId()).orElseThrow().operations().get(0).id().toString()
                .substring(0, 8));
        assertThat(service.proceed(dupont, started.journeyId(), 0).paymentPage()).as("posted twice").isNull();
        assertThat(service.proceed(FamilyId.newId(), started.journeyId(), 1).found()).as("another family").isFalse();
        String idop = step.paymentPage().getQuery().substring("idop=".length());

        assertThat(service.handle(Map.of("idop", idop, "signature", "forged"))).isEqualTo(
                org.portailfamille.billing.application.port.in.HandlePaymentNotificationUseCase.Outcome.FORGED);
        assertThat(service.handle(Map.of("idop", idop, "signature", "good"))).as("provider says: in progress")
                .isEqualTo(org.portailfamille.billing.application.port.in.HandlePaymentNotificationUseCase.Outcome.UNCHANGED);
        provider.put(idop, new PaymentGateway.ProviderStatus(ProviderResult.PAID, Money.euros("120.60"), true,
                "AUT1", LocalDate.of(2015, 6, 1)));
        for (int i = 0; i < 3; i++) {
            service.handle(Map.of("idop", idop, "signature", "good"));
        }
        assertThat(store.paymentRows).singleElement().satisfies(p -> {
            assertThat(p.amount()).isEqualTo(Money.euros("120.60"));
            assertThat(p.method().isOnline()).isTrue();
            assertThat(p.number().toString()).isEqualTo("AL-228");
        });
        var journey = service.journey(dupont, started.journeyId()).orElseThrow();
        assertThat(journey.operations()).extracting(v -> v.state()).containsExactly("PAID", "CREATED");
        assertThat(journey.next().invoiceNumber()).isEqualTo(second);
        assertThat(service.payableInvoices(dupont)).extracting(PayableInvoice::number).containsExactly(second);
    }

    @Test
    void a_paid_status_of_another_amount_records_nothing_and_an_unreachable_provider_sends_nobody() {
        String number = invoice(alsh, "80.00");
        var started = service.start(new StartOnlinePaymentCommand(dupont, List.of(number)));
        String idop = service.proceed(dupont, started.journeyId(), 0).paymentPage().getQuery().substring(5);
        provider.put(idop, new PaymentGateway.ProviderStatus(ProviderResult.PAID, Money.euros("8.00"), false, "X", null));
        service.handle(Map.of("idop", idop, "signature", "good"));
        assertThat(store.paymentRows).isEmpty();
        assertThat(service.journey(dupont, started.journeyId()).orElseThrow().operations().get(0).state())
                .isEqualTo("PENDING");

        OnlinePaymentService unreachable = new OnlinePaymentService(store.regies, store.invoices, store.allocations,
                store.payments, store.ledger, operations, new PaymentGateway() {
                    @Override public CreatedOperation create(NewOperation operation) {
                        throw new ProviderUnavailable("down", null);
                    }
                    @Override public Optional<String> authenticate(Map<String, String> notification) {
                        return Optional.empty();
                    }
                    @Override public ProviderStatus status(String providerOperationId) {
                        throw new ProviderUnavailable("down", null);
                    }
                }, new OnlinePaymentSettings(Money.euros("1.00"), Set.of("*"), Duration.ZERO, Duration.ofMinutes(30)),
                clock);
        String other = invoice(canteen, "10.00");
        var second = unreachable.start(new StartOnlinePaymentCommand(dupont, List.of(other)));
        var step = unreachable.proceed(dupont, second.journeyId(), 0);
        assertThat(step.providerUnavailable()).isTrue();
        assertThat(step.paymentPage()).isNull();
        assertThat(unreachable.journey(dupont, second.journeyId()).orElseThrow().operations().get(0).state())
                .as("still to send: the family may try again").isEqualTo("CREATED");
    }
}
