package org.portailfamille.security;

import org.junit.jupiter.api.Test;
import org.portailfamille.PortalIntegrationTest;
import org.portailfamille.TestAccounts;
import org.portailfamille.security.Browser.Response;
import org.portailfamille.security.Routes.Route;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deny by default, proven on the real filter chain for every route of the handler mappings: anonymous users
 * are sent to the login page except on the public allowlist; /gestion/** is for staff only, /famille/** for
 * parents only.
 */
@PortalIntegrationTest
class AccessControlTest {

    /** What an anonymous visitor may reach: nothing else. Kept here, apart from the configuration it checks. */
    static final List<String> PUBLIC = List.of(
            "/connexion", "/connexion/file-attente", "/mot-de-passe/oublie", "/mot-de-passe/reinitialiser",
            "/inscription", "/accessibilite", "/mentions-legales", "/donnees-personnelles", "/contact", "/envoi-non-confirme",
            "/demo/**", "/error", "/css/**", "/js/**", "/images/**", "/favicon.ico",
            "/actuator/health", "/actuator/health/**", "/livez", "/readyz",
            // the payment provider's signed server-to-server notification (ADR 0027; 403 unless signed)
            "/paiement-en-ligne/notification");

    @Autowired
    ApplicationContext context;
    @LocalServerPort
    int port;

    Browser browser() {
        return new Browser(port, TestAddresses.next());
    }

    static boolean isPublic(Route route) {
        return Routes.matchesAny(route.pattern(), PUBLIC) || Routes.matchesAny(route.samplePath(), PUBLIC);
    }

    @Test
    void the_route_list_comes_from_the_handler_mappings() {
        List<String> keys = Routes.all(context).stream().map(Route::key).toList();
        assertThat(keys).contains("GET /famille/accueil", "GET /gestion/accueil", "GET /mot-de-passe/changer",
                "POST /mot-de-passe/changer", "GET /connexion", "GET /readyz");
    }

    @Test
    void every_route_outside_the_allowlist_sends_an_anonymous_visitor_to_the_login_page() {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Route route : Routes.all(context)) {
            if (isPublic(route)) {
                continue;
            }
            Browser anonymous = browser();
            Response response;
            if (route.isStateChanging()) {
                // with a valid CSRF token, so that the answer is the authorization's, not the CSRF filter's: a
                // session's token (a public form's; the login form's own token lives in its cookie, ADR 0045)
                String token = anonymous.csrfTokenFrom("/mot-de-passe/oublie");
                response = anonymous.sendWithBody(route.method(), route.samplePath(), Map.of("_csrf", token));
            } else {
                response = anonymous.request(route.method(), route.samplePath());
            }
            checked++;
            if (!response.isRedirectTo("/connexion")) {
                failures.add(route + " answered " + response);
            }
        }
        assertThat(checked).as("protected routes checked").isGreaterThanOrEqualTo(4);
        assertThat(failures).as("routes reachable without login").isEmpty();
    }

    @Test
    void the_public_pages_open_without_login() {
        Browser anonymous = browser();
        for (String path : List.of("/connexion", "/connexion/file-attente", "/mot-de-passe/oublie", "/mot-de-passe/reinitialiser",
                "/inscription", "/accessibilite", "/mentions-legales", "/donnees-personnelles", "/contact",
                "/envoi-non-confirme", "/demo/courriels",
                "/css/portal.css", "/js/portal.js", "/images/logo.svg")) {
            assertThat(anonymous.get(path).status()).as(path).isEqualTo(200);
        }
        // the health probes answer JSON (HealthProbesTest); here only: no login asked
        for (String path : List.of("/livez", "/readyz")) {
            Response health = anonymous.get(path);
            assertThat(health.isRedirectTo("/connexion")).as(path).isFalse();
            assertThat(health.status()).as(path).isNotIn(401, 403, 500);
        }
    }

    @Test
    void a_parent_gets_403_on_every_staff_route() {
        TestAccounts.Parent parent = new TestAccounts(context).newParent("Famille-Test-2026");
        Browser browser = browser();
        assertThat(browser.logIn(parent.username(), parent.password()).isRedirectTo("/famille/accueil")).isTrue();
        List<Route> staffRoutes = Routes.all(context).stream().filter(route -> route.isUnder("/gestion")).toList();
        assertThat(staffRoutes).isNotEmpty();
        assertForbidden(browser, staffRoutes);
        assertThat(browser.get("/famille/accueil").status()).isEqualTo(200);
    }

    @Test
    void staff_get_403_on_every_family_route() {
        TestAccounts.Staff staff = new TestAccounts(context).newStaff("Agent-Test-2026");
        Browser browser = browser();
        assertThat(browser.logIn(staff.username(), staff.password()).isRedirectTo("/gestion/accueil")).isTrue();
        List<Route> familyRoutes = Routes.all(context).stream().filter(route -> route.isUnder("/famille")).toList();
        assertThat(familyRoutes).isNotEmpty();
        assertForbidden(browser, familyRoutes);
        assertThat(browser.get("/gestion/accueil").status()).isEqualTo(200);
    }

    @Test
    void operations_endpoints_other_than_health_are_closed_to_every_portal_user() {
        TestAccounts.Staff staff = new TestAccounts(context).newStaff("Agent-Actuator-2026");
        Browser browser = browser();
        browser.logIn(staff.username(), staff.password());
        List<String> failures = new ArrayList<>();
        for (Route route : Routes.all(context)) {
            if (route.isUnder("/actuator") && !isPublic(route)) {
                Response response = browser.request(route.method(), route.samplePath());
                if (response.status() != 403) {
                    failures.add(route + " answered " + response);
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void a_temporary_password_opens_nothing_but_the_change_page_until_it_is_changed() {
        TestAccounts.Parent parent = new TestAccounts(context).newParent("Provisoire-2026", true, "");
        Browser browser = browser();
        assertThat(browser.logIn(parent.username(), parent.password()).isRedirectTo("/mot-de-passe/changer"))
                .isTrue();
        List<String> failures = new ArrayList<>();
        for (Route route : Routes.all(context)) {
            if (isPublic(route) || route.isUnder("/gestion") || route.pattern().equals("/mot-de-passe/changer")) {
                continue;
            }
            if (route.isUnder("/actuator")) {
                assertThat(browser.request(route.method(), route.samplePath()).status()).as(route.toString())
                        .isEqualTo(403);
                continue;
            }
            Response response = route.isStateChanging()
                    ? browser.sendWithBody(route.method(), route.samplePath(),
                    Map.of("_csrf", browser.csrfTokenFrom("/mot-de-passe/changer")))
                    : browser.request(route.method(), route.samplePath());
            if (!response.isRedirectTo("/mot-de-passe/changer")) {
                failures.add(route + " answered " + response);
            }
        }
        assertThat(failures).as("routes open to a temporary password").isEmpty();

        Response change = browser.submit("/mot-de-passe/changer", "/mot-de-passe/changer", Map.of(
                "currentPassword", parent.password(), "newPassword", "Definitif-Passe-2026",
                "confirmation", "Definitif-Passe-2026"));
        assertThat(change.isRedirectTo("/famille/accueil")).as(change.toString()).isTrue();
        assertThat(browser.get("/famille/accueil").status()).isEqualTo(200);
    }

    private static void assertForbidden(Browser browser, List<Route> routes) {
        List<String> failures = new ArrayList<>();
        for (Route route : routes) {
            Response response;
            if (route.isStateChanging()) {
                String token = browser.csrfTokenFrom("/mot-de-passe/changer");
                response = browser.sendWithBody(route.method(), route.samplePath(), Map.of("_csrf", token));
            } else {
                response = browser.request(route.method(), route.samplePath());
            }
            if (response.status() != 403) {
                failures.add(route + " answered " + response);
            }
        }
        assertThat(failures).as("routes of the other area that did not answer 403").isEmpty();
    }
}
