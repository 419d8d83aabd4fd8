package org.portailfamille.platform.outbox;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.portailfamille.PortalApplication;
import org.portailfamille.TestAccounts;
import org.portailfamille.security.Browser;
import org.portailfamille.security.TestAddresses;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The persistent outbox end to end (ADR 0020): real PostgreSQL, real SMTP (GreenMail) behind a switch that slows it
 * down or makes it fail. Each test tells its mails apart by a prefix of their idempotency keys.
 */
@SpringBootTest(classes = {PortalApplication.class, OutboxDeliveryIntegrationTest.SlowOrFailingSmtp.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"portal.outbox.poll-interval=PT0.1S", "portal.outbox.initial-backoff=PT0.05S",
                "portal.outbox.max-backoff=PT0.5S", "portal.outbox.max-attempts=20", "portal.outbox.batch-size=50",
                "portal.messaging.booking-reminder.enabled=false",
                "portal.storage.certificates=${java.io.tmpdir}/portail-famille-tests/certificates",
                "portal.storage.attachments=${java.io.tmpdir}/portail-famille-tests/attachments"})
class OutboxDeliveryIntegrationTest {

    @TestConfiguration(proxyBeanMethods = false)
    static class SlowOrFailingSmtp {
        @Bean
        @Primary
        ControllableMailSender controllableMailSender(@Qualifier("demoMailSender") JavaMailSender demo) {
            return new ControllableMailSender(demo);
        }
    }

    @Autowired ApplicationContext context;
    @Autowired JdbcOutbox outbox;
    @Autowired OutboxWorker worker;
    @Autowired GreenMail mailServer;
    @Autowired ControllableMailSender smtp;
    @Autowired MailNotificationSender mailSender;
    @Autowired PlatformTransactionManager transactionManager;
    @Autowired DataSource dataSource;
    @LocalServerPort int port;

    final List<OutboxWorker> extraWorkers = new ArrayList<>();

    @AfterEach
    void reset() {
        extraWorkers.forEach(OutboxWorker::stop);
        smtp.failureRate = 0;
        smtp.delayMillis = 0;
    }

    OutboxWorker anotherInstance(int batchSize, Duration lease) {
        OutboxWorker other = new OutboxWorker(outbox, new TransactionTemplate(transactionManager), List.of(mailSender),
                new OutboxWorker.Settings(Duration.ofMillis(100), batchSize, 10, 20, Duration.ofMillis(50),
                        Duration.ofMillis(500), lease), false);
        extraWorkers.add(other);
        return other;
    }

    void enqueue(String prefix, int count) {
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        transaction.executeWithoutResult(status -> IntStream.range(0, count).forEach(i -> outbox.enqueue(
                OutgoingNotification.email(prefix + i, "parent" + i + "@outbox.example", "Message " + i,
                        "Texte " + i, "test"))));
    }

    /** How many mails arrived per idempotency key of this test. */
    Map<String, Long> receivedByKey(String prefix) {
        return Arrays.stream(mailServer.getReceivedMessages()).map(OutboxDeliveryIntegrationTest::keyOf)
                .filter(key -> key != null && key.startsWith(prefix))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    static String keyOf(MimeMessage mail) {
        try {
            String[] header = mail.getHeader(MailNotificationSender.IDEMPOTENCY_HEADER);
            return header == null ? null : header[0];
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    int claimedBy(OutboxWorker instance) {
        return new JdbcTemplate(dataSource).queryForObject("select count(*) from platform.outbox "
                + "where status = 'SENDING' and claimed_by = ?", Integer.class, instance.workerId());
    }

    int countWithStatus(String prefix, String status) {
        return new JdbcTemplate(dataSource).queryForObject("select count(*) from platform.outbox "
                + "where idempotency_key like ? and status = ?", Integer.class, prefix + "%", status);
    }

    @Test
    void a_thousand_notifications_with_a_server_failing_one_time_in_ten_and_a_restart_are_all_delivered_exactly_once() {
        String prefix = "thousand-" + System.nanoTime() + "-";
        smtp.failureRate = 0.10;
        smtp.delayMillis = 1;
        anotherInstance(25, Duration.ofMinutes(2)).start(); // two instances share the work (SKIP LOCKED)

        enqueue(prefix, 1000);
        enqueue(prefix, 1000); // the same events replayed: nothing enqueued twice

        // the portal's own worker is restarted in the middle (a graceful shutdown: its batch is finished and marked)
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20))
                .until(() -> countWithStatus(prefix, "SENT") >= 300);
        worker.stop();
        int sentAtRestart = countWithStatus(prefix, "SENT");
        assertThat(claimedBy(worker)).as("the stopped worker left no claim behind").isZero();
        worker.start();
        assertThat(sentAtRestart).as("restarted in the middle").isLessThan(1000);

        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250))
                .until(() -> countWithStatus(prefix, "SENT") == 1000);
        Map<String, Long> received = receivedByKey(prefix);
        assertThat(received).hasSize(1000);
        assertThat(received.values()).allMatch(count -> count == 1);
        List<String> messageIds = Arrays.stream(mailServer.getReceivedMessages())
                .filter(mail -> { String key = keyOf(mail); return key != null && key.startsWith(prefix); })
                .map(OutboxDeliveryIntegrationTest::messageIdOf).toList();
        assertThat(messageIds).as("total received").hasSize(1000);
        assertThat(new HashSet<>(messageIds)).as("distinct Message-IDs").hasSize(1000);
        assertThat(countWithStatus(prefix, "FAILED")).isZero();
        assertThat(new JdbcTemplate(dataSource).queryForObject("select count(*) from platform.outbox "
                + "where idempotency_key like ? and attempts > 1", Integer.class, prefix + "%"))
                .as("some were retried").isPositive();
    }

    static String messageIdOf(MimeMessage mail) {
        try {
            return mail.getMessageID();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void a_crash_in_the_middle_loses_nothing_and_duplicates_only_what_was_in_flight() throws Exception {
        String prefix = "crash-" + System.nanoTime() + "-";
        worker.stop(); // the portal's own worker is down too: the crashed instance is alone at first
        try {
            OutboxWorker drain = anotherInstance(50, Duration.ofMinutes(2));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                drain.poll(); // what earlier tests left, so that the crashed instance claims this test's rows
                return new JdbcTemplate(dataSource).queryForObject("select count(*) from platform.outbox "
                        + "where status in ('PENDING', 'SENDING')", Integer.class) == 0;
            });
            enqueue(prefix, 200);
            // an instance claims 100 rows, hands 5 to the SMTP server and dies before recording them SENT
            List<OutboxEntry> claimed = new TransactionTemplate(transactionManager).execute(status ->
                    outbox.claim("crashed-instance", 100, Duration.ofSeconds(8)));
            assertThat(claimed).hasSize(100);
            Set<String> inFlight = new HashSet<>();
            for (OutboxEntry entry : claimed.subList(0, 5)) {
                mailSender.send(entry);
                inFlight.add(entry.idempotencyKey());
            }
            // a restarted instance: the other 100 at once, the crashed claims once their lease has expired
            OutboxWorker restarted = anotherInstance(30, Duration.ofMinutes(2));
            restarted.poll();
            assertThat(countWithStatus(prefix, "SENT")).isEqualTo(100);
            assertThat(countWithStatus(prefix, "SENDING")).as("still claimed by the crashed instance").isEqualTo(100);
            restarted.start();

            await().atMost(Duration.ofSeconds(60)).until(() -> countWithStatus(prefix, "SENT") == 200);
            Map<String, Long> received = receivedByKey(prefix);
            assertThat(received).as("none lost").hasSize(200);
            Map<String, Long> duplicated = received.entrySet().stream().filter(e -> e.getValue() > 1)
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            // at least once: only mails the SMTP server accepted before the crash could be recorded are sent again
            assertThat(duplicated.keySet()).isSubsetOf(inFlight);
            assertThat(duplicated.values()).allMatch(count -> count == 2);
            assertThat(received.entrySet().stream().filter(e -> !inFlight.contains(e.getKey())))
                    .allMatch(e -> e.getValue() == 1);
            // a duplicate is identifiable: both copies carry the row's one Message-ID
            Map<String, Set<String>> idsByKey = Arrays.stream(mailServer.getReceivedMessages())
                    .filter(mail -> { String key = keyOf(mail); return key != null && key.startsWith(prefix); })
                    .collect(Collectors.groupingBy(OutboxDeliveryIntegrationTest::keyOf,
                            Collectors.mapping(OutboxDeliveryIntegrationTest::messageIdOf, Collectors.toSet())));
            assertThat(idsByKey).hasSize(200).allSatisfy((key, ids) -> assertThat(ids).hasSize(1));
            for (OutboxEntry entry : claimed.subList(0, 5)) {
                assertThat(idsByKey.get(entry.idempotencyKey())).containsExactly(mailSender.messageId(entry));
            }
        } finally {
            worker.start();
        }
    }

    @Test
    void a_worker_stopped_mid_batch_leaves_no_duplicate_to_the_next_one() {
        String prefix = "stop-" + System.nanoTime() + "-";
        worker.stop();
        try {
            smtp.delayMillis = 20;
            OutboxWorker first = anotherInstance(10, Duration.ofSeconds(2));
            enqueue(prefix, 60);
            first.start();
            await().atMost(Duration.ofSeconds(10)).until(() -> countWithStatus(prefix, "SENT") >= 15);
            first.stop(); // graceful: the send in flight is finished and recorded, the rest of the batch handed back
            assertThat(claimedBy(first)).as("no claim left to expire").isZero();
            int sentBefore = countWithStatus(prefix, "SENT");
            assertThat(sentBefore).isLessThan(60);
            anotherInstance(10, Duration.ofSeconds(2)).start();
            await().atMost(Duration.ofSeconds(20)).until(() -> countWithStatus(prefix, "SENT") == 60);
            assertThat(receivedByKey(prefix)).hasSize(60).allSatisfy((key, count) -> assertThat(count).isEqualTo(1));
        } finally {
            worker.start();
        }
    }

    @Test
    void a_refused_address_is_recorded_failed_and_listed_for_staff() {
        String key = "refused-" + System.nanoTime();
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> outbox.enqueue(
                OutgoingNotification.email(key, "pas une adresse@@", "Sujet", "Texte", "family:test")));
        await().atMost(Duration.ofSeconds(10)).until(() -> outbox.byKey(key)
                .filter(entry -> entry.status() == OutboxStatus.FAILED).isPresent());
        assertThat(outbox.failures(500)).anySatisfy(failure -> {
            assertThat(failure.idempotencyKey()).isEqualTo(key);
            assertThat(failure.lastError()).isNotBlank();
            assertThat(failure.reference()).isEqualTo("family:test");
        });
    }

    @Test
    void forgotten_password_answers_in_the_same_time_for_known_and_unknown_identifiants() {
        smtp.delayMillis = 300; // a slow mail server: the request must not wait for it
        TestAccounts accounts = new TestAccounts(context);
        List<TestAccounts.Parent> parents = IntStream.range(0, 20).mapToObj(i -> accounts.newParent("Oubli-Test-2026",
                false, "oubli.temps." + System.nanoTime() + "@example.org")).toList();
        // warm up both paths
        for (int i = 0; i < 5; i++) {
            time("inconnu" + System.nanoTime());
            time("inconnu" + System.nanoTime() + "@example.org");
        }
        List<Long> known = new ArrayList<>();
        List<Long> unknown = new ArrayList<>();
        for (TestAccounts.Parent parent : parents) {
            known.add(time(parent.username()));
            unknown.add(time("parent" + (900_000_000L + System.nanoTime() % 1_000_000)));
        }
        long knownMedian = median(known);
        long unknownMedian = median(unknown);
        assertThat(Math.abs(knownMedian - unknownMedian)).as("known %d ms, unknown %d ms", knownMedian / 1_000_000,
                unknownMedian / 1_000_000).isLessThan(Duration.ofMillis(30).toNanos());
        assertThat(knownMedian).isLessThan(Duration.ofMillis(300).toNanos());
        // and the known ones do get their link, later, from the worker
        await().atMost(Duration.ofSeconds(60)).until(() -> parents.stream().allMatch(parent ->
                new JdbcTemplate(dataSource).queryForObject(
                        "select count(*) from platform.outbox where recipient = ? and status = 'SENT'", Integer.class,
                        parent.email()) == 1));
    }

    long time(String identifier) {
        Browser browser = new Browser(port, TestAddresses.next());
        String token = browser.csrfTokenFrom("/mot-de-passe/oublie");
        long start = System.nanoTime();
        Browser.Response response = browser.post("/mot-de-passe/oublie", Map.of("identifier", identifier,
                "_csrf", token));
        long elapsed = System.nanoTime() - start;
        assertThat(response.status()).isEqualTo(200);
        return elapsed;
    }

    static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
