package org.portailfamille.demo;

import org.junit.jupiter.api.Test;
import org.portailfamille.PortalIntegrationTest;
import org.springframework.beans.factory.annotation.Value;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo keeps the municipality's and each facility's contacts, so the public Contact page shows them. */
@PortalIntegrationTest
class DemoContactsIntegrationTest {

    @Value("${local.server.port}")
    int port;

    @Test
    void the_contact_page_shows_the_demo_facilities_contacts() throws Exception {
        HttpResponse<String> contact = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/contact")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(contact.statusCode()).isEqualTo(200);
        assertThat(contact.body()).contains("Accueil de Loisirs ALSH", "12 chemin des Écoliers", "05 61 00 00 10",
                "alsh@saint-jean.example", "Garderie périscolaire", "garderie@saint-jean.example");
    }
}
