package org.portailfamille.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.portailfamille.PortalIntegrationTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The back-office home for staff, and the 403 page each side gets on the other side's pages. */
@PortalIntegrationTest
@ExtendWith(BrowserExtension.class)
class StaffAndAccessBrowserTest {

    @Test
    void staff_log_in_to_the_espace_agents(Page page) {
        Portal.logIn(page, Portal.AGENT, Portal.AGENT_PASSWORD);

        Portal.assertPath(page, Portal.STAFF_HOME);
        assertThat(page).hasTitle("Espace agents – Portail Famille – Mairie de Saint-Jean");
        assertThat(Portal.heading(page)).hasText("Espace agents");
        assertThat(page.locator("main")).containsText("Bienvenue Service Enfance.");
        assertThat(page.locator("header")).containsText("Portail Famille – Espace agents");
        assertThat(page.locator("header .banner")).hasCount(0);
        Locator nav = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Menu de l'espace agents"));
        assertThat(nav.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Accueil")))
                .hasAttribute("aria-current", "page");
        Axe.assertNoViolations(page, "the staff home page");

        nav.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Changer mot de passe")).click();
        Portal.assertPath(page, Portal.CHANGE_PASSWORD);
        assertThat(nav.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Changer mot de passe")))
                .hasAttribute("aria-current", "page");
        Axe.assertNoViolations(page, "the staff password change page");
    }

    @Test
    void a_parent_is_refused_the_back_office(Page page) {
        Portal.logIn(page, Portal.JEAN_DUPONT, Portal.JEAN_DUPONT_PASSWORD);

        Response response = page.navigate(Portal.STAFF_HOME);

        assertThat(response.status()).isEqualTo(403);
        assertThat(Portal.heading(page)).hasText("Accès refusé");
        assertThat(page.locator("main")).containsText("Vous n'avez pas accès à cette page avec votre compte");
        assertThat(page.getByText("Espace agents")).hasCount(0);
        Axe.assertNoViolations(page, "the 403 page for a parent");
    }

    @Test
    void staff_are_refused_the_family_pages(Page page) {
        Portal.logIn(page, Portal.AGENT, Portal.AGENT_PASSWORD);

        Response response = page.navigate(Portal.FAMILY_HOME);

        assertThat(response.status()).isEqualTo(403);
        assertThat(Portal.heading(page)).hasText("Accès refusé");
        assertThat(page.getByText("Factures impayées")).hasCount(0);
        Axe.assertNoViolations(page, "the 403 page for staff");
    }
}
