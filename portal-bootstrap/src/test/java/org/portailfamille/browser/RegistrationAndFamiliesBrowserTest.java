package org.portailfamille.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.portailfamille.PortalIntegrationTest;
import org.portailfamille.TestAccounts;
import org.portailfamille.TestAccounts.Staff;
import org.portailfamille.accounts.adapter.in.web.FormTimestamps;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.time.Clock;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Opening a family account: "Nouvelle inscription" from the login page, accepted by staff, credentials by mail;
 * and the staff "Familles" pages (search, a family's file, an account created at the desk).
 * The registration form is limited per address: this class posts one valid application from the browser.
 */
@PortalIntegrationTest
@ExtendWith(BrowserExtension.class)
class RegistrationAndFamiliesBrowserTest {

    private static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);

    @Autowired
    ApplicationContext applicationContext;

    @Autowired
    Clock clock;

    @Test
    void a_new_family_registers_is_accepted_and_logs_in_with_the_mailed_credentials(Page page) {
        String lastName = "INSCRIT" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        String email = lastName.toLowerCase() + "@example.org";

        page.navigate(Portal.LOGIN);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("inscription", Pattern.CASE_INSENSITIVE))).click();
        Portal.assertPath(page, Portal.REGISTRATION);
        assertThat(Portal.heading(page)).hasText("Nouvelle inscription");
        // The honeypot is off-screen, out of the tab order and hidden from screen readers.
        assertThat(page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Ne remplissez pas ce champ")))
                .hasCount(0);
        assertThat(page.locator("#site")).hasAttribute("tabindex", "-1");
        Axe.assertNoViolations(page, "the registration form, empty");

        Portal.field(page, "Nom").fill(lastName);
        Portal.field(page, "Prénom").fill("ÉLISE");
        Portal.field(page, "Adresse").fill("7 RUE DES ECOLES");
        Portal.field(page, "Code postal").fill("3140");
        Portal.field(page, "Ville").fill("SAINT - JEAN");
        Portal.field(page, "Email").fill(email);
        Portal.field(page, "Prénom du 1er enfant").fill("LÉA");
        Portal.field(page, "Date de naissance du 1er enfant").fill("2019-03-15");
        Portal.field(page, "Sexe du 1er enfant").selectOption("FEMALE");
        Axe.assertNoViolations(page, "the registration form, filled in");
        setStamp(page, 0); // as if the form had been shown just now: a robot's speed
        Portal.press(page, "Envoyer ma demande d'inscription");
        assertThat(Portal.focusedErrorSummary(page)).containsText("envoyé trop vite");
        assertThat(Portal.field(page, "Nom")).hasValue(lastName);
        Axe.assertNoViolations(page, "the registration form sent too fast");

        setStamp(page, 10);
        Portal.press(page, "Envoyer ma demande d'inscription");
        assertThat(Portal.focusedErrorSummary(page)).containsText("Saisissez un code postal de 5 chiffres");
        assertThat(Portal.field(page, "Code postal")).hasAttribute("aria-invalid", "true");
        Axe.assertNoViolations(page, "the registration form with a bad postcode");

        Portal.field(page, "Code postal").fill("31400");
        setStamp(page, 10);
        Portal.press(page, "Envoyer ma demande d'inscription");
        Portal.assertPath(page, Portal.REGISTRATION);
        assertThat(Portal.heading(page)).hasText("Demande d'inscription envoyée");
        assertThat(page.getByRole(AriaRole.STATUS)).isFocused();
        Axe.assertNoViolations(page, "the registration confirmation");

        Locator acknowledgement = Portal.newestMail(page, email, "Votre demande d'inscription au Portail Famille");
        assertThat(acknowledgement).containsText("Nous avons bien reçu votre demande d'inscription");

        Staff staff = new TestAccounts(applicationContext).newStaff("Guichet2026y");
        try (BrowserContext office = Portal.otherBrowser(page)) {
            Page agent = office.newPage();
            Portal.logIn(agent, staff.username(), staff.password());
            agent.navigate(Portal.STAFF_REQUESTS);
            agent.getByLabel("Type de demande").selectOption(new com.microsoft.playwright.options.SelectOption()
                    .setLabel("Nouvelle inscription"));
            Portal.press(agent, "Filtrer");
            Locator row = agent.getByRole(AriaRole.TABLE).locator("tbody tr")
                    .filter(new Locator.FilterOptions().setHasText(lastName));
            assertThat(row).hasCount(1);
            Axe.assertNoViolations(agent, "the staff queue of registrations");
            row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Nouvelle inscription")).click();
            assertThat(Portal.heading(agent)).hasText("Nouvelle inscription");
            assertThat(agent.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Modifications demandées")))
                    .containsText("LÉA");
            Axe.assertNoViolations(agent, "a registration for staff");
            Portal.press(agent, "Accepter la demande");
            assertThat(agent.getByRole(AriaRole.STATUS)).containsText("La demande a été acceptée.");
        }

        Locator credentials = Portal.newestMail(page, email, "Vos identifiants du Portail Famille");
        String body = credentials.locator("pre").innerText();
        Matcher username = Pattern.compile("Identifiant : (\\S+)").matcher(body);
        Matcher password = Pattern.compile("Mot de passe provisoire : (\\S+)").matcher(body);
        assertThat(username.find()).as(body).isTrue();
        assertThat(password.find()).as(body).isTrue();

        Portal.logIn(page, username.group(1), password.group(1));
        changeTemporaryPassword(page, password.group(1), "Inscrite2026x");
        page.navigate(Portal.MY_ACCOUNT);
        assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Mon compte"))).containsText(lastName);
    }

    @Test
    void staff_find_a_family_create_an_account_shown_once_and_give_it_a_new_temporary_password(Page page) {
        Portal.logIn(page, Portal.AGENT, Portal.AGENT_PASSWORD);
        Portal.staffMenu(page, "Familles");
        Portal.assertPath(page, Portal.STAFF_FAMILIES);
        assertThat(Portal.heading(page)).hasText("Familles");
        Axe.assertNoViolations(page, "the staff family search, empty");

        page.getByLabel("Rechercher une famille").fill("d");
        Portal.press(page, "Rechercher");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Saisissez au moins 2 caractères.");
        Axe.assertNoViolations(page, "the staff family search, too short");
        page.getByLabel("Rechercher une famille").fill("dupont");
        page.getByLabel("Rechercher une famille").press("Enter");
        Locator results = page.getByRole(AriaRole.TABLE);
        Locator dupont = results.locator("tbody tr").filter(new Locator.FilterOptions().setHasText("1001001818331"));
        assertThat(dupont).hasCount(1);
        Axe.assertNoViolations(page, "the staff family search with results");

        dupont.getByRole(AriaRole.LINK).click();
        assertThat(Portal.heading(page)).containsText("DUPONT JEAN");
        assertThat(Portal.heading(page)).containsText("1001001818331");
        assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Identifiants"))).containsText("jean.dupont");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Donner un nouveau mot de passe provisoire à jean.dupont"))).isVisible();
        Axe.assertNoViolations(page, "a family's file for staff");

        page.navigate(Portal.STAFF_FAMILIES);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Créer un compte famille")).click();
        assertThat(Portal.heading(page)).hasText("Créer un compte famille");
        Axe.assertNoViolations(page, "the new family account form, empty");
        Portal.press(page, "Créer le compte");
        Locator summary = Portal.focusedErrorSummary(page);
        assertThat(summary).containsText("Saisissez : Nom.");
        assertThat(summary).containsText("Saisissez l'adresse électronique du responsable pour lui envoyer ses identifiants");
        Axe.assertNoViolations(page, "the new family account form with errors");

        String lastName = "GUICHET" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        Portal.field(page, "Nom").fill(lastName);
        Portal.field(page, "Prénom").fill("NOÉ");
        Portal.field(page, "Adresse").fill("3 RUE DE LA MAIRIE");
        Portal.field(page, "Code postal").fill("31400");
        Portal.field(page, "Ville").fill("SAINT - JEAN");
        // Ticked by default, still ticked after the errors: unticked with the keyboard, the credentials are shown once.
        Locator sendByEmail = Portal.field(page, "Envoyer l'identifiant et le mot de passe provisoire par courriel au responsable");
        assertThat(sendByEmail).isChecked();
        sendByEmail.focus();
        page.keyboard().press("Space");
        assertThat(sendByEmail).not().isChecked();
        Axe.assertNoViolations(page, "the new family account form, filled in");
        Portal.press(page, "Créer le compte");
        assertThat(Portal.heading(page)).hasText("Compte famille créé");
        assertThat(page.getByRole(AriaRole.STATUS)).isFocused();
        String username = MyAccountBrowserTest.definition(page.locator("main"), "Identifiant").innerText().strip();
        String password = MyAccountBrowserTest.definition(page.locator("main"), "Mot de passe provisoire").innerText().strip();
        assertThat(password).isNotBlank();
        Axe.assertNoViolations(page, "the new family account's credentials, shown once");

        // Its file: no e-mail, so the new temporary password can only be shown; the old one stops working.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ouvrir la fiche de la famille")).click();
        assertThat(Portal.heading(page)).containsText(lastName + " NOÉ");
        Locator byMail = page.getByLabel("Envoyer le nouveau mot de passe par courriel au responsable");
        assertThat(byMail).isDisabled();
        assertThat(byMail).hasAccessibleDescription(Pattern.compile("^Le responsable n'a pas d'adresse électronique"));
        Axe.assertNoViolations(page, "the new family's file");
        Portal.press(page, "Donner un nouveau mot de passe provisoire à " + username);
        Locator issued = page.getByRole(AriaRole.STATUS);
        assertThat(issued).isFocused();
        assertThat(issued).containsText("Mot de passe provisoire de l'identifiant " + username);
        String newPassword = issued.locator(".credential").innerText().strip();
        assertThat(newPassword).isNotBlank().isNotEqualTo(password);
        Axe.assertNoViolations(page, "the family's file with a new temporary password shown");
        Portal.logOut(page);

        Portal.logIn(page, username, password);
        Portal.assertPath(page, Portal.LOGIN);
        Portal.logIn(page, username, newPassword);
        changeTemporaryPassword(page, newPassword, "Guichet2026z");
    }

    /** Sets the form's signed "shown at" stamp {@code secondsAgo} seconds back, instead of waiting (3 s at least). */
    private void setStamp(Page page, int secondsAgo) {
        String shown = (String) page.evaluate("() => document.querySelector('input[name=horodatage]').value");
        String stamp = applicationContext.getBean(FormTimestamps.class).stampAt(clock.instant().minusSeconds(secondsAgo),
                FormTimestamps.bindingOf(shown));
        page.evaluate("stamp => document.querySelector('input[name=horodatage]').value = stamp", stamp);
    }

    private static void changeTemporaryPassword(Page page, String current, String newPassword) {
        Portal.assertPath(page, Portal.CHANGE_PASSWORD);
        assertThat(page.getByText("Votre mot de passe est provisoire")).isVisible();
        page.getByLabel("Mot de passe actuel", EXACT).fill(current);
        page.getByLabel("Nouveau mot de passe", EXACT).fill(newPassword);
        page.getByLabel("Confirmation du nouveau mot de passe", EXACT).fill(newPassword);
        Portal.press(page, "Enregistrer le mot de passe");
        Portal.assertPath(page, Portal.FAMILY_HOME);
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Votre mot de passe a été changé.");
    }
}
