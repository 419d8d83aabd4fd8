package org.portailfamille.billing;

import org.junit.jupiter.api.Test;
import org.portailfamille.PortalIntegrationTest;
import org.portailfamille.TestClock;
import org.portailfamille.billing.application.port.in.CreateRegieCommand;
import org.portailfamille.billing.application.port.in.CreateRegieUseCase;
import org.portailfamille.billing.application.port.in.IssueInvoiceCommand;
import org.portailfamille.billing.application.port.in.IssueInvoiceUseCase;
import org.portailfamille.billing.application.port.in.ListPayableInvoicesUseCase;
import org.portailfamille.billing.application.port.in.OnlinePaymentStep;
import org.portailfamille.billing.application.port.in.PayableInvoice;
import org.portailfamille.billing.application.port.in.ProceedOnlinePaymentUseCase;
import org.portailfamille.billing.application.port.in.ReconcileOnlinePaymentsUseCase;
import org.portailfamille.billing.application.port.in.StartOnlinePaymentCommand;
import org.portailfamille.billing.application.port.in.StartOnlinePaymentResult;
import org.portailfamille.billing.application.port.in.StartOnlinePaymentUseCase;
import org.portailfamille.platform.payfip.PayfipSimulator;
import org.portailfamille.shared.FamilyId;
import org.portailfamille.shared.Money;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Online payment against the demo's PayFiP simulator, through the production adapter over HTTP (ADR 0027): each paid
 * operation is recorded exactly once whatever the notifications (duplicated, out of order, forged), lost
 * notifications are reconciled by the scheduled check, abandoned operations expire.
 */
@PortalIntegrationTest
class OnlinePaymentIntegrationTest {

    private static final AtomicInteger PREFIXES = new AtomicInteger((int) (System.nanoTime() % 100_000));

    @Autowired
    ApplicationContext context;
    @Autowired
    PayfipSimulator simulator;
    @Autowired
    DataSource dataSource;
    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    UUID newRegie() {
        int n = PREFIXES.incrementAndGet();
        StringBuilder prefix = new StringBuilder("P");
        for (int i = 0; i < 5; i++) {
            prefix.append((char) ('A' + n % 26));
            n /= 26;
        }
        return context.getBean(CreateRegieUseCase.class).createRegie(new CreateRegieCommand("Régie " + prefix,
                prefix.toString(), 1, 1));
    }

    String invoice(UUID regie, FamilyId family, String amount) {
        LocalDate today = LocalDate.now(TestClock.PORTAL);
        return context.getBean(IssueInvoiceUseCase.class).issueInvoice(new IssueInvoiceCommand(regie, family,
                today.minusDays(3), today.plusDays(20), today.minusMonths(1).withDayOfMonth(1),
                today.minusMonths(1).withDayOfMonth(28), Money.euros(amount)));
    }

    /** Starts a journey for the invoices and sends each operation to the provider; the provider's operation ids. */
    List<String> journey(FamilyId family, List<String> invoices) {
        StartOnlinePaymentResult started = context.getBean(StartOnlinePaymentUseCase.class)
                .start(new StartOnlinePaymentCommand(family, invoices));
        assertThat(started.problems()).isEmpty();
        List<String> ids = new ArrayList<>();
        for (int position = 0; position < invoices.size(); position++) {
            OnlinePaymentStep step = context.getBean(ProceedOnlinePaymentUseCase.class)
                    .proceed(family, started.journeyId(), position);
            assertThat(step.paymentPage()).as("provider page").isNotNull();
            ids.add(step.paymentPage().getQuery().replace("idop=", ""));
        }
        return ids;
    }

    int notify(String idop, String signature) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                                    + "/paiement-en-ligne/notification"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString("idop=" + idop + "&signature=" + signature))
                            .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    String signed(String idop) {
        return simulator.sign("notification:" + idop);
    }

    JdbcTemplate jdbc() {
        return new JdbcTemplate(dataSource);
    }

    String state(String idop) {
        return jdbc().queryForObject("select state from billing.online_payment where provider_operation_id = ?",
                String.class, idop);
    }

    int paymentsOf(String idop) {
        return jdbc().queryForObject("select count(*) from billing.payment p join billing.online_payment o "
                + "on o.invoice_id = p.invoice_id where o.provider_operation_id = ? and p.method like 'ONLINE_%'",
                Integer.class, idop);
    }

    BigDecimal balance(FamilyId family) {
        return jdbc().queryForObject("select coalesce(sum(debit) - sum(credit), 0) from billing.ledger_entry "
                + "where family_id = ?", BigDecimal.class, family.value());
    }

    @Test
    void a_notification_storm_records_each_paid_operation_exactly_once_and_no_forged_one() throws Exception {
        Random random = new Random(20260406L);
        UUID regieA = newRegie();
        UUID regieB = newRegie();
        int families = 50;
        int perFamily = 10;
        Map<String, FamilyId> familyOf = new HashMap<>();
        Map<String, BigDecimal> amountOf = new HashMap<>();
        Map<FamilyId, BigDecimal> invoicedOf = new HashMap<>();
        List<String> all = new ArrayList<>();
        for (int f = 0; f < families; f++) {
            FamilyId family = new FamilyId(UUID.randomUUID());
            List<String> numbers = new ArrayList<>();
            List<BigDecimal> amounts = new ArrayList<>();
            for (int i = 0; i < perFamily; i++) {
                BigDecimal amount = BigDecimal.valueOf(100 + random.nextInt(30_000), 2);
                numbers.add(invoice(i % 2 == 0 ? regieA : regieB, family, amount.toPlainString()));
                amounts.add(amount);
                invoicedOf.merge(family, amount, BigDecimal::add);
            }
            List<String> ids = journey(family, numbers);
            for (int i = 0; i < ids.size(); i++) {
                familyOf.put(ids.get(i), family);
                amountOf.put(ids.get(i), amounts.get(i));
            }
            all.addAll(ids);
        }
        assertThat(all).hasSize(500);

        // the provider's truth: 60 % paid, 15 % refused, 10 % abandoned, 15 % still in progress
        Map<String, String> truth = new HashMap<>();
        for (String id : all) {
            int draw = random.nextInt(100);
            String result = draw < 60 ? "P" : draw < 75 ? "R" : draw < 85 ? "A" : "E";
            truth.put(id, result);
            if (!"E".equals(result)) {
                simulator.settle(id, result, random.nextBoolean() ? "CB" : "PRLV", PayfipSimulator.Notification.LOST,
                        Duration.ZERO);
            }
        }
        // 1 to 5 notifications each, shuffled; then 10 % more, forged (bad or missing signature, unknown ids)
        record Notification(String idop, String signature, boolean forged) {
        }
        List<Notification> storm = new ArrayList<>();
        for (String id : all) {
            for (int i = 1 + random.nextInt(5); i > 0; i--) {
                storm.add(new Notification(id, signed(id), false));
            }
        }
        int authentic = storm.size();
        for (int i = 0; i < authentic / 9; i++) {
            String id = all.get(random.nextInt(all.size()));
            String forgedSignature = switch (i % 4) {
                case 0 -> "0".repeat(64);
                case 1 -> simulator.sign("notification:" + id + "x");
                case 2 -> "";
                default -> signed(id).substring(0, 63) + (signed(id).endsWith("a") ? "b" : "a");
            };
            storm.add(new Notification(id, forgedSignature, true));
        }
        Collections.shuffle(storm, random);
        assertThat(storm.size() - authentic).isGreaterThanOrEqualTo(storm.size() / 10);

        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> answers = new ArrayList<>();
        for (Notification notification : storm) {
            answers.add(pool.submit(() -> notify(notification.idop(), notification.signature())));
        }
        int forgedRefused = 0;
        for (int i = 0; i < storm.size(); i++) {
            int status = answers.get(i).get();
            if (storm.get(i).forged()) {
                assertThat(status).as("forged notification").isEqualTo(403);
                forgedRefused++;
            } else {
                assertThat(status).as("authentic notification").isEqualTo(200);
            }
        }
        pool.shutdown();
        assertThat(forgedRefused).isEqualTo(storm.size() - authentic);

        Map<FamilyId, BigDecimal> paidOf = new HashMap<>();
        int paid = 0;
        for (String id : all) {
            String expected = switch (truth.get(id)) {
                case "P" -> "PAID";
                case "R" -> "REFUSED";
                case "A" -> "ABANDONED";
                default -> "PENDING";
            };
            assertThat(state(id)).as("operation " + id).isEqualTo(expected);
            assertThat(paymentsOf(id)).as("payments of " + id).isEqualTo("P".equals(truth.get(id)) ? 1 : 0);
            if ("P".equals(truth.get(id))) {
                paid++;
                paidOf.merge(familyOf.get(id), amountOf.get(id), BigDecimal::add);
            }
        }
        Integer online = jdbc().queryForObject("select count(*) from billing.payment p join billing.online_payment o "
                + "on o.payment_id = p.id where o.provider_operation_id in (" + String.join(",",
                all.stream().map(id -> "'" + id + "'").toList()) + ")", Integer.class);
        assertThat(online).as("one payment per paid operation").isEqualTo(paid);
        for (Map.Entry<FamilyId, BigDecimal> family : invoicedOf.entrySet()) {
            assertThat(balance(family.getKey())).as("balance of " + family.getKey())
                    .isEqualByComparingTo(family.getValue().subtract(paidOf.getOrDefault(family.getKey(),
                            BigDecimal.ZERO)));
        }
    }

    @Test
    void a_lost_notification_is_reconciled_by_the_scheduled_check_and_an_abandoned_operation_expires() {
        UUID regie = newRegie();
        FamilyId family = new FamilyId(UUID.randomUUID());
        String lost = invoice(regie, family, "42.50");
        String abandoned = invoice(regie, family, "17.00");
        List<String> ids = journey(family, List.of(lost, abandoned));
        simulator.settle(ids.get(0), "P", "CB", PayfipSimulator.Notification.LOST, Duration.ZERO);
        ListPayableInvoicesUseCase payable = context.getBean(ListPayableInvoicesUseCase.class);
        assertThat(payable.payableInvoices(family)).extracting(PayableInvoice::reason)
                .as("both 'en cours' meanwhile").containsOnly("inProgress");
        assertThat(context.getBean(StartOnlinePaymentUseCase.class).start(new StartOnlinePaymentCommand(family,
                List.of(lost))).problems()).as("cannot be paid twice").containsExactly("invoice.inProgress");

        ReconcileOnlinePaymentsUseCase reconcile = context.getBean(ReconcileOnlinePaymentsUseCase.class);
        reconcile.reconcile();
        assertThat(state(ids.get(0))).as("too early to ask").isEqualTo("PENDING");

        TestClock.PORTAL.advance(Duration.ofMinutes(6));
        reconcile.reconcile();
        assertThat(state(ids.get(0))).as("reconciled").isEqualTo("PAID");
        assertThat(paymentsOf(ids.get(0))).isEqualTo(1);
        assertThat(state(ids.get(1))).as("still within its time").isEqualTo("PENDING");

        TestClock.PORTAL.advance(Duration.ofMinutes(30));
        reconcile.reconcile();
        assertThat(state(ids.get(1))).isEqualTo("EXPIRED");
        assertThat(payable.payableInvoices(family)).singleElement()
                .satisfies(invoice -> {
                    assertThat(invoice.number()).isEqualTo(abandoned);
                    assertThat(invoice.payable()).as("payable again once expired").isTrue();
                });
        assertThat(balance(family)).isEqualByComparingTo("17.00");

        // the family had finished paying after all: the late notification still records the money, once
        simulator.settle(ids.get(1), "P", "PRLV", PayfipSimulator.Notification.LOST, Duration.ZERO);
        assertThat(notify(ids.get(1), signed(ids.get(1)))).isEqualTo(200);
        assertThat(notify(ids.get(1), signed(ids.get(1)))).isEqualTo(200);
        assertThat(state(ids.get(1))).isEqualTo("PAID");
        assertThat(paymentsOf(ids.get(1))).isEqualTo(1);
        assertThat(balance(family)).isEqualByComparingTo("0.00");
        assertThat(jdbc().queryForObject("select method from billing.payment p join billing.online_payment o on "
                + "o.payment_id = p.id where o.provider_operation_id = ?", String.class, ids.get(1)))
                .isEqualTo("ONLINE_DIRECT_DEBIT");
    }

    @Test
    void settings_refuse_amounts_under_the_minimum_and_a_forged_notification_changes_nothing() {
        UUID regie = newRegie();
        FamilyId family = new FamilyId(UUID.randomUUID());
        String tiny = invoice(regie, family, "0.50");
        assertThat(context.getBean(StartOnlinePaymentUseCase.class).start(new StartOnlinePaymentCommand(family,
                List.of(tiny))).problems()).containsExactly("amount.belowMinimum");
        FamilyId other = new FamilyId(UUID.randomUUID());
        String ofOther = invoice(regie, other, "12.00");
        assertThat(context.getBean(StartOnlinePaymentUseCase.class).start(new StartOnlinePaymentCommand(family,
                List.of(ofOther))).problems()).as("another family's invoice").containsExactly("invoice.unknown");

        String id = journey(other, List.of(ofOther)).get(0);
        simulator.settle(id, "P", "CB", PayfipSimulator.Notification.LOST, Duration.ZERO);
        assertThat(notify(id, "f".repeat(64))).isEqualTo(403);
        assertThat(state(id)).isEqualTo("PENDING");
        assertThat(paymentsOf(id)).isZero();
    }
}
