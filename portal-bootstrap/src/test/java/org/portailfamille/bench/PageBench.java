package org.portailfamille.bench;

import org.junit.jupiter.api.Test;
import org.portailfamille.PortalIntegrationTest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.lang.management.ManagementFactory;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmark (profile {@code bench}): the pages issue 14 measured, as the issue did — the demo data, the demo parent
 * (jean.dupont) logged in once per client, each page in a closed loop. Besides pages/s and latencies it reports the
 * machine time per page (CPU of the whole test JVM, load generator included, divided by the pages), which moves less
 * than pages/s when other builds share the machine. Writes {@code target/bench/pages.md}.
 * <pre>./mvnw -o -Pbench -pl portal-bootstrap -am test -Dtest=PageBench -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
@PortalIntegrationTest
class PageBench {

    private static final Logger log = LoggerFactory.getLogger(PageBench.class);

    static final int USERS = Integer.getInteger("bench.users", 16);
    static final Duration WARM_UP = Duration.ofSeconds(Integer.getInteger("bench.warmup", 5));
    static final Duration RUN = Duration.ofSeconds(Integer.getInteger("bench.seconds", 10));
    /** Only the pages whose name contains this text (e.g. {@code -Dbench.only=planning}, to profile one page). */
    static final String ONLY = System.getProperty("bench.only", "");

    /** Marks the pages asked for by clients without a session (what the session costs is the difference). */
    private static final String ANONYMOUS = "\u0000";

    @LocalServerPort int port;

    @Test
    void pages_under_load() throws Exception {
        List<HttpClient> clients = new ArrayList<>();
        List<HttpClient> anonymous = new ArrayList<>();
        for (int i = 0; i < USERS; i++) {
            clients.add(logIn("jean.dupont", "Bonbons2015"));
            anonymous.add(HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build());
        }
        String children = clients.get(0).send(HttpRequest.newBuilder(uri("/famille/enfants")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher planning = Pattern.compile("/famille/enfants/[0-9a-f-]{36}/planning").matcher(children);
        assertThat(planning.find()).isTrue();
        Map<String, String> pages = new LinkedHashMap<>();
        // the liveness probe of the public port (the actuator itself moved to the management port)
        pages.put(ANONYMOUS + "liveness (/livez), no session", "/livez");
        pages.put("liveness (/livez), with the session cookie", "/livez");
        pages.put("Accueil", "/famille/accueil");
        pages.put("a child's planning month", planning.group());
        pages.put("Relevé de compte", "/famille/releve");
        pages.put("Boîte de réception", "/famille/messages");

        List<String> lines = new ArrayList<>(List.of(
                "## Pages (demo data, jean.dupont, " + USERS + " sessions, " + RUN.toSeconds() + " s each after "
                        + WARM_UP.toSeconds() + " s of warm-up) — " + java.time.LocalDateTime.now().withNano(0), "",
                "| page | pages/s | p50 | p95 | p99 | CPU ms/page | errors |", "|---|---|---|---|---|---|---|"));
        int totalErrors = 0;
        for (Map.Entry<String, String> page : pages.entrySet()) {
            if (!page.getKey().contains(ONLY)) {
                continue;
            }
            List<HttpClient> users = page.getKey().startsWith(ANONYMOUS) ? anonymous : clients;
            run(users, page.getValue(), WARM_UP, new ConcurrentLinkedQueue<>(), new AtomicInteger());
            ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
            AtomicInteger errors = new AtomicInteger();
            long cpu0 = cpuNanos();
            long t0 = System.nanoTime();
            run(users, page.getValue(), RUN, latencies, errors);
            double seconds = (System.nanoTime() - t0) / 1e9;
            long cpu = cpuNanos() - cpu0;
            long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
            totalErrors += errors.get();
            lines.add(String.format("| %s | %.0f | %.1f ms | %.1f ms | %.1f ms | %.2f | %d |",
                    page.getKey().replace(ANONYMOUS, ""),
                    sorted.length / seconds, percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
                    sorted.length == 0 ? 0 : cpu / 1e6 / sorted.length, errors.get()));
        }
        lines.add("");
        String report = String.join("\n", lines);
        log.info("\n{}", report);
        Path out = Path.of("target/bench/pages.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        assertThat(totalErrors).isZero();
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private HttpClient logIn(String username, String password) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String page = client.send(HttpRequest.newBuilder(uri("/connexion")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).isTrue();
        String form = "identifiant=" + enc(username) + "&motDePasse=" + enc(password) + "&_csrf=" + enc(token.group(1));
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(uri("/connexion"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("Location").orElse("")).endsWith("/famille/accueil");
        return client;
    }

    private void run(List<HttpClient> clients, String path, Duration duration, ConcurrentLinkedQueue<Long> latencies,
                     AtomicInteger errors) throws InterruptedException {
        long end = System.nanoTime() + duration.toNanos();
        CountDownLatch done = new CountDownLatch(clients.size());
        for (HttpClient client : clients) {
            new Thread(() -> {
                try {
                    while (System.nanoTime() < end) {
                        long t0 = System.nanoTime();
                        HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri(path)).build(),
                                HttpResponse.BodyHandlers.ofString());
                        long elapsed = System.nanoTime() - t0;
                        if (response.statusCode() != 200) {
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
