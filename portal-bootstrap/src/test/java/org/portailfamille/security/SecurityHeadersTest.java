package org.portailfamille.security;

import org.junit.jupiter.api.Test;
import org.portailfamille.PortalIntegrationTest;
import org.portailfamille.TestAccounts;
import org.portailfamille.security.Browser.Response;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The protective headers on authenticated pages, and pages that work under their policy (no inline code). */
@PortalIntegrationTest
class SecurityHeadersTest {

    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern INLINE_HANDLER = Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
    private static final Pattern STYLE_ATTRIBUTE = Pattern.compile("\\sstyle\\s*=", Pattern.CASE_INSENSITIVE);

    @Autowired
    ApplicationContext context;
    @LocalServerPort
    int port;

    @Test
    void a_parents_page_carries_the_protective_headers() {
        TestAccounts.Parent parent = new TestAccounts(context).newParent("Entetes-Test-2026");
        Browser browser = new Browser(port, TestAddresses.next());
        browser.logIn(parent.username(), parent.password());
        assertProtected(browser.get("/famille/accueil"));
        assertProtected(browser.get("/mot-de-passe/changer"));
    }

    @Test
    void a_staff_page_carries_the_protective_headers() {
        TestAccounts.Staff staff = new TestAccounts(context).newStaff("Entetes-Agent-2026");
        Browser browser = new Browser(port, TestAddresses.next());
        browser.logIn(staff.username(), staff.password());
        assertProtected(browser.get("/gestion/accueil"));
    }

    @Test
    void the_public_pages_carry_the_policy_too() {
        Response login = new Browser(port, TestAddresses.next()).get("/connexion");
        assertThat(login.status()).isEqualTo(200);
        assertPolicy(login);
    }

    private static void assertProtected(Response page) {
        assertThat(page.status()).isEqualTo(200);
        assertPolicy(page);
        assertThat(page.header("Cache-Control")).contains("no-store");
        assertThat(page.body()).doesNotContainPattern(INLINE_SCRIPT).doesNotContainPattern(INLINE_HANDLER)
                .doesNotContainPattern(STYLE_ATTRIBUTE);
    }

    private static void assertPolicy(Response page) {
        String csp = page.header("Content-Security-Policy");
        assertThat(csp).isNotNull()
                .contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'none'", "base-uri 'self'")
                .doesNotContain("unsafe-inline", "unsafe-eval", "*");
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.header("Referrer-Policy")).isNotBlank()
                .isIn("no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin");
        assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
    }
}
