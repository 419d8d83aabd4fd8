package org.portailfamille.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.portailfamille.PortalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.file.Paths;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The login page ("Compte famille"), the family home page ("Accueil") and logging out, in Chromium. */
@PortalIntegrationTest
@ExtendWith(BrowserExtension.class)
class LoginBrowserTest {

    @Autowired
    Clock clock;
    @Autowired
    org.portailfamille.messaging.application.port.in.CountUnreadMessagesUseCase unreadMessages;
    @Autowired
    org.portailfamille.accounts.application.port.in.GetFamilySummaryUseCase families;

    @Test
    void the_login_page_explains_how_to_log_in_and_is_accessible(Page page) {
        page.navigate(Portal.LOGIN);

        assertThat(page).hasTitle("Connexion – Portail Famille – Mairie de Saint-Jean");
        assertThat(Portal.heading(page)).hasText("Compte famille");
        assertThat(page.getByText("Afin d'accéder à notre service, veuillez vous identifier.")).isVisible();
        assertThat(page.getByLabel("Identifiant", new Page.GetByLabelOptions().setExact(true))).isEmpty();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mot de passe oublié ?"))).isVisible();
        assertThat(page.locator("footer").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Accessibilité")))
                .isVisible();
        Axe.assertNoViolations(page, "the login page");
    }

    @Test
    void the_login_page_asks_to_wait_after_too_many_failures(Page page) {
        // The state the login throttle leads to, shown directly: no real failures, which would slow other tests.
        page.navigate(Portal.LOGIN + "?attente=8");

        Locator summary = Portal.focusedErrorSummary(page);
        assertThat(summary).containsText("Trop de tentatives de connexion ont échoué. Patientez 8 seconde(s) avant de réessayer.");
        Axe.assertNoViolations(page, "the login page asking to wait");
    }

    @Test
    void an_unknown_identifiant_is_refused_with_a_focused_french_message(Page page) {
        String unknown = "inconnu" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);

        Portal.logIn(page, unknown, "PasLeBon123");

        Portal.assertPath(page, Portal.LOGIN);
        Locator summary = Portal.focusedErrorSummary(page);
        assertThat(summary).containsText("Il y a un problème");
        assertThat(summary).containsText("Identifiant ou mot de passe incorrect. Vérifiez votre saisie et réessayez.");
        assertThat(Portal.heading(page)).hasText("Compte famille");
        Axe.assertNoViolations(page, "the login page after a failed login");
    }

    @Test
    void a_parent_logs_in_with_the_keyboard_alone_and_sees_the_guides_home_page(Page page) {
        page.navigate(Portal.LOGIN);

        page.keyboard().press("Tab");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Aller au contenu"))).isFocused();
        page.keyboard().press("Enter");
        page.keyboard().press("Tab");
        assertThat(page.getByLabel("Identifiant", new Page.GetByLabelOptions().setExact(true))).isFocused();
        page.keyboard().type(Portal.JEAN_DUPONT);
        page.keyboard().press("Tab");
        assertThat(page.getByLabel("Mot de passe", new Page.GetByLabelOptions().setExact(true))).isFocused();
        page.keyboard().type(Portal.JEAN_DUPONT_PASSWORD);
        Axe.assertNoViolations(page, "the login page, filled in");
        assertThat(page.getByLabel("Mot de passe", new Page.GetByLabelOptions().setExact(true))).isFocused();
        page.keyboard().press("Enter");

        page.waitForURL("**" + Portal.FAMILY_HOME);
        String today = Portal.longFrenchDate(LocalDate.now(clock));
        assertThat(page).hasTitle("Accueil – Portail Famille – Mairie de Saint-Jean");
        assertThat(Portal.heading(page)).hasText("Bienvenue sur le Portail Famille");
        // The guide's unread message, plus those the demo planning sent the family (decisions, a closure).
        int unread = unreadMessages.countUnreadMessages(
                families.familySummaryByNumber("1001001818331").orElseThrow().familyId());
        org.assertj.core.api.Assertions.assertThat(unread).isGreaterThanOrEqualTo(1);
        assertThat(page.locator("header .banner"))
                .hasText("Bienvenue JEAN DUPONT, vous avez " + unread + " Nouveau(x) Message(s) " + today);
        assertThat(page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Accueil"))).hasAttribute("aria-current", "page");

        Locator guardian = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Responsable"));
        assertThat(guardian.locator("dt:text-is('Civilité :') + dd")).hasText("Monsieur");
        assertThat(guardian.locator("dt:text-is('N° Famille :') + dd")).hasText("1001001818331");
        assertThat(guardian.locator("dt:text-is('Nom :') + dd")).hasText("DUPONT");
        assertThat(guardian.locator("dt:text-is('Prénom :') + dd")).hasText("JEAN");

        Locator operations = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Opérations en cours"));
        assertThat(operations).containsText("A la date du " + today);
        assertThat(operations).containsText("Votre compte présente un solde de 120,60 €");

        Locator unpaid = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions()
                .setName("Vos factures impayées à la date du " + today + " :"));
        assertThat(unpaid.locator("tbody tr")).hasCount(1);
        Locator al36 = unpaid.locator("tbody tr").first();
        // the invoice number is the link to its PDF ("AL-36 (télécharger en PDF)" for screen readers)
        Locator al36Pdf = al36.locator("th").getByRole(AriaRole.LINK);
        assertThat(al36Pdf).hasAccessibleName("AL-36 (télécharger en PDF)");
        assertThat(al36Pdf).hasAttribute("href", "/famille/factures/AL-36/pdf");
        assertThat(al36.locator("td").last()).hasText("120,60 €");
        assertThat(unpaid.locator("tfoot tr")).hasText("Total : 120,60 €");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Changer mot de passe"))).isVisible();

        Axe.assertNoViolations(page, "the family home page");
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots", "accueil.png")));
    }

    @Test
    void deconnexion_ends_the_session_and_leads_to_the_municipality_website(Page page) {
        Portal.logIn(page, Portal.JEAN_DUPONT, Portal.JEAN_DUPONT_PASSWORD);
        Portal.assertPath(page, Portal.FAMILY_HOME);

        Portal.logOut(page);

        assertThat(page).hasURL(BrowserExtension.MUNICIPALITY_WEBSITE);
        assertThat(page).hasTitle(BrowserExtension.MUNICIPALITY_PAGE_TITLE);
        page.navigate(Portal.FAMILY_HOME);
        Portal.assertPath(page, Portal.LOGIN);
        assertThat(Portal.heading(page)).hasText("Compte famille");
    }
}
