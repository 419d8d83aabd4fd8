package org.portailfamille.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.portailfamille.PortalIntegrationTest;
import org.portailfamille.TestAccounts;
import org.portailfamille.TestAccounts.Parent;
import org.portailfamille.billing.application.port.in.CreateRegieCommand;
import org.portailfamille.billing.application.port.in.CreateRegieUseCase;
import org.portailfamille.billing.application.port.in.IssueInvoiceCommand;
import org.portailfamille.billing.application.port.in.IssueInvoiceUseCase;
import org.portailfamille.billing.application.port.in.RecordPaymentCommand;
import org.portailfamille.billing.application.port.in.RecordPaymentUseCase;
import org.portailfamille.messaging.application.port.in.SendMessageToFamilyCommand;
import org.portailfamille.messaging.application.port.in.SendMessageToFamilyUseCase;
import org.portailfamille.shared.Money;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmark (profile {@code bench}, never part of {@code ./mvnw verify}): the family home page under load, on
 * a city-sized data set, beside what PostgreSQL itself does with the page's SQL (pgbench, same machine, same
 * run). Prints its figures and writes them to {@code target/bench/home-page.md}.
 */
@PortalIntegrationTest
class HomePageBench {

    private static final Logger log = LoggerFactory.getLogger(HomePageBench.class);

    static final int FAMILIES = Integer.getInteger("bench.families", 3000);
    static final int USERS = Integer.getInteger("bench.users", 16);
    static final Duration WARM_UP = Duration.ofSeconds(Integer.getInteger("bench.warmup", 10));
    static final Duration RUN = Duration.ofSeconds(Integer.getInteger("bench.seconds", 30));

    @Autowired ApplicationContext context;
    @Autowired CreateRegieUseCase createRegie;
    @Autowired IssueInvoiceUseCase issueInvoice;
    @Autowired RecordPaymentUseCase recordPayment;
    @Autowired SendMessageToFamilyUseCase sendMessage;
    @Autowired EmbeddedPostgres postgres;
    @LocalServerPort int port;

    @Test
    void home_page_under_load() throws Exception {
        TestAccounts accounts = new TestAccounts(context);
        long setupStart = System.nanoTime();
        UUID regie = createRegie.createRegie(new CreateRegieCommand("Régie bench", "BE", 1, 1));
        List<Parent> parents = new ArrayList<>();
        LocalDate today = LocalDate.now();
        for (int i = 0; i < FAMILIES; i++) {
            Parent parent = i < USERS ? accounts.newParent("Benchmark-2026") : null;
            var familyId = parent != null ? parent.familyId() : accounts.newFamilyWithoutLogin();
            if (parent != null) {
                parents.add(parent);
            }
            for (int month = 1; month <= 6; month++) {
                LocalDate issued = today.minusMonths(month);
                String number = issueInvoice.issueInvoice(new IssueInvoiceCommand(regie, familyId, issued,
                        issued.plusDays(20), issued.withDayOfMonth(1), issued.withDayOfMonth(1).plusDays(27),
                        Money.euros((50 + i % 70) + ".40")));
                if (month > 1) {
                    recordPayment.recordPayment(new RecordPaymentCommand(number, issued.plusDays(5), "CHEQUE",
                            Money.euros((50 + i % 70) + ".40")));
                }
            }
            sendMessage.sendMessageToFamily(new SendMessageToFamilyCommand(familyId, "ALSH", "Info", "Message " + i));
        }
        double setupSeconds = (System.nanoTime() - setupStart) / 1e9;

        List<HttpClient> clients = new ArrayList<>();
        for (Parent parent : parents) {
            clients.add(logIn(parent));
        }
        run(clients, WARM_UP, new ConcurrentLinkedQueue<>(), new AtomicInteger());
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger errors = new AtomicInteger();
        long start = System.nanoTime();
        run(clients, RUN, latencies, errors);
        double seconds = (System.nanoTime() - start) / 1e9;

        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        double throughput = sorted.length / seconds;
        String pgbench = pgbench(parents);
        String report = String.join("\n",
                "## Family home page (GET /famille/accueil) — " + java.time.LocalDateTime.now().withNano(0),
                "",
                "- data set: " + FAMILIES + " families, " + FAMILIES * 6 + " invoices, " + FAMILIES * 5
                        + " payments, " + FAMILIES + " messages (set-up " + String.format("%.0f", setupSeconds) + " s)",
                "- load: " + USERS + " logged-in parents in parallel, " + RUN.toSeconds() + " s after "
                        + WARM_UP.toSeconds() + " s of warm-up, loopback HTTP",
                "- requests: " + sorted.length + ", errors: " + errors.get(),
                String.format("- throughput: %.0f pages/s", throughput),
                String.format("- latency: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms",
                        percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
                        sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6),
                "- PostgreSQL alone, the page's SQL (pgbench, same " + USERS + " clients, " + RUN.toSeconds() + " s): "
                        + pgbench,
                String.format("- ratio portal / PostgreSQL: %.2f", throughput / pgbenchTps),
                "");
        log.info("\n{}", report);
        Path out = Path.of("target/bench/home-page.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        assertThat(errors.get()).isZero();
    }

    private double pgbenchTps = Double.NaN;

    private String pgbench(List<Parent> parents) throws IOException, InterruptedException {
        Path binary = Arrays.stream(new String[]{"/usr/lib/postgresql/17/bin/pgbench", "/usr/lib/postgresql/16/bin/pgbench",
                "/usr/lib/postgresql/15/bin/pgbench", "/usr/bin/pgbench"}).map(Path::of).filter(Files::isExecutable)
                .findFirst().orElse(null);
        if (binary == null) {
            return "not measured (pgbench not installed: apt-get install postgresql-client)";
        }
        String ids = parents.stream().map(p -> "'" + p.familyId() + "'").collect(Collectors.joining(","));
        // The SQL of one home page: family summary, unread messages, balance, invoices, their payments, session.
        String script = String.join("\n",
                "\\set n random(1, " + parents.size() + ")",
                "SELECT f.*, p.* FROM accounts.family f LEFT JOIN accounts.partner p ON p.family_id = f.id "
                        + "WHERE f.id = (ARRAY[" + ids + "]::uuid[])[:n];",
                "SELECT count(*) FROM messaging.message WHERE family_id = (ARRAY[" + ids + "]::uuid[])[:n] "
                        + "AND direction = 'TO_FAMILY' AND read_at IS NULL;",
                "SELECT coalesce(sum(debit - credit), 0) FROM billing.ledger_entry "
                        + "WHERE family_id = (ARRAY[" + ids + "]::uuid[])[:n] AND entry_date <= current_date;",
                "SELECT * FROM billing.invoice WHERE family_id = (ARRAY[" + ids + "]::uuid[])[:n] "
                        + "AND issue_date <= current_date ORDER BY issue_date, number;",
                "SELECT * FROM billing.payment WHERE invoice_id IN (SELECT id FROM billing.invoice "
                        + "WHERE family_id = (ARRAY[" + ids + "]::uuid[])[:n]);",
                "SELECT * FROM spring_session WHERE session_id = (SELECT session_id FROM spring_session LIMIT 1);",
                "");
        Path file = Files.createTempFile("home-page", ".sql");
        Files.writeString(file, script);
        Process process = new ProcessBuilder(binary.toString(), "-n", "-M", "prepared", "-c", Integer.toString(USERS),
                "-j", "2", "-T", Long.toString(RUN.toSeconds()), "-f", file.toString(), "-h", "localhost",
                "-p", Integer.toString(postgres.getPort()), "-U", "postgres", "postgres")
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        Matcher tps = Pattern.compile("tps = ([0-9.]+)").matcher(output);
        Matcher latency = Pattern.compile("latency average = ([0-9.]+) ms").matcher(output);
        if (!tps.find()) {
            return "pgbench failed: " + output.lines().limit(5).collect(Collectors.joining(" / "));
        }
        pgbenchTps = Double.parseDouble(tps.group(1));
        return String.format("%.0f pages' worth of SQL/s (latency average %s ms)", pgbenchTps,
                latency.find() ? latency.group(1) : "?");
    }

    private HttpClient logIn(Parent parent) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String page = client.send(HttpRequest.newBuilder(uri("/connexion")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).isTrue();
        String form = "identifiant=" + enc(parent.username()) + "&motDePasse=" + enc(parent.password())
                + "&_csrf=" + enc(token.group(1));
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(uri("/connexion"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("Location").orElse("")).endsWith("/famille/accueil");
        return client;
    }

    private void run(List<HttpClient> clients, Duration duration, ConcurrentLinkedQueue<Long> latencies,
                     AtomicInteger errors) throws InterruptedException {
        long end = System.nanoTime() + duration.toNanos();
        CountDownLatch done = new CountDownLatch(clients.size());
        for (HttpClient client : clients) {
            new Thread(() -> {
                try {
                    while (System.nanoTime() < end) {
                        long t0 = System.nanoTime();
                        HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri("/famille/accueil"))
                                .build(), HttpResponse.BodyHandlers.ofString());
                        long elapsed = System.nanoTime() - t0;
                        if (response.statusCode() != 200 || !response.body().contains("Factures impayées")) {
                            errors.incrementAndGet();
                        } else {
                            latencies.add(elapsed);
                        }
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                } finally {
                    done.countDown();
                }
            }).start();
        }
        done.await();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
    }
}
