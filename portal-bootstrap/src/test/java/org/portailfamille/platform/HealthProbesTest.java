package org.portailfamille.platform;

import org.junit.jupiter.api.Test;
import org.portailfamille.PortalIntegrationTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Liveness and readiness answer UP to anyone, without details: on the public port as /livez and /readyz (for the load
 * balancer), on the management port as the actuator's health groups; the rest of the actuator is not on the public
 * port.
 */
@PortalIntegrationTest
class HealthProbesTest {

    @LocalServerPort
    int port;
    @LocalManagementPort
    int managementPort;

    HttpResponse<String> get(String path) throws Exception {
        return get(port, path);
    }

    HttpResponse<String> get(int port, String path) throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void liveness_and_readiness_are_up_and_public() throws Exception {
        for (String path : new String[]{"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness",
                "/livez", "/readyz"}) {
            HttpResponse<String> response = get(path.startsWith("/actuator") ? managementPort : port, path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.body()).as(path).contains("\"status\":\"UP\"");
            assertThat(response.body()).as(path + " shows no details anonymously").doesNotContain("\"components\"");
        }
    }

    @Test
    void other_actuator_endpoints_are_not_public() throws Exception {
        for (String path : new String[]{"/actuator", "/actuator/env", "/actuator/beans", "/actuator/heapdump",
                "/actuator/health", "/actuator/prometheus"}) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isIn(302, 401, 403, 404);
            assertThat(response.body()).as(path).doesNotContain("\"_links\"", "activeProfiles");
        }
    }
}
