package org.portailfamille.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.portailfamille.PortalIntegrationTest;
import org.portailfamille.TestAccounts;
import org.portailfamille.TestAccounts.Parent;
import org.portailfamille.TestAccounts.Staff;
import org.portailfamille.TestClock;
import org.portailfamille.accounts.application.port.in.AuthorisedPersonDetails;
import org.portailfamille.accounts.application.port.in.HealthDetails;
import org.portailfamille.accounts.application.port.in.RegisterChildCommand;
import org.portailfamille.accounts.application.port.in.RegisterChildUseCase;
import org.portailfamille.messaging.application.port.in.Folder;
import org.portailfamille.messaging.application.port.in.MailboxOrder;
import org.portailfamille.messaging.application.port.in.MailboxQuery;
import org.portailfamille.messaging.application.port.in.ViewMailboxUseCase;
import org.portailfamille.planning.GridFixture;
import org.portailfamille.planning.application.port.in.EnrolChildCommand;
import org.portailfamille.planning.application.port.in.EnrolChildUseCase;
import org.portailfamille.planning.application.port.in.SetUpFacilityCommand;
import org.portailfamille.planning.application.port.in.SetUpFacilityUseCase;
import org.portailfamille.shared.ChildId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Boîte de réception (issue 10): a parent writes to a facility, staff take and answer the message, the parent
 * reads the answer and the banner's count drops; delete and restore; a broadcast to an activity reaches each
 * family once; notification preferences and contact details. Every page is checked with axe, the parent's writing
 * is done from the keyboard, and the pages fit 320 px. Screenshots at 1280 and 375 px go to /work/screens.
 */
@PortalIntegrationTest
@ExtendWith(BrowserExtension.class)
class MessagingBrowserTest {

    static final Path SCREENS = Paths.get(System.getProperty("portal.screens", "/work/screens"));
    static final byte[] PDF = "%PDF-1.4\n% emploi du temps\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    ApplicationContext context;

    @Test
    void a_parent_writes_staff_answer_the_parent_reads_the_answer_deletes_and_restores_it(Page page) {
        TestAccounts accounts = new TestAccounts(context);
        Parent parent = accounts.newParent("Messages2026x", false,
                "boite." + java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000, 10_000_000) + "@example.org");
        Staff staff = accounts.newStaff("Guichet2026x");
        String facility = "Structure Messages " + UUID.randomUUID().toString().substring(0, 8);
        UUID facilityId = context.getBean(SetUpFacilityUseCase.class).setUpFacility(new SetUpFacilityCommand(facility));
        awaitInTheDirectory(facilityId);
        String subject = "Question repas " + System.nanoTime();

        Portal.logIn(page, parent.username(), parent.password());
        Locator banner = page.locator(".banner");
        assertThat(banner).containsText("vous avez 0 Nouveau(x) Message(s)");
        page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Boîte de réception")).click();
        Portal.assertPath(page, "/famille/messages");
        assertThat(Portal.heading(page)).hasText("Boîte de réception");
        assertThat(page.getByText("Vous n'avez reçu aucun message.")).isVisible();
        Axe.assertNoViolations(page, "an empty Boîte de réception");
        shoot(page, "boite-vide");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Écrire un message")).click();
        Portal.press(page, "Envoyer le message");
        Locator summary = Portal.focusedErrorSummary(page);
        assertThat(summary).containsText("Choisissez une structure d'accueil de la liste.");
        assertThat(summary).containsText("Indiquez l'objet du message.");
        assertThat(summary).containsText("Écrivez votre message.");
        Axe.assertNoViolations(page, "Écrire un message with errors");
        shoot(page, "ecrire-erreurs");
        Portal.field(page, "Pièces jointes").setInputFiles(new FilePayload("photo.pdf", "application/pdf",
                "pas un PDF".getBytes(StandardCharsets.UTF_8)));
        Portal.field(page, "Objet").fill(subject);
        Portal.press(page, "Envoyer le message");
        assertThat(Portal.focusedErrorSummary(page)).containsText("Le fichier « photo.pdf » n'est pas un PDF");
        assertThat(Portal.field(page, "Objet")).hasValue(subject);

        // from the keyboard: the recipient (type-ahead in the list), the subject, the text, then Enter on the button
        Locator recipient = Portal.field(page, "Destinataire");
        recipient.focus();
        recipient.selectOption(new SelectOption().setLabel(facility));
        page.keyboard().press("Tab");
        assertThat(Portal.field(page, "Objet")).isFocused();
        page.keyboard().press("Tab");
        assertThat(Portal.field(page, "Votre message")).isFocused();
        page.keyboard().type("Bonjour, quel est le menu de mercredi ? Voir https://exemple.fr/menu.");
        Portal.field(page, "Pièces jointes").setInputFiles(new FilePayload("menu.pdf", "application/pdf", PDF));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer le message")).focus();
        page.keyboard().press("Enter");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Votre message a été envoyé.");
        assertThat(Portal.heading(page)).hasText(subject);
        Locator link = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("https://exemple.fr/menu"));
        assertThat(link).hasAttribute("rel", "noopener noreferrer");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Télécharger menu.pdf (1 ko)")))
                .isVisible();
        Axe.assertNoViolations(page, "the conversation just written");
        shoot(page, "conversation");

        try (BrowserContext office = Portal.otherBrowser(page)) {
            Page agent = office.newPage();
            Portal.logIn(agent, staff.username(), staff.password());
            assertThat(agent.locator("#messages-title").locator("xpath=..")).containsText("non lu");
            Portal.staffMenu(agent, "Messagerie");
            Portal.field(agent, "Boîte de réception de").selectOption(facilityId.toString());
            Portal.press(agent, "Afficher");
            Locator row = agent.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(subject));
            assertThat(row).containsText("Non lu");
            assertThat(row).containsText("Sans réponse");
            Axe.assertNoViolations(agent, "a facility's staff inbox");
            shoot(agent, "gestion-boite");
            row.getByRole(AriaRole.LINK).click();
            assertThat(Portal.heading(agent)).hasText(subject);
            assertThat(agent.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(
                    java.util.regex.Pattern.compile("Voir la fiche famille")))).hasAttribute("href",
                    "/gestion/familles/" + parent.familyId().value());
            Portal.press(agent, "Prendre en charge");
            assertThat(agent.getByRole(AriaRole.STATUS)).containsText("Vous avez pris en charge cette conversation.");
            Portal.field(agent, "Votre réponse").fill("Bonjour, du poisson. <script>alert(1)</script>");
            Portal.press(agent, "Envoyer la réponse");
            assertThat(agent.getByRole(AriaRole.STATUS)).containsText("Votre réponse a été envoyée.");
            Portal.press(agent, "Marquer comme traité");
            assertThat(agent.getByRole(AriaRole.STATUS)).containsText("La conversation est marquée comme traitée.");
            Axe.assertNoViolations(agent, "a staff conversation, answered and handled");
            shoot(agent, "gestion-conversation");
        }

        page.navigate(Portal.FAMILY_HOME);
        assertThat(banner).containsText("vous avez 1 Nouveau(x) Message(s)");
        banner.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("vous avez 1 Nouveau(x) Message(s)"))
                .click();
        Portal.assertPath(page, "/famille/messages");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Messages envoyés")).click();
        Locator item = page.locator(".message-list__item").filter(new Locator.FilterOptions().setHasText(subject));
        assertThat(item).containsText("Non lu");
        Axe.assertNoViolations(page, "the sent folder with an unread answer");
        shoot(page, "boite-envoyes");
        item.getByRole(AriaRole.LINK).click();
        assertThat(page.locator(".thread .message")).hasCount(2);
        assertThat(page.locator(".thread")).containsText("<script>alert(1)</script>");
        assertThat(banner).containsText("vous avez 0 Nouveau(x) Message(s)");

        Portal.press(page, "Supprimer ce message");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("déplacé dans les messages supprimés");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Messages supprimés")).click();
        page.locator(".message-list__item").filter(new Locator.FilterOptions().setHasText(subject))
                .getByRole(AriaRole.LINK).click();
        Axe.assertNoViolations(page, "a deleted conversation");
        Portal.press(page, "Restaurer ce message");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Le message a été restauré.");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Retour aux Messages envoyés")).click();
        assertThat(page.locator(".message-list__item").filter(new Locator.FilterOptions().setHasText(subject)))
                .hasCount(1);

        page.setViewportSize(320, 640);
        for (String path : List.of("/famille/messages", "/famille/messages?dossier=envoyes", "/famille/messages/nouveau",
                "/famille/messages/preferences")) {
            page.navigate(path);
            assertNoSidewaysScrolling(page, path);
        }
        page.navigate("/famille/messages?dossier=envoyes");
        page.locator(".message-list__item").first().getByRole(AriaRole.LINK).click();
        assertNoSidewaysScrolling(page, "a conversation");
        page.setViewportSize(1280, 900);

        page.navigate("/famille/messages/preferences");
        assertThat(Portal.heading(page)).hasText("Préférences de notification");
        Locator newMessageByEmail = page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions()
                .setName("Par courriel : Un nouveau message arrive"));
        Axe.assertNoViolations(page, "the notification preferences");
        shoot(page, "preferences");
        boolean before = newMessageByEmail.isChecked();
        newMessageByEmail.setChecked(!before);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(
                java.util.regex.Pattern.compile("^Enregistrer les choix de"))).first().click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Vos préférences de notification ont été enregistrées.");
        assertThat(newMessageByEmail).isChecked(new com.microsoft.playwright.assertions.LocatorAssertions
                .IsCheckedOptions().setChecked(!before));
    }

    @Test
    void a_broadcast_to_an_activity_reaches_each_family_once_and_contacts_show_in_the_footer(Page page) {
        TestAccounts accounts = new TestAccounts(context);
        Parent first = accounts.newParent("Diffusion2026x");
        Parent second = accounts.newParent("Diffusion2026y");
        Parent outside = accounts.newParent("Diffusion2026z");
        Staff staff = accounts.newStaff("Guichet2026y");
        GridFixture grid = new GridFixture(context);
        GridFixture.EnrolledChild child = grid.enrolledChild(first, "DIFFA" + System.nanoTime(), 10);
        enrol(first, "DIFFA2" + System.nanoTime(), child.activityId());
        enrol(second, "DIFFB" + System.nanoTime(), child.activityId());
        grid.enrolledChild(outside, "DIFFC" + System.nanoTime(), 10);
        String subject = "Changement de menu " + System.nanoTime();

        Portal.logIn(page, staff.username(), staff.password());
        page.navigate("/gestion/messages");
        Axe.assertNoViolations(page, "the staff inbox of the municipality");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Envoyer à plusieurs familles")).click();
        Portal.press(page, "Envoyer aux familles");
        assertThat(Portal.focusedErrorSummary(page)).containsText("Choisissez une structure.");
        Axe.assertNoViolations(page, "a broadcast with errors");
        shoot(page, "gestion-diffuser-erreurs");
        Portal.field(page, "Structure").selectOption(new SelectOption().setLabel(child.facility()));
        Portal.field(page, "Activité").selectOption(child.activityId().toString());
        Portal.field(page, "Objet").fill(subject);
        Portal.field(page, "Votre message").fill("Le menu de mercredi change.");
        Portal.press(page, "Envoyer aux familles");
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Message envoyé à 2 familles.");
        Axe.assertNoViolations(page, "a broadcast sent");
        shoot(page, "gestion-diffuse");

        ViewMailboxUseCase mailbox = context.getBean(ViewMailboxUseCase.class);
        for (Parent parent : List.of(first, second, outside)) {
            long copies = mailbox.mailbox(new MailboxQuery(parent.familyId(), Folder.RECEIVED, MailboxOrder.NEWEST_FIRST))
                    .stream().filter(conversation -> conversation.subject().equals(subject)).count();
            assertThat(copies).as(parent.username()).isEqualTo(parent == outside ? 0 : 1);
        }

        page.navigate("/gestion/messages/ecrire");
        Axe.assertNoViolations(page, "write to a family");
        shoot(page, "gestion-ecrire");
        page.navigate("/gestion/messages/echecs");
        Axe.assertNoViolations(page, "the delivery failures");
        shoot(page, "gestion-echecs");
        page.navigate("/gestion/messages/coordonnees");
        Locator municipality = page.locator("section.card").first();
        municipality.getByLabel("Téléphone").fill("pas un numéro");
        municipality.getByRole(AriaRole.BUTTON).click();
        assertThat(Portal.focusedErrorSummary(page)).containsText("Le numéro de téléphone n'est pas valide");
        Axe.assertNoViolations(page, "contact details with an error");
        municipality = page.locator("section.card").first();
        municipality.getByLabel("Adresse postale").fill("Mairie de Saint-Jean\n1 place de la Mairie\n31000 Saint-Jean");
        municipality.getByLabel("Téléphone").fill("05 61 00 00 00");
        municipality.getByLabel("Adresse électronique").fill("enfance@saint-jean.example");
        municipality.getByRole(AriaRole.BUTTON).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Les coordonnées ont été enregistrées.");
        Axe.assertNoViolations(page, "contact details");
        shoot(page, "gestion-coordonnees");
        assertThat(page.locator("footer")).containsText("1 place de la Mairie");
        assertThat(page.locator("footer")).containsText("enfance@saint-jean.example");

        try (BrowserContext home = Portal.otherBrowser(page)) {
            Page parentPage = home.newPage();
            Portal.logIn(parentPage, second.username(), second.password());
            assertThat(parentPage.locator(".banner")).containsText("vous avez 1 Nouveau(x) Message(s)");
            parentPage.navigate("/famille/messages");
            Locator item = parentPage.locator(".message-list__item").filter(new Locator.FilterOptions()
                    .setHasText(subject));
            assertThat(item).hasCount(1);
            assertThat(item).containsText("Non lu");
            Axe.assertNoViolations(parentPage, "the received folder with a broadcast");
            shoot(parentPage, "boite-recus");
            parentPage.navigate("/contact");
            assertThat(parentPage.locator("main")).containsText("05 61 00 00 00");
            Axe.assertNoViolations(parentPage, "the Contact page with contact details");
            shoot(parentPage, "contact");
        }
    }

    /**
     * Keyboard only (Tab, arrows, typing, Enter: no click, no fill) at 320 px: a parent logs in, writes to a facility,
     * the facility's staff answer, the parent follows the banner's count, reads the answer (the count drops), deletes
     * and restores it; axe on each page, no sideways scrolling.
     */
    @Test
    void a_parent_does_it_all_from_the_keyboard_at_320_px(Page page) {
        TestAccounts accounts = new TestAccounts(context);
        Parent parent = accounts.newParent("Clavier2026x");
        String facility = "Structure Clavier " + UUID.randomUUID().toString().substring(0, 8);
        UUID facilityId = context.getBean(SetUpFacilityUseCase.class).setUpFacility(new SetUpFacilityCommand(facility));
        Staff staff = accounts.newStaffOf("Clavier2026y", facilityId);
        awaitInTheDirectory(facilityId);
        String subject = "Question clavier " + System.nanoTime();
        page.setViewportSize(320, 640);

        page.navigate(Portal.LOGIN);
        tabTo(page, "Identifiant");
        page.keyboard().type(parent.username());
        tabTo(page, "Mot de passe");
        page.keyboard().type(parent.password());
        page.keyboard().press("Enter");
        page.waitForURL(url -> url.endsWith(Portal.FAMILY_HOME));
        Locator banner = page.locator(".banner");
        assertThat(banner).containsText("vous avez 0 Nouveau(x) Message(s)");
        tabTo(page, "vous avez 0 Nouveau(x) Message(s)");
        page.keyboard().press("Enter");
        page.waitForURL(url -> url.endsWith("/famille/messages"));
        checkedAt320(page, "the inbox");

        tabTo(page, "Écrire un message");
        page.keyboard().press("Enter");
        page.waitForURL(url -> url.contains("/famille/messages/nouveau"));
        checkedAt320(page, "Écrire un message");
        tabTo(page, "Destinataire");
        for (int i = 0; i < 1000 && !facilityId.toString().equals(Portal.field(page, "Destinataire").inputValue());
             i++) {
            page.keyboard().press("ArrowDown");
        }
        assertThat(Portal.field(page, "Destinataire")).hasValue(facilityId.toString());
        tabTo(page, "Objet");
        page.keyboard().type(subject);
        tabTo(page, "Votre message");
        page.keyboard().type("Bonjour, mon enfant peut-il apporter son goûter ?");
        tabTo(page, "Envoyer le message");
        page.keyboard().press("Enter");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Votre message a été envoyé.");
        assertThat(Portal.heading(page)).hasText(subject);
        checkedAt320(page, "the conversation written from the keyboard");

        try (BrowserContext office = Portal.otherBrowser(page)) {
            Page agent = office.newPage();
            Portal.logIn(agent, staff.username(), staff.password());
            agent.navigate("/gestion/messages?structure=" + facilityId);
            agent.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(subject))
                    .getByRole(AriaRole.LINK).click();
            Portal.field(agent, "Votre réponse").fill("Bonjour, oui, sans fruits à coque.");
            Portal.press(agent, "Envoyer la réponse");
            assertThat(agent.getByRole(AriaRole.STATUS)).containsText("Votre réponse a été envoyée.");
        }

        page.navigate(Portal.FAMILY_HOME);
        assertThat(banner).containsText("vous avez 1 Nouveau(x) Message(s)");
        tabTo(page, "vous avez 1 Nouveau(x) Message(s)");
        page.keyboard().press("Enter");
        page.waitForURL(url -> url.endsWith("/famille/messages"));
        tabTo(page, "Messages envoyés");
        page.keyboard().press("Enter");
        page.waitForURL(url -> url.contains("dossier=envoyes"));
        checkedAt320(page, "the sent folder with the answer");
        tabTo(page, subject);
        page.keyboard().press("Enter");
        page.waitForURL(url -> !url.contains("dossier="));
        assertThat(page.locator(".thread .message")).hasCount(2);
        assertThat(page.locator(".thread")).containsText("sans fruits à coque");
        assertThat(banner).containsText("vous avez 0 Nouveau(x) Message(s)");
        checkedAt320(page, "the answer read");

        tabTo(page, "Supprimer ce message");
        page.keyboard().press("Enter");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("déplacé dans les messages supprimés");
        checkedAt320(page, "after deleting");
        tabTo(page, "Messages supprimés");
        page.keyboard().press("Enter");
        page.waitForURL(url -> url.contains("dossier=supprimes"));
        checkedAt320(page, "the deleted folder");
        tabTo(page, subject);
        page.keyboard().press("Enter");
        page.waitForURL(url -> !url.contains("dossier="));
        tabTo(page, "Restaurer ce message");
        page.keyboard().press("Enter");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Le message a été restauré.");
        checkedAt320(page, "the restored conversation");
        assertThat(context.getBean(ViewMailboxUseCase.class).mailbox(new MailboxQuery(parent.familyId(), Folder.SENT,
                MailboxOrder.NEWEST_FIRST))).anyMatch(conversation -> conversation.subject().equals(subject));
        page.setViewportSize(1280, 900);
    }

    @Test
    void an_administrator_assigns_a_member_of_staff_to_a_facility_on_agents_et_sites(Page page) {
        TestAccounts accounts = new TestAccounts(context);
        String facility = "Structure Agents " + UUID.randomUUID().toString().substring(0, 8);
        UUID facilityId = context.getBean(SetUpFacilityUseCase.class).setUpFacility(new SetUpFacilityCommand(facility));
        Staff assigned = accounts.newStaffOf("Agents2026x");
        Staff administrator = accounts.newStaff("Agents2026y");

        Portal.logIn(page, administrator.username(), administrator.password());
        Portal.staffMenu(page, "Agents et sites");
        assertThat(Portal.heading(page)).hasText("Agents et sites");
        Axe.assertNoViolations(page, "Agents et sites");
        Locator section = page.locator("section.card").filter(new Locator.FilterOptions()
                .setHasText("(" + assigned.username() + ")"));
        section.getByRole(AriaRole.CHECKBOX, new Locator.GetByRoleOptions().setName(facility)).check();
        section.getByRole(AriaRole.BUTTON).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("sont enregistrés");
        assertThat(page.locator("section.card").filter(new Locator.FilterOptions()
                .setHasText("(" + assigned.username() + ")")).getByRole(AriaRole.CHECKBOX,
                new Locator.GetByRoleOptions().setName(facility))).isChecked();
        Axe.assertNoViolations(page, "Agents et sites, saved");
        page.setViewportSize(320, 800);
        assertNoSidewaysScrolling(page, "Agents et sites");
        page.setViewportSize(1280, 900);
        shoot(page, "gestion-agents");

        try (BrowserContext office = Portal.otherBrowser(page)) {
            Page agent = office.newPage();
            Portal.logIn(agent, assigned.username(), assigned.password());
            agent.navigate("/gestion/messages");
            assertThat(Portal.field(agent, "Boîte de réception de")).hasValue(facilityId.toString());
        }
    }

    /** Presses Tab until the focused element's name (label, aria-label or text) contains {@code name}. */
    static void tabTo(Page page, String name) {
        for (int i = 0; i < 150; i++) {
            page.keyboard().press("Tab");
            String focused = (String) page.evaluate("() => { const e = document.activeElement; if (!e) return '';"
                    + " const label = e.labels && e.labels.length ? e.labels[0].innerText : '';"
                    + " return (e.getAttribute('aria-label') || label || e.innerText || e.value || '')"
                    + ".replace(/\\s+/g, ' ').trim(); }");
            if (focused.contains(name)) {
                return;
            }
        }
        throw new AssertionError("Tab never reached « " + name + " » on " + page.url());
    }

    static void checkedAt320(Page page, String what) {
        Axe.assertNoViolations(page, what + " at 320 px");
        assertNoSidewaysScrolling(page, what);
    }

    private void enrol(Parent parent, String firstName, UUID activity) {
        String lastName = parent.displayName().substring(parent.displayName().lastIndexOf(' ') + 1);
        ChildId child = context.getBean(RegisterChildUseCase.class).registerChild(new RegisterChildCommand(
                parent.familyId(), firstName, lastName, LocalDate.of(2018, 5, 4), "FEMALE", "École des Pins", "CE2",
                true, true, List.of(new AuthorisedPersonDetails("GARDE " + firstName, "Voisine", "06 00 00 00 01",
                true, true)),
                new HealthDetails("Dr " + firstName, "05 00 00 00 01", "", "", false, true, false, "")));
        context.getBean(EnrolChildUseCase.class).enrolChild(new EnrolChildCommand(parent.familyId(), child, activity,
                LocalDate.now(TestClock.PORTAL).minusMonths(2), LocalDate.now(TestClock.PORTAL).plusMonths(14), Set.of()));
    }

    /** The page at 1280 and at 375 px, full length, for the coordinator; back at 1280 px. */
    static void shoot(Page page, String name) {
        for (int width : new int[]{1280, 375}) {
            page.setViewportSize(width, 900);
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(SCREENS.resolve("messages-" + name + "-" + width + ".png")));
        }
        page.setViewportSize(1280, 900);
    }

    static void assertNoSidewaysScrolling(Page page, String what) {
        page.waitForLoadState(); // layout measured once the stylesheets are in
        Object scrollWidth = page.evaluate("() => document.documentElement.scrollWidth");
        Object wide = page.evaluate("width => [...document.querySelectorAll('body *')]"
                + ".filter(el => el.getBoundingClientRect().right > width + 0.5 && !el.parentElement.closest('.table-container'))"
                + ".map(el => el.tagName.toLowerCase() + (el.className ? '.' + el.className : '')).join(', ')", 320);
        assertThat(((Number) scrollWidth).intValue()).as(what + " at 320 px: " + wide).isLessThanOrEqualTo(320);
    }

    /** The directory of recipients is read-mostly, cached a few seconds (ADR 0036): a new facility shows within. */
    private void awaitInTheDirectory(UUID facilityId) {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15)).until(() -> context.getBean(
                        org.portailfamille.messaging.application.port.in.ViewContactDetailsUseCase.class)
                .contactDirectory().facilities().stream().anyMatch(f -> facilityId.equals(f.facilityId())));
    }
}
