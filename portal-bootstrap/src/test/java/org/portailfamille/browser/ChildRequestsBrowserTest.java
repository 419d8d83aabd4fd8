package org.portailfamille.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.portailfamille.PortalIntegrationTest;
import org.portailfamille.TestAccounts;
import org.portailfamille.TestAccounts.Parent;
import org.portailfamille.TestAccounts.Staff;
import org.portailfamille.accounts.application.port.in.AuthorisedPersonDetails;
import org.portailfamille.accounts.application.port.in.HealthDetails;
import org.portailfamille.accounts.application.port.in.RegisterChildCommand;
import org.portailfamille.accounts.application.port.in.RegisterChildUseCase;
import org.portailfamille.shared.ChildId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.time.LocalDate;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Mes enfants, requests about a child: the health form refused then sent with the keyboard, masked in the
 * parent's list, read and accepted by staff, then seen by the parent in the child's file; the authorised
 * persons' form and "Ajouter un enfant" in their empty, error and sent states. Axe on every page.
 */
@PortalIntegrationTest
@ExtendWith(BrowserExtension.class)
class ChildRequestsBrowserTest {

    @Autowired
    ApplicationContext applicationContext;

    private ChildId childOf(Parent parent, String firstName) {
        return applicationContext.getBean(RegisterChildUseCase.class).registerChild(new RegisterChildCommand(
                parent.familyId(), firstName, "TEST", LocalDate.of(2018, 6, 1), "FEMALE", "École Jules Ferry", "CE2",
                true, false,
                List.of(new AuthorisedPersonDetails("MARIE DURAND", "Grand-mère", "06 11 22 33 44", true, true)),
                new HealthDetails("Dr MARTIN", "05 61 00 00 00", "Arachide", "", false, true, false, "")));
    }

    @Test
    void a_parent_asks_a_health_change_with_the_keyboard_staff_accept_and_the_parent_sees_it(Page page) {
        TestAccounts accounts = new TestAccounts(applicationContext);
        Parent parent = accounts.newParent("Enfants2026x");
        Staff staff = accounts.newStaff("Guichet2026x");
        ChildId nina = childOf(parent, "NINA");

        Portal.logIn(page, parent.username(), parent.password());
        page.navigate("/famille/enfants");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("NINA").setExact(true)).click();
        Locator menu = page.getByRole(AriaRole.NAVIGATION,
                new Page.GetByRoleOptions().setName("Demander une modification de la fiche de NINA"));
        assertThat(menu.getByRole(AriaRole.LINK)).hasText(new String[]{"Fiche de l'enfant", "Autorisations",
                "Personnes autorisées", "Données sanitaires", "Informations enfant"});
        Axe.assertNoViolations(page, "NINA's file with its side menu");
        menu.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Données sanitaires")).focus();
        page.keyboard().press("Enter");

        Portal.assertPath(page, "/famille/enfants/" + nina + "/donnees-sanitaires");
        assertThat(Portal.heading(page)).hasText("Données sanitaires de NINA");
        assertThat(Portal.field(page, "Allergies")).hasValue("Arachide");
        Axe.assertNoViolations(page, "Données sanitaires, prefilled");

        // unchanged: nothing sent
        Portal.press(page, "Enregistrer la demande");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Vous n'avez rien modifié");
        // the page's script moves the focus to that message once loaded: wait for it, or it could take the focus
        // away from the field typed below (on a busy machine the old phone number was sent, unchanged)
        assertThat(page.getByRole(AriaRole.STATUS)).isFocused();

        // a bad doctor's phone, typed and sent with the keyboard only
        Locator phone = Portal.field(page, "Téléphone du médecin");
        phone.focus();
        page.keyboard().press("Control+A");
        page.keyboard().type("05 61");
        Locator allergies = Portal.field(page, "Allergies");
        allergies.focus();
        page.keyboard().press("Control+A");
        page.keyboard().type("Arachide, kiwi");
        assertThat(phone).hasValue("05 61");
        phone.focus();
        page.keyboard().press("Enter");
        Locator summary = Portal.focusedErrorSummary(page);
        assertThat(summary).containsText("Téléphone du médecin : saisissez un numéro de téléphone français");
        assertThat(Portal.field(page, "Téléphone du médecin")).hasAttribute("aria-invalid", "true");
        assertThat(Portal.field(page, "Allergies")).hasValue("Arachide, kiwi");
        Axe.assertNoViolations(page, "Données sanitaires with a bad phone");
        summary.getByRole(AriaRole.LINK).first().focus();
        page.keyboard().press("Enter");
        assertThat(Portal.field(page, "Téléphone du médecin")).isFocused();
        page.keyboard().press("Control+A");
        page.keyboard().type("05 61 22 33 44");
        Locator pai = Portal.field(page, "Mon enfant a un PAI (projet d'accueil individualisé)");
        pai.focus();
        page.keyboard().press("Space");
        assertThat(pai).isChecked();
        Portal.field(page, "Téléphone du médecin").focus();
        page.keyboard().press("Enter");
        Portal.assertPath(page, "/famille/enfants/" + nina + "/donnees-sanitaires/demande-envoyee");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Votre demande a été transmise à la mairie");
        Axe.assertNoViolations(page, "Données sanitaires sent");

        // the parent's list shows that health data changed, never the values
        page.navigate("/famille/demandes?vue=enfants");
        Locator pending = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Demandes en attente"));
        assertThat(pending).containsText("Données sanitaires modifiées");
        assertThat(page.getByRole(AriaRole.MAIN)).not().containsText("kiwi");
        assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Types de demande"))
                .getByRole(AriaRole.LINK)).containsText(new String[]{"Toutes", "Ajouter un enfant", "Informations enfant",
                "Autorisations", "Personnes autorisées", "Données sanitaires"});
        Axe.assertNoViolations(page, "Liste des demandes, Mes enfants, with a health request");

        try (BrowserContext office = Portal.otherBrowser(page)) {
            Page agent = office.newPage();
            Portal.logIn(agent, staff.username(), staff.password());
            Locator queue = Portal.staffQueue(agent, "accounts.child-health", parent.familyNumber());
            assertThat(queue.locator("tbody tr")).hasCount(1);
            assertThat(agent.getByRole(AriaRole.MAIN)).not().containsText("kiwi");
            Axe.assertNoViolations(agent, "the staff queue with a health request");
            queue.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Données sanitaires")).click();
            assertThat(Portal.heading(agent)).hasText("Données sanitaires");
            Locator changes = agent.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Modifications demandées"));
            Locator allergyRow = changes.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Allergies"));
            assertThat(allergyRow).containsText("Arachide");
            assertThat(allergyRow).containsText("Arachide, kiwi");
            assertThat(agent.getByRole(AriaRole.MAIN)).containsText("NINA TEST");
            assertThat(agent.getByRole(AriaRole.MAIN)).containsText("votre consultation est enregistrée");
            Axe.assertNoViolations(agent, "the staff detail of a health request");
            agent.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                    .setName("Voir les consultations des données sanitaires de cet enfant")).click();
            assertThat(Portal.heading(agent)).hasText("Consultations des données sanitaires");
            assertThat(agent.getByRole(AriaRole.TABLE)).containsText(staff.username());
            Axe.assertNoViolations(agent, "the health-data audit of a child");
            agent.goBack();
            Portal.press(agent, "Accepter la demande");
            Portal.assertPath(agent, Portal.STAFF_REQUESTS);
            assertThat(agent.getByRole(AriaRole.STATUS)).containsText("La demande a été acceptée.");
        }

        Locator health = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Fiche sanitaire"));
        Portal.reloadUntil(page, "/famille/enfants/" + nina, health, "Arachide, kiwi");
        assertThat(health).containsText("05 61 22 33 44");
        Portal.reloadUntil(page, "/famille/demandes?vue=enfants", page.getByRole(AriaRole.MAIN), "Demandes acceptées");
        assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Demandes acceptées")))
                .containsText("Données sanitaires modifiées");
    }

    @Test
    void authorised_persons_and_ajouter_un_enfant_refuse_bad_rows_then_send_a_request(Page page) {
        Parent parent = new TestAccounts(applicationContext).newParent("Enfants2026x");
        ChildId zoe = childOf(parent, "ZOÉ");
        Portal.logIn(page, parent.username(), parent.password());

        page.navigate("/famille/enfants/" + zoe + "/personnes-autorisees");
        assertThat(Portal.heading(page)).hasText("Personnes autorisées auprès de ZOÉ");
        Locator first = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Personne 1"));
        Locator added = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Ajouter une personne"));
        assertThat(first.getByLabel("Nom et prénom")).hasValue("MARIE DURAND");
        Axe.assertNoViolations(page, "Personnes autorisées, prefilled");
        added.getByLabel("Nom et prénom").fill("Julie Martin");
        added.getByLabel("Téléphone").fill("12");
        Portal.press(page, "Enregistrer la demande");
        Locator summary = Portal.focusedErrorSummary(page);
        assertThat(summary.getByRole(AriaRole.LINK)).hasText(new String[]{
                "Saisissez : Lien avec l'enfant de la personne 2.",
                "Téléphone de la personne 2 : saisissez un numéro de téléphone français, par exemple 01 02 03 04 05.",
                "Rôle de la personne 2 : cochez « Peut venir chercher l'enfant », « À prévenir en cas d'urgence », ou les deux."});
        Axe.assertNoViolations(page, "Personnes autorisées with a bad row");
        Locator second = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Personne 2"));
        second.getByLabel("Lien avec l'enfant").fill("Voisine");
        second.getByLabel("Téléphone").fill("06 12 12 12 12");
        second.getByLabel("Peut venir chercher l'enfant").check();
        first.getByLabel("Retirer cette personne").check();
        Portal.press(page, "Enregistrer la demande");
        Portal.assertPath(page, "/famille/enfants/" + zoe + "/personnes-autorisees/demande-envoyee");
        page.navigate("/famille/demandes?vue=enfants&type=accounts.child-persons");
        Locator pending = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Demandes en attente"));
        assertThat(pending).containsText("JULIE MARTIN (Voisine), 06 12 12 12 12");
        assertThat(pending).containsText("MARIE DURAND (Grand-mère), 06 11 22 33 44");
        Axe.assertNoViolations(page, "Liste des demandes filtered on Personnes autorisées");

        page.navigate("/famille/enfants");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ajouter un enfant")).click();
        Portal.assertPath(page, "/famille/enfants/ajouter");
        assertThat(Portal.heading(page)).hasText("Ajouter un enfant");
        Axe.assertNoViolations(page, "Ajouter un enfant, empty");
        Portal.field(page, "Nom").fill("TEST");
        Portal.press(page, "Enregistrer la demande");
        summary = Portal.focusedErrorSummary(page);
        assertThat(summary).containsText("Saisissez : Prénom.");
        assertThat(summary).containsText("Saisissez : Date de naissance.");
        assertThat(summary).containsText("Cochez au moins un service souhaité");
        Axe.assertNoViolations(page, "Ajouter un enfant with errors");
        Portal.field(page, "Prénom").fill("Hugo");
        Portal.field(page, "Date de naissance").fill("2024-05-20");
        Portal.field(page, "Sexe").selectOption("MALE");
        Portal.field(page, "Garderie périscolaire").check();
        Portal.press(page, "Enregistrer la demande");
        Portal.assertPath(page, "/famille/enfants/ajouter/demande-envoyee");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Votre demande d'inscription a été transmise");
        Axe.assertNoViolations(page, "Ajouter un enfant sent");
    }
}
