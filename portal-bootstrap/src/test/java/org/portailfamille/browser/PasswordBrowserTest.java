package org.portailfamille.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.portailfamille.PortalIntegrationTest;
import org.portailfamille.TestAccounts;
import org.portailfamille.TestAccounts.Parent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The password pages: forced change of a temporary password, "Changer mot de passe", "Mot de passe oublié ?". */
@PortalIntegrationTest
@ExtendWith(BrowserExtension.class)
class PasswordBrowserTest {

    private static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);

    @Autowired
    ApplicationContext applicationContext;

    @Autowired
    Clock clock;

    @Test
    void a_temporary_password_must_be_changed_before_anything_else(Page page) {
        Parent parent = new TestAccounts(applicationContext).newParent("Provisoire2026", true, "");

        Portal.logIn(page, parent.username(), parent.password());

        Portal.assertPath(page, Portal.CHANGE_PASSWORD);
        assertThat(Portal.heading(page)).hasText("Changer mot de passe");
        assertThat(page.getByText("Votre mot de passe est provisoire")).isVisible();
        assertThat(page.getByRole(AriaRole.NAVIGATION)).hasCount(1);
        assertThat(page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK)).hasCount(0);
        assertThat(page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Déconnexion"))).isVisible();
        Axe.assertNoViolations(page, "the forced password change page");

        page.navigate(Portal.FAMILY_HOME);
        Portal.assertPath(page, Portal.CHANGE_PASSWORD);

        fillPasswordForm(page, parent.password(), "court", "courte");
        Locator summary = Portal.focusedErrorSummary(page);
        // In the order of the fields, and of the criteria list for the new password.
        assertThat(summary.getByRole(AriaRole.LINK)).hasText(new String[]{
                "Saisissez un mot de passe d'au moins 8 caractères.",
                "Ajoutez au moins une lettre majuscule.",
                "Ajoutez au moins un chiffre.",
                "La confirmation ne correspond pas : saisissez deux fois le même nouveau mot de passe."});
        Locator criteria = page.locator("#criteres-mot-de-passe li");
        assertThat(criteria.filter(new Locator.FilterOptions().setHasText("8 caractères minimum")))
                .containsText("(non respecté)");
        assertThat(criteria.filter(new Locator.FilterOptions().setHasText("Au moins 1 majuscule")))
                .containsText("(non respecté)");
        assertThat(criteria.filter(new Locator.FilterOptions().setHasText("Au moins 1 caractère numérique")))
                .containsText("(non respecté)");
        assertThat(criteria.filter(new Locator.FilterOptions().setHasText("Au moins 1 minuscule")))
                .not().containsText("(non respecté)");
        Locator newPassword = page.getByLabel("Nouveau mot de passe", EXACT);
        assertThat(newPassword).hasAttribute("aria-invalid", "true");
        assertThat(newPassword).hasAccessibleDescription(java.util.regex.Pattern.compile("^Erreur : Saisissez un mot de "
                + "passe d'au moins 8 caractères\\. Ajoutez au moins une lettre majuscule\\. Ajoutez au moins un chiffre\\. "
                + "Votre mot de passe doit respecter les critères suivants"));
        assertThat(page.getByLabel("Confirmation du nouveau mot de passe", EXACT))
                .hasAccessibleDescription("Erreur : La confirmation ne correspond pas : saisissez deux fois le même nouveau mot de passe.");
        Axe.assertNoViolations(page, "the forced password change page with a password that fails the criteria");

        summary.getByRole(AriaRole.LINK).first().click();
        assertThat(newPassword).isFocused();

        fillPasswordForm(page, parent.password(), "Personnel2026", "Personnel2026");
        Portal.assertPath(page, Portal.FAMILY_HOME);
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Votre mot de passe a été changé.");
        String today = Portal.longFrenchDate(LocalDate.now(clock));
        assertThat(page.locator("header .banner"))
                .hasText("Bienvenue " + parent.displayName() + ", vous avez 0 Nouveau(x) Message(s) " + today);
        assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Opérations en cours")))
                .containsText("Votre compte présente un solde de 0,00 €");
        assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Factures impayées")))
                .containsText("Vous n'avez aucune facture impayée à la date du " + today + ".");
        assertThat(page.getByRole(AriaRole.TABLE)).hasCount(0);
        Axe.assertNoViolations(page, "the family home page of a family without invoices, after the password change");
    }

    @Test
    void a_parent_changes_the_password_from_the_padlock_link(Page page) {
        Parent parent = new TestAccounts(applicationContext).newParent("Ancien2026x");
        Portal.logIn(page, parent.username(), parent.password());
        Portal.assertPath(page, Portal.FAMILY_HOME);

        page.locator("main").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Changer mot de passe")).click();
        Portal.assertPath(page, Portal.CHANGE_PASSWORD);
        assertThat(Portal.heading(page)).hasText("Changer mot de passe");
        assertThat(page.getByText("Votre mot de passe est provisoire")).hasCount(0);
        assertThat(page.locator(".error-summary")).hasCount(0);
        assertThat(page.getByRole(AriaRole.NAVIGATION)).hasCount(1);
        assertThat(page.getByRole(AriaRole.NAVIGATION)).hasAccessibleName("Onglets du Portail Famille");
        Axe.assertNoViolations(page, "the password change page");

        fillPasswordForm(page, "PasLeBon2026", "Nouveau2026y", "Nouveau2026y", () ->
                Axe.assertNoViolations(page, "the password change page, filled in"));
        Locator summary = Portal.focusedErrorSummary(page);
        assertThat(summary).containsText("Le mot de passe actuel est incorrect");
        assertThat(page.getByLabel("Mot de passe actuel", EXACT)).hasAttribute("aria-invalid", "true");
        assertThat(page.getByLabel("Mot de passe actuel", EXACT)).hasValue("");
        Axe.assertNoViolations(page, "the password change page with a wrong current password");

        fillPasswordForm(page, parent.password(), "Nouveau2026y", "Nouveau2026y");
        Portal.assertPath(page, Portal.FAMILY_HOME);
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Votre mot de passe a été changé.");

        Portal.logOut(page);
        Portal.logIn(page, parent.username(), "Nouveau2026y");
        Portal.assertPath(page, Portal.FAMILY_HOME);
        Portal.logOut(page);
        Portal.logIn(page, parent.username(), parent.password());
        Portal.assertPath(page, Portal.LOGIN);
        assertThat(Portal.focusedErrorSummary(page)).containsText("Identifiant ou mot de passe incorrect");
    }

    @Test
    void a_forgotten_password_is_reset_with_the_link_sent_by_mail(Page page) {
        TestAccounts accounts = new TestAccounts(applicationContext);
        String email = "camille." + ThreadLocalRandom.current().nextInt(1_000_000, 10_000_000) + "@example.org";
        Parent parent = accounts.newParent("Oublie2026x", false, email);

        page.navigate(Portal.LOGIN);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mot de passe oublié ?")).click();
        Portal.assertPath(page, Portal.FORGOTTEN_PASSWORD);
        assertThat(Portal.heading(page)).hasText("Mot de passe oublié");
        Axe.assertNoViolations(page, "the forgotten password page");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Recevoir un lien par courriel")).click();
        Locator summary = Portal.focusedErrorSummary(page);
        assertThat(summary).containsText("Saisissez votre identifiant ou votre adresse électronique.");
        assertThat(page.getByLabel("Identifiant ou adresse électronique")).hasAttribute("aria-invalid", "true");
        Axe.assertNoViolations(page, "the forgotten password page with an empty identifiant");

        String forUnknown = requestReset(page, "inconnu" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000), true);
        Axe.assertNoViolations(page, "the forgotten password confirmation");
        String forParent = requestReset(page, parent.username(), false);
        assertThat(forParent).isEqualTo(forUnknown)
                .contains("Si cet identifiant ou cette adresse correspond à un compte, un courriel vient de lui être envoyé.");

        String link = newestLinkSentTo(page, email);
        Axe.assertNoViolations(page, "the demo mailbox");
        String resetPath = relative(link);
        assertThat(resetPath).startsWith("/mot-de-passe/reinitialiser?jeton=");

        page.navigate(resetPath);
        assertThat(Portal.heading(page)).hasText("Choisir un nouveau mot de passe");
        assertThat(page.getByText("Ce lien ne fonctionne plus")).hasCount(0);
        Axe.assertNoViolations(page, "the reset password page");

        page.getByLabel("Nouveau mot de passe", EXACT).fill("Retrouve2026z");
        page.getByLabel("Confirmation du nouveau mot de passe", EXACT).fill("Retrouve2026y");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer le mot de passe")).click();
        assertThat(Portal.focusedErrorSummary(page)).containsText("La confirmation ne correspond pas");
        Axe.assertNoViolations(page, "the reset password page with a confirmation that does not match");

        page.getByLabel("Nouveau mot de passe", EXACT).fill("Retrouve2026z");
        page.getByLabel("Confirmation du nouveau mot de passe", EXACT).fill("Retrouve2026z");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer le mot de passe")).click();
        Portal.assertPath(page, Portal.LOGIN);
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Votre mot de passe a été changé.");
        Axe.assertNoViolations(page, "the login page after a password reset");

        Portal.logIn(page, parent.username(), "Retrouve2026z");
        Portal.assertPath(page, Portal.FAMILY_HOME);
        Portal.logOut(page);

        page.navigate(resetPath);
        Locator refused = page.locator(".error-summary");
        assertThat(refused).isFocused();
        assertThat(refused).containsText("Ce lien ne fonctionne plus");
        assertThat(page.getByLabel("Nouveau mot de passe", EXACT)).hasCount(0);
        Axe.assertNoViolations(page, "the reset password page with a used link");
    }

    private static void fillPasswordForm(Page page, String current, String newPassword, String confirmation) {
        fillPasswordForm(page, current, newPassword, confirmation, () -> { });
    }

    private static void fillPasswordForm(Page page, String current, String newPassword, String confirmation,
                                         Runnable beforeSubmit) {
        page.getByLabel("Mot de passe actuel", EXACT).fill(current);
        page.getByLabel("Nouveau mot de passe", EXACT).fill(newPassword);
        page.getByLabel("Confirmation du nouveau mot de passe", EXACT).fill(confirmation);
        beforeSubmit.run();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer le mot de passe")).click();
    }

    /** Asks for a reset link on "Mot de passe oublié ?" and returns the confirmation shown. */
    private static String requestReset(Page page, String identifier, boolean checkFilledForm) {
        page.navigate(Portal.FORGOTTEN_PASSWORD);
        page.getByLabel("Identifiant ou adresse électronique").fill(identifier);
        if (checkFilledForm) {
            Axe.assertNoViolations(page, "the forgotten password page, filled in");
        }
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Recevoir un lien par courriel")).click();
        Locator confirmation = page.getByRole(AriaRole.STATUS);
        assertThat(confirmation).containsText("Demande enregistrée");
        assertThat(confirmation).isFocused();
        return confirmation.innerText();
    }

    /** The link of the newest mail to {@code email} on the demo mailbox (mail may take a moment to arrive). */
    private static String newestLinkSentTo(Page page, String email) {
        page.navigate(Portal.MAILBOX);
        assertThat(Portal.heading(page)).hasText("Courriels envoyés (démonstration)");
        Locator mails = page.getByRole(AriaRole.ARTICLE).filter(new Locator.FilterOptions().setHasText(email));
        for (int attempt = 0; attempt < 50 && mails.count() == 0; attempt++) {
            page.waitForTimeout(200);
            page.reload();
        }
        assertThat(mails.first()).containsText("réinitialisation de votre mot de passe");
        return mails.first().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Ouvrir le lien du courriel"))
                .getAttribute("href");
    }

    /**
     * The link's path and query, to open on this test's server: the mail's links use {@code portal.base-url}
     * (http://localhost:8080 by default), which does not know the random port of the test server.
     */
    private static String relative(String link) {
        URI uri = URI.create(link);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }
}
