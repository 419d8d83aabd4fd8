package org.portailfamille.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.portailfamille.PortalIntegrationTest;
import org.portailfamille.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Mes enfants: the demo family's two children, then LÉA's file, on a wide screen and at 320 px. */
@PortalIntegrationTest
@ExtendWith(BrowserExtension.class)
class ChildrenBrowserTest {

    private static final int PHONE_WIDTH = 320;

    @Autowired
    ApplicationContext applicationContext;

    @Test
    void the_demo_parent_lists_the_children_and_opens_lea_s_file(Page page) {
        Portal.logIn(page, Portal.JEAN_DUPONT, Portal.JEAN_DUPONT_PASSWORD);
        Locator tabs = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Onglets du Portail Famille"));
        tabs.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Mes enfants")).click();

        Portal.assertPath(page, "/famille/enfants");
        assertThat(Portal.heading(page)).hasText("Mes enfants");
        assertThat(tabs.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Mes enfants")))
                .hasAttribute("aria-current", "page");
        Locator rows = page.getByRole(AriaRole.TABLE).locator("tbody tr");
        assertThat(rows).hasCount(2);
        assertThat(rows.nth(0).locator("th, td")).hasText(new String[]{"LÉA", "DUPONT", "12/03/2017",
                "École Jules Ferry", "CM1", "Planning de LÉA"});
        assertThat(rows.nth(1).locator("th, td")).hasText(new String[]{"TOM", "DUPONT", "02/09/2020",
                "École Jules Ferry", "Grande section", "Planning de TOM"});
        Axe.assertNoViolations(page, "Mes enfants");
        page.setViewportSize(PHONE_WIDTH, 640);
        assertNoSidewaysScrolling(page);
        Axe.assertNoViolations(page, "Mes enfants at 320 px");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("LÉA").setExact(true)).click();
        assertThat(Portal.heading(page)).hasText("Fiche de LÉA DUPONT");
        assertNoSidewaysScrolling(page);
        Axe.assertNoViolations(page, "LÉA's file at 320 px");
        page.setViewportSize(1280, 800);
        Locator school = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Scolarité"));
        assertThat(school).containsText("École Jules Ferry");
        assertThat(school).containsText("CM1");
        Locator persons = page.getByRole(AriaRole.TABLE,
                new Page.GetByRoleOptions().setName("Personnes autorisées auprès de LÉA"));
        assertThat(persons.locator("tbody tr")).hasCount(2);
        assertThat(persons.locator("tbody tr").nth(0).locator("th, td")).hasText(new String[]{"MARIE DURAND",
                "Grand-mère", "06 11 22 33 44", "Oui", "Oui"});
        Locator health = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Fiche sanitaire"));
        assertThat(health).containsText("Arachide");
        assertThat(health).containsText("Dr MARTIN");
        Axe.assertNoViolations(page, "LÉA's file");
    }

    @Test
    void a_family_without_children_reads_a_sentence_and_an_unknown_child_is_not_found(Page page) {
        TestAccounts.Parent parent = new TestAccounts(applicationContext).newParent("SansEnfant2026x");
        Portal.logIn(page, parent.username(), parent.password());
        page.navigate("/famille/enfants");
        assertThat(Portal.heading(page)).hasText("Mes enfants");
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("Aucun enfant n'est enregistré pour votre famille.");
        assertThat(page.getByRole(AriaRole.TABLE)).hasCount(0);
        Axe.assertNoViolations(page, "Mes enfants without children");
        com.microsoft.playwright.Response answer = page.navigate("/famille/enfants/pas-un-identifiant");
        org.assertj.core.api.Assertions.assertThat(answer.status()).isEqualTo(404);
    }

    private static void assertNoSidewaysScrolling(Page page) {
        page.waitForLoadState(); // layout measured once the stylesheets are in
        Object scrollWidth = page.evaluate("() => document.documentElement.scrollWidth");
        org.assertj.core.api.Assertions.assertThat(((Number) scrollWidth).intValue())
                .as("document.documentElement.scrollWidth of %s at %d px", page.url(), PHONE_WIDTH)
                .isLessThanOrEqualTo(PHONE_WIDTH);
    }
}
