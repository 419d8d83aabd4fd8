package org.portailfamille.platform;

import org.junit.jupiter.api.Test;
import org.portailfamille.PortalIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Liveness and readiness answer UP to anyone, without details; the rest of the actuator stays closed. */
@PortalIntegrationTest
class HealthProbesTest {

    @LocalServerPort
    int port;

    HttpResponse<String> get(String path) throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void liveness_and_readiness_are_up_and_public() throws Exception {
        for (String path : new String[]{"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.body()).as(path).contains("\"status\":\"UP\"");
            assertThat(response.body()).as(path + " shows no details anonymously").doesNotContain("\"components\"");
        }
    }

    @Test
    void other_actuator_endpoints_are_not_public() throws Exception {
        for (String path : new String[]{"/actuator", "/actuator/env", "/actuator/beans", "/actuator/heapdump"}) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isIn(302, 401, 403, 404);
            assertThat(response.body()).as(path).doesNotContain("\"_links\"", "activeProfiles");
        }
    }
}
