package org.portailfamille.platform;

import org.junit.jupiter.api.Test;
import org.portailfamille.PortalIntegrationTest;
import org.portailfamille.TestAccounts;
import org.portailfamille.security.Browser;
import org.portailfamille.security.TestAddresses;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 15's observability: Prometheus metrics on the management port only (requests by route and status, the pool,
 * the outbox backlog, job runs), the SBOM there too, and a request id on every answer and on the error pages.
 */
@PortalIntegrationTest
class ObservabilityTest {

    @LocalServerPort
    int port;
    @LocalManagementPort
    int managementPort;
    @Autowired
    ApplicationContext context;

    HttpResponse<String> get(int port, String path) throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The raw answer to a request line that no HTTP client library would send. */
    String raw(String target) throws java.io.IOException {
        try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n"
                    + "Connection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void prometheus_answers_on_the_management_port_with_the_portals_metrics() throws Exception {
        assertThat(managementPort).isNotEqualTo(port);
        assertThat(get(port, "/connexion").statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            HttpResponse<String> metrics = get(managementPort, "/actuator/prometheus");
            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.body()).contains(
                    "http_server_requests_seconds_count{", "uri=\"/connexion\"", "status=\"200\"",
                    "hikaricp_connections_active", "hikaricp_connections_pending",
                    "portal_outbox_backlog{", "status=\"PENDING\"",
                    "portal_jobs_runs_seconds_count{", "job=\"planning-place-offer-expiry\"");
        });
    }

    @Test
    void the_management_endpoints_are_not_on_the_public_port() throws Exception {
        for (String path : new String[]{"/actuator/prometheus", "/actuator/sbom", "/actuator/sbom/application",
                "/actuator/health", "/actuator"}) {
            HttpResponse<String> response = get(port, path);
            assertThat(response.statusCode()).as(path).isIn(302, 401, 403, 404);
            assertThat(response.body()).as(path).doesNotContain("# TYPE", "hikaricp", "CycloneDX", "\"status\":\"UP\"");
        }
        assertThat(get(port, "/livez").statusCode()).isEqualTo(200);
        assertThat(get(port, "/readyz").statusCode()).isEqualTo(200);
        assertThat(get(port, "/readyz").body()).doesNotContain("components");
    }

    @Test
    void the_sbom_of_the_running_jar_is_on_the_management_port() throws Exception {
        // the CycloneDX plugin skips in offline builds (./mvnw -o): the SBOM exists in online builds, CI's included
        org.junit.jupiter.api.Assumptions.assumeTrue(
                getClass().getResource("/META-INF/sbom/application.cdx.json") != null,
                "no SBOM on the classpath: an offline build (the CycloneDX plugin needs online mode)");
        HttpResponse<String> sbom = get(managementPort, "/actuator/sbom/application");
        assertThat(sbom.statusCode()).isEqualTo(200);
        assertThat(sbom.body()).contains("CycloneDX", "db-scheduler", "spring-modulith");
    }

    @Test
    void every_answer_carries_a_request_id_shown_on_the_error_pages() throws Exception {
        Browser anonymous = new Browser(port, TestAddresses.next());
        String first = anonymous.get("/connexion").header("X-Request-Id");
        String second = anonymous.get("/connexion").header("X-Request-Id");
        assertThat(first).isNotBlank().isNotEqualTo(second);

        // Tomcat's own error page (a malformed address) and the portal's error pages show it
        String malformed = raw("/%");
        assertThat(malformed).startsWith("HTTP/1.1 400").contains("Référence de l’incident");
        // with the portal's stylesheet by its fingerprinted URL, as the templates link it (ADR 0049)
        assertThat(malformed).containsPattern("href=\"/css/portal-[0-9a-f]{32}\\.css\"");

        TestAccounts.Parent parent = new TestAccounts(context).newParent("Famille-Reference-2026");
        Browser browser = new Browser(port, TestAddresses.next());
        browser.logIn(parent.username(), parent.password());
        Browser.Response notFound = browser.get("/famille/cette-page-n-existe-pas");
        assertThat(notFound.status()).isEqualTo(404);
        assertThat(notFound.body()).contains("Référence de l&#39;incident", notFound.header("X-Request-Id"));
    }

    @Test
    void an_incoming_request_id_is_kept_from_a_trusted_proxy_only_when_it_is_plain() throws Exception {
        // the tests' proxy is the loopback (portal.trusted-proxies=127.0.0.1,::1)
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> plain = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/connexion"))
                .header("X-Request-Id", "nginx-4f2a9c").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(plain.headers().firstValue("X-Request-Id")).hasValue("nginx-4f2a9c");
        HttpResponse<String> hostile = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/connexion"))
                .header("X-Request-Id", "a b<script>").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(hostile.headers().firstValue("X-Request-Id")).isPresent().get().asString()
                .doesNotContain("<", " ");
    }
}
