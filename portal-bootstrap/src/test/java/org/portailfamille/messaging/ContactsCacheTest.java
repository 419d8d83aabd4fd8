package org.portailfamille.messaging;

import org.junit.jupiter.api.Test;
import org.portailfamille.PortalIntegrationTest;
import org.portailfamille.TestAccounts;
import org.portailfamille.security.Browser;
import org.portailfamille.security.TestAddresses;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The footer's contacts are kept in memory (issue 14, ADR 0036), and a change by staff shows on the very next page,
 * not after the time to live.
 */
@PortalIntegrationTest
class ContactsCacheTest {

    @Autowired ApplicationContext context;
    @LocalServerPort int port;

    @Test
    void staff_change_the_municipality_phone_and_the_next_page_shows_it() {
        TestAccounts accounts = new TestAccounts(context);
        TestAccounts.Parent parent = accounts.newParent("Contacts-Cache-2026");
        Browser family = new Browser(port, TestAddresses.next());
        family.logIn(parent.username(), parent.password());
        String before = family.get("/famille/accueil").body(); // the footer's contacts are now kept

        TestAccounts.Staff staff = accounts.newStaff("Contacts-Cache-2026s");
        Browser desk = new Browser(port, TestAddresses.next());
        desk.logIn(staff.username(), staff.password());
        int n = ThreadLocalRandom.current().nextInt(10, 99);
        String phone = "05 61 " + n + " " + n + " " + n;
        assertThat(before).doesNotContain(phone);
        Browser.Response saved = desk.submit("/gestion/messages/coordonnees", "/gestion/messages/coordonnees",
                Map.of("structure", "mairie", "adresse", "1 place de la Mairie", "telephone", phone,
                        "courriel", "mairie@saint-jean.example"));
        assertThat(saved.status()).isIn(200, 302);

        assertThat(family.get("/famille/accueil").body()).contains(phone);
        assertThat(family.get("/contact").body()).contains(phone);
    }
}
