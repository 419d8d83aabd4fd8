package org.portailfamille.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.portailfamille.PortalIntegrationTest;
import org.portailfamille.TestAccounts;
import org.portailfamille.TestAccounts.Staff;
import org.portailfamille.accounts.adapter.in.web.FormTimestamps;
import org.portailfamille.accounts.application.port.in.HealthDetails;
import org.portailfamille.accounts.application.port.in.RegisterChildCommand;
import org.portailfamille.accounts.application.port.in.RegisterChildUseCase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Families (issue 12), with the keyboard only where a person acts: a registration listing two children, accepted
 * by staff, gives the family two children with plannings; staff correct a child and the family's history shows who
 * and why; staff publish a document that the parent then downloads. axe finds no violation on any page.
 */
@PortalIntegrationTest
@ExtendWith(BrowserExtension.class)
class FamiliesBrowserTest {

    private static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);

    @Autowired ApplicationContext applicationContext;
    @Autowired Clock clock;

    /** Moves the focus to {@code target} with the Tab key (at most 200 presses), as a keyboard user would. */
    static void tabTo(Page page, Locator target) {
        for (int i = 0; i < 200; i++) {
            page.keyboard().press("Tab");
            if ((Boolean) target.evaluate("element => element === document.activeElement")) {
                return;
            }
        }
        throw new AssertionError("Not reached with Tab: " + target);
    }

    static void type(Page page, Locator field, String text) {
        tabTo(page, field);
        page.keyboard().press("Control+A");
        page.keyboard().type(text);
    }

    @Test
    void a_registration_with_two_children_accepted_by_staff_gives_two_children_with_plannings(Page page) {
        String lastName = "DEUXENF" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        String email = lastName.toLowerCase() + "@example.org";
        page.navigate(Portal.REGISTRATION);
        Axe.assertNoViolations(page, "the registration form with its child rows");
        type(page, Portal.field(page, "Nom"), lastName);
        type(page, Portal.field(page, "Prénom"), "SARAH");
        type(page, Portal.field(page, "Adresse"), "9 RUE DES ECOLES");
        type(page, Portal.field(page, "Code postal"), "31400");
        type(page, Portal.field(page, "Ville"), "SAINT - JEAN");
        type(page, Portal.field(page, "Email"), email);
        type(page, Portal.field(page, "Prénom du 1er enfant"), "TOM");
        Portal.field(page, "Date de naissance du 1er enfant").fill("2018-04-05");
        Portal.field(page, "Sexe du 1er enfant").selectOption("MALE");
        type(page, Portal.field(page, "École du 1er enfant"), "École Jules Ferry");
        type(page, Portal.field(page, "Classe du 1er enfant"), "CE2");
        type(page, Portal.field(page, "Prénom du 2e enfant"), "NINA");
        Portal.field(page, "Date de naissance du 2e enfant").fill("2020-06-07");
        Portal.field(page, "Sexe du 2e enfant").selectOption("FEMALE");
        type(page, Portal.field(page, "Classe du 2e enfant"), "GS");
        setStamp(page, 10);
        Locator send = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer ma demande d'inscription"));
        tabTo(page, send);
        page.keyboard().press("Enter");
        assertThat(Portal.heading(page)).hasText("Demande d'inscription envoyée");

        Staff staff = new TestAccounts(applicationContext).newStaff("Guichet2026r");
        try (BrowserContext office = Portal.otherBrowser(page)) {
            Page agent = office.newPage();
            Portal.logIn(agent, staff.username(), staff.password());
            agent.navigate(Portal.STAFF_REQUESTS);
            agent.getByLabel("Type de demande").selectOption(new SelectOption().setLabel("Nouvelle inscription"));
            Portal.press(agent, "Filtrer");
            Locator row = agent.getByRole(AriaRole.TABLE).locator("tbody tr")
                    .filter(new Locator.FilterOptions().setHasText(lastName));
            row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Nouvelle inscription")).click();
            Locator changes = agent.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Modifications demandées"));
            assertThat(changes).containsText("TOM " + lastName + " (2018-04-05, École Jules Ferry CE2)");
            assertThat(changes).containsText("NINA " + lastName);
            Axe.assertNoViolations(agent, "a registration with two children, for staff");
            Locator accept = agent.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accepter la demande"));
            tabTo(agent, accept);
            agent.keyboard().press("Enter");
            assertThat(agent.getByRole(AriaRole.STATUS)).containsText("La demande a été acceptée.");
        }

        String body = Portal.newestMail(page, email, "Vos identifiants du Portail Famille").locator("pre").innerText();
        Matcher username = Pattern.compile("Identifiant : (\\S+)").matcher(body);
        Matcher password = Pattern.compile("Mot de passe provisoire : (\\S+)").matcher(body);
        assertThat(username.find() && password.find()).as(body).isTrue();
        Portal.logIn(page, username.group(1), password.group(1));
        page.getByLabel("Mot de passe actuel", EXACT).fill(password.group(1));
        page.getByLabel("Nouveau mot de passe", EXACT).fill("Fratrie2026x");
        page.getByLabel("Confirmation du nouveau mot de passe", EXACT).fill("Fratrie2026x");
        Portal.press(page, "Enregistrer le mot de passe");
        Portal.assertPath(page, Portal.FAMILY_HOME);

        page.navigate("/famille/enfants");
        Locator list = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Vos enfants"));
        assertThat(list.locator("tbody tr")).hasCount(2);
        assertThat(list).containsText("TOM");
        assertThat(list).containsText("École Jules Ferry");
        assertThat(list).containsText("NINA");
        Axe.assertNoViolations(page, "Mes enfants with the two children of the registration");
        for (String child : List.of("TOM", "NINA")) {
            page.navigate("/famille/enfants");
            Locator planning = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                    .setName(Pattern.compile("Planning d.*" + child)));
            tabTo(page, planning);
            page.keyboard().press("Enter");
            assertThat(Portal.heading(page)).containsText(child + " " + lastName);
            assertThat(page).hasURL(Pattern.compile(".*/famille/enfants/[0-9a-f-]{36}/planning.*"));
            Axe.assertNoViolations(page, "the planning of " + child);
        }
    }

    @Test
    void staff_correct_a_child_and_the_history_shows_who_and_why(Page page) {
        TestAccounts.Parent parent = new TestAccounts(applicationContext).newParent("Famille2026h");
        applicationContext.getBean(RegisterChildUseCase.class).registerChild(new RegisterChildCommand(
                parent.familyId(), "LOU", "TEST", LocalDate.of(2017, 9, 1), "FEMALE", "École A", "CM1", false, false,
                List.of(), new HealthDetails("", "", "", "", false, true, false, "")));
        Staff staff = new TestAccounts(applicationContext).newStaff("Guichet2026s");
        Portal.logIn(page, staff.username(), staff.password());
        page.navigate("/gestion/familles/" + parent.familyId().value());
        assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Enfants").setExact(true))).containsText("LOU");
        assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Compte et prélèvement").setExact(true))).isVisible();
        assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Demandes de la famille").setExact(true))).isVisible();
        assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Messages de la famille").setExact(true))).isVisible();
        Axe.assertNoViolations(page, "the complete family file for staff");

        Locator correct = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Corriger la fiche de LOU"));
        tabTo(page, correct);
        page.keyboard().press("Enter");
        assertThat(Portal.heading(page)).hasText("Corriger la fiche de LOU TEST");
        Axe.assertNoViolations(page, "the staff child correction form");
        type(page, Portal.field(page, "École"), "École B");
        Locator submit = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer la correction"));
        tabTo(page, submit);
        page.keyboard().press("Enter");
        assertThat(Portal.focusedErrorSummary(page)).containsText("Motif de la correction");
        Axe.assertNoViolations(page, "the staff child correction without a reason");

        type(page, Portal.field(page, "Motif de la correction"), "Changement d'école signalé au guichet");
        tabTo(page, submit);
        page.keyboard().press("Enter");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("La correction est enregistrée");
        Locator history = page.getByRole(AriaRole.TABLE);
        assertThat(history).containsText("Agent ");
        assertThat(history).containsText("LOU TEST");
        assertThat(history).containsText("École A");
        assertThat(history).containsText("École B");
        assertThat(history).containsText("Changement d'école signalé au guichet");
        Axe.assertNoViolations(page, "the family's history");
        page.setViewportSize(375, 800);
        page.reload();
        assertNoSidewaysScrolling(page, "the family's history at 375 px");
        page.navigate("/gestion/familles/" + parent.familyId().value());
        assertNoSidewaysScrolling(page, "the family file at 375 px");
    }

    @Test
    void staff_publish_a_document_that_a_parent_downloads(Page page) throws Exception {
        TestAccounts.Parent parent = new TestAccounts(applicationContext).newParent("Famille2026i");
        Staff staff = new TestAccounts(applicationContext).newStaff("Guichet2026t");
        String title = "Règlement intérieur " + ThreadLocalRandom.current().nextInt(1000, 10000);
        byte[] pdf = "%PDF-1.4\n% règlement\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
        page.navigate(Portal.LOGIN); // the second browser takes this one's address
        try (BrowserContext office = Portal.otherBrowser(page)) {
            Page agent = office.newPage();
            Portal.logIn(agent, staff.username(), staff.password());
            Portal.staffMenu(agent, "Documents");
            assertThat(Portal.heading(agent)).hasText("Documents pour les familles");
            Axe.assertNoViolations(agent, "the staff documents page");
            Locator publish = agent.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publier le document"));
            tabTo(agent, publish);
            agent.keyboard().press("Enter");
            assertThat(Portal.focusedErrorSummary(agent)).containsText("Saisissez le titre du document");
            Axe.assertNoViolations(agent, "the staff documents page with errors");
            type(agent, agent.getByLabel(Pattern.compile("^\\s*Titre")), title);
            agent.getByLabel(Pattern.compile("^\\s*Fichier PDF")).setInputFiles(new FilePayload("reglement.pdf",
                    "application/pdf", pdf));
            tabTo(agent, publish);
            agent.keyboard().press("Enter");
            assertThat(agent.getByRole(AriaRole.STATUS)).containsText("Le document est publié");
            assertThat(agent.getByRole(AriaRole.TABLE)).containsText(title);
            Axe.assertNoViolations(agent, "the staff documents page with a document");
        }

        Portal.logIn(page, parent.username(), parent.password());
        Locator link = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Voir les documents"));
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Télécharger la fiche d'inscription (PDF)"))).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Voir les informations de mon compte"))).isVisible();
        Axe.assertNoViolations(page, "Accueil with its three links");
        tabTo(page, link);
        page.keyboard().press("Enter");
        assertThat(Portal.heading(page)).hasText("Infos et documents");
        Axe.assertNoViolations(page, "the family's documents");
        Locator document = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title));
        tabTo(page, document);
        Download download = page.waitForDownload(() -> page.keyboard().press("Enter"));
        assertThat(download.suggestedFilename()).isEqualTo("reglement.pdf");
        assertThat(Files.readAllBytes(download.path())).isEqualTo(pdf);

        page.setViewportSize(375, 800);
        for (String path : List.of(Portal.FAMILY_HOME, "/famille/documents")) {
            page.navigate(path);
            assertNoSidewaysScrolling(page, path + " at 375 px");
        }
    }

    /** Nothing but a table's own container scrolls sideways. */
    static void assertNoSidewaysScrolling(Page page, String state) {
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(((Number) overflow).intValue()).as(state).isLessThanOrEqualTo(0);
    }

    /** Sets the form's signed "shown at" stamp {@code secondsAgo} seconds back, instead of waiting (3 s at least). */
    private void setStamp(Page page, int secondsAgo) {
        String shown = (String) page.evaluate("() => document.querySelector('input[name=horodatage]').value");
        String stamp = applicationContext.getBean(FormTimestamps.class).stampAt(clock.instant().minusSeconds(secondsAgo),
                FormTimestamps.bindingOf(shown));
        page.evaluate("stamp => document.querySelector('input[name=horodatage]').value = stamp", stamp);
    }
}
