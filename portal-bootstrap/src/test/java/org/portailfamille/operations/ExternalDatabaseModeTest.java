package org.portailfamille.operations;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.portailfamille.PortalApplication;
import org.portailfamille.accounts.application.port.in.GetFamilySummaryUseCase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With {@code spring.datasource.url} set, the portal runs on that PostgreSQL: Liquibase migrates the schema
 * at start, no demo data is loaded, no demo mail server or page exists; readiness follows the database
 * (DOWN while it is unreachable, UP again when it returns), liveness does not.
 */
@SpringBootTest(classes = PortalApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.hikari.connection-timeout=1000",
                "spring.datasource.hikari.validation-timeout=500",
                "management.endpoint.health.cache.time-to-live=0"})
class ExternalDatabaseModeTest {

    private static final File DATA;
    private static final int PORT;
    private static EmbeddedPostgres external;

    static {
        try {
            DATA = Files.createTempDirectory("portal-external-db").toFile();
            external = start(0);
            PORT = external.getPort();
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
    static void externalDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:postgresql://localhost:" + PORT + "/postgres");
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
    }

    @AfterAll
    static void stopDatabase() throws IOException {
        if (external != null) {
            external.close();
        }
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    GetFamilySummaryUseCase families;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void runs_on_the_external_database_without_demo_data_or_demo_mail() throws Exception {
        assertThat(context.containsBean("embeddedPostgres")).isFalse();
        assertThat(context.getBeanNamesForType(com.icegreen.greenmail.util.GreenMail.class)).isEmpty();
        assertThat(families.familySummaryByNumber("1001001818331")).isEmpty();
        assertThat(get("/demo/courriels").statusCode()).isNotEqualTo(200);
        assertThat(get("/connexion").statusCode()).isEqualTo(200);
    }

    @Test
    void readiness_follows_the_database_and_liveness_does_not() throws Exception {
        assertThat(get("/readyz").statusCode()).isEqualTo(200);

        external.close();
        external = null;
        HttpResponse<String> down = get("/readyz");
        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(down.body()).contains("DOWN");
        assertThat(get("/livez").statusCode()).isEqualTo(200);

        external = start(PORT);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> assertThat(get("/readyz").statusCode()).isEqualTo(200));
    }
}
