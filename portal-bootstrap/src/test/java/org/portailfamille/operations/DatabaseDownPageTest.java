package org.portailfamille.operations;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.portailfamille.PortalApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.File;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * PostgreSQL goes away under a running portal (issue 15): pages answer the French "Service momentanément
 * indisponible" with 503 and the security headers (never a 500 or a stack trace), readiness is DOWN, and the portal
 * serves pages again by itself once the database is back.
 */
@SpringBootTest(classes = PortalApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.hikari.connection-timeout=1000",
                "spring.datasource.hikari.validation-timeout=500",
                "management.endpoint.health.cache.time-to-live=0",
                "portal.storage.certificates=${java.io.tmpdir}/portail-famille-tests/certificates",
                "portal.storage.attachments=${java.io.tmpdir}/portail-famille-tests/attachments",
                "portal.storage.documents=${java.io.tmpdir}/portail-famille-tests/documents"})
class DatabaseDownPageTest {

    private static final File DATA;
    private static final int PORT;
    private static EmbeddedPostgres database;

    static {
        try {
            DATA = Files.createTempDirectory("portal-db-down").toFile();
            database = start(0);
            PORT = database.getPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static EmbeddedPostgres start(int port) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setRegisterShutdownHook(false)
                .setDataDirectory(DATA).setCleanDataDirectory(false);
        if (port > 0) {
            builder.setPort(port);
        }
        return builder.start();
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:postgresql://localhost:" + PORT + "/postgres");
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
    }

    @AfterAll
    static void stopDatabase() throws IOException {
        if (database != null) {
            database.close();
        }
    }

    @LocalServerPort
    int port;
    @LocalManagementPort
    int managementPort;

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    private HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void pages_answer_a_french_503_while_the_database_is_away_and_recover_when_it_is_back() throws Exception {
        HttpResponse<String> before = get(port, "/connexion"); // the login form needs no session (ADR 0045)
        assertThat(before.statusCode()).isEqualTo(200);
        get(port, "/famille/accueil"); // opens a session (kept in PostgreSQL): the page asked is kept for after the login
        assertThat(get(port, "/contact").statusCode()).isEqualTo(200);

        database.close();
        database = null;
        for (String path : new String[]{"/connexion", "/contact", "/famille/accueil"}) {
            HttpResponse<String> down = get(port, path);
            assertThat(down.statusCode()).as(path).isEqualTo(503);
            assertThat(down.body()).as("the fingerprinted stylesheet (ADR 0049)")
                    .containsPattern("href=\"/css/portal-[0-9a-f]{32}\\.css\"");
            assertThat(down.body()).as(path).contains("Service momentanément indisponible", "lang=\"fr\"")
                    .doesNotContain("Exception", "at org.", "Whitelabel");
            assertThat(down.headers().firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(
                    csp -> assertThat(csp).contains("default-src 'self'"));
            assertThat(down.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(down.headers().firstValue("Retry-After")).isPresent();
            String requestId = down.headers().firstValue("X-Request-Id").orElseThrow();
            assertThat(down.body()).as("the page shows the request id staff can quote").contains(requestId);
        }
        HttpResponse<String> readiness = get(managementPort, "/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(503);
        assertThat(get(port, "/readyz").statusCode()).as("the load balancer's probe").isEqualTo(503);
        assertThat(get(managementPort, "/actuator/health/liveness").statusCode()).isEqualTo(200);

        database = start(PORT);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> assertThat(get(port, "/connexion").statusCode()).isEqualTo(200));
        assertThat(get(port, "/contact").statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(get(managementPort, "/actuator/health/readiness").statusCode()).isEqualTo(200));
    }
}
