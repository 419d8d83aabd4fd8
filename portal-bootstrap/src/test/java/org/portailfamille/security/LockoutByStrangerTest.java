package org.portailfamille.security;

import org.junit.jupiter.api.Test;
import org.portailfamille.PortalIntegrationTest;
import org.portailfamille.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, finding 8 (ADR 0034): wrong passwords typed by a stranger delay the stranger and any browser unknown to the
 * account, never the owner's own browser (which logged in before and holds a signed device cookie).
 */
@PortalIntegrationTest
class LockoutByStrangerTest {

    static final String WRONG = "Mauvais-Passe-1";

    @Autowired ApplicationContext context;
    @LocalServerPort int port;

    @Test
    void a_stranger_cannot_lock_the_owner_out_of_their_own_browser() {
        TestAccounts.Parent parent = new TestAccounts(context).newParent("Proprietaire-2026");
        Browser owners = new Browser(port, TestAddresses.next());
        assertThat(owners.logIn(parent.username(), parent.password()).isRedirectTo("/famille/accueil")).isTrue();
        assertThat(owners.cookie("PORTAIL_APPAREIL")).as("a device cookie after login").isPresent();
        owners.logOut("/famille/accueil");

        for (int i = 0; i < 6; i++) {
            new Browser(port, TestAddresses.next()).logIn(parent.username(), WRONG);
        }
        assertThat(new Browser(port, TestAddresses.next()).logIn(parent.username(), parent.password()).location())
                .as("a browser unknown to the account is still slowed down").startsWith("/connexion?attente=");

        assertThat(owners.logIn(parent.username(), parent.password()).isRedirectTo("/famille/accueil"))
                .as("the owner's own browser gets in at once").isTrue();
    }

    @Test
    void a_device_cookie_of_another_account_or_a_forged_one_is_worth_nothing() {
        TestAccounts accounts = new TestAccounts(context);
        TestAccounts.Parent victim = accounts.newParent("Victime-2026x");
        TestAccounts.Parent other = accounts.newParent("Autre-2026x");
        Browser attacker = new Browser(port, TestAddresses.next());
        attacker.logIn(other.username(), other.password());
        String othersCookie = attacker.cookie("PORTAIL_APPAREIL").orElseThrow();
        attacker.logOut("/famille/accueil");
        for (int i = 0; i < 6; i++) {
            new Browser(port, TestAddresses.next()).logIn(victim.username(), WRONG);
        }
        for (String cookie : new String[]{othersCookie, "abc.def", othersCookie.split("\\.")[0] + ".forged"}) {
            Browser browser = new Browser(port, TestAddresses.next());
            browser.setCookie("PORTAIL_APPAREIL", cookie);
            assertThat(browser.logIn(victim.username(), victim.password()).location()).as(cookie)
                    .startsWith("/connexion?attente=");
        }
    }
}
