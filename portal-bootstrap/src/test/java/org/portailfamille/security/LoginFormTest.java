package org.portailfamille.security;

import org.junit.jupiter.api.Test;
import org.portailfamille.PortalIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** After a failed login the form keeps the typed identifiant (never the password), once. */
@PortalIntegrationTest
class LoginFormTest {

    @LocalServerPort
    int port;

    @Test
    void a_failed_login_keeps_the_identifiant_but_not_the_password() {
        Browser browser = new Browser(port, TestAddresses.next());
        String typed = "inconnu." + System.nanoTime();
        Browser.Response failed = browser.logIn(typed, "Mauvais-Passe-1");
        assertThat(failed.isRedirectTo("/connexion?erreur")).as(failed.toString()).isTrue();

        String page = browser.get("/connexion?erreur").body();
        assertThat(page).contains("value=\"" + typed + "\"").doesNotContain("Mauvais-Passe-1");
        assertThat(page).contains("Identifiant ou mot de passe incorrect");
        assertThat(browser.get("/connexion?erreur").body()).doesNotContain(typed);
    }

    @Test
    void markup_typed_as_identifiant_comes_back_escaped() {
        Browser browser = new Browser(port, TestAddresses.next());
        browser.logIn("\"><script>alert(1)</script>", "x");
        String page = browser.get("/connexion?erreur").body();
        assertThat(page).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;");
    }
}
