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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The staff request queue: a member of staff accepts one request and refuses another; the parent sees both. */
@PortalIntegrationTest
@ExtendWith(BrowserExtension.class)
class RequestDecisionBrowserTest {

    @Autowired
    ApplicationContext applicationContext;

    @Autowired
    Clock clock;

    @Test
    void staff_accept_one_request_and_refuse_another_and_the_parent_sees_the_outcome(Page page) {
        TestAccounts accounts = new TestAccounts(applicationContext);
        String email = "decision." + ThreadLocalRandom.current().nextInt(1_000_000, 10_000_000) + "@example.org";
        Parent parent = accounts.newParent("Decisions2026x", false, email);
        Staff staff = accounts.newStaff("Guichet2026x");

        Portal.logIn(page, parent.username(), parent.password());
        page.navigate(Portal.MY_ACCOUNT + "/responsable");
        Portal.field(page, "Adresse").fill("8 PLACE DU MARCHE");
        Portal.press(page, "Enregistrer la demande");
        Portal.assertPath(page, Portal.MY_ACCOUNT + "/responsable/demande-envoyee");
        page.navigate(Portal.MY_ACCOUNT + "/caf");
        Portal.field(page, "Numéro d'allocataire").fill("7654321B");
        Portal.press(page, "Enregistrer la demande");
        Portal.assertPath(page, Portal.MY_ACCOUNT + "/caf/demande-envoyee");

        try (BrowserContext office = Portal.otherBrowser(page)) {
            Page agent = office.newPage();
            Portal.logIn(agent, staff.username(), staff.password());
            Portal.staffMenu(agent, "Demandes des familles");
            Portal.assertPath(agent, Portal.STAFF_REQUESTS);
            assertThat(Portal.heading(agent)).hasText("Demandes des familles");
            Axe.assertNoViolations(agent, "the staff request queue");

            agent.getByLabel("N° Famille").fill(parent.familyNumber());
            Portal.press(agent, "Filtrer");
            Locator queue = agent.getByRole(AriaRole.TABLE);
            assertThat(queue.locator("tbody tr")).hasCount(2);
            Axe.assertNoViolations(agent, "the staff request queue filtered by family");
            agent.getByLabel("Type de demande").selectOption("accounts.caf");
            Portal.press(agent, "Filtrer");
            assertThat(queue.locator("tbody tr")).hasCount(1);
            agent.getByLabel("Type de demande").selectOption("");
            Portal.press(agent, "Filtrer");

            queue.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Informations responsable")).click();
            assertThat(Portal.heading(agent)).hasText("Informations responsable");
            Locator changes = agent.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Modifications demandées"));
            Locator address = changes.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Adresse"));
            assertThat(address).containsText("1 RUE DU TEST");
            assertThat(address).containsText("8 PLACE DU MARCHE");
            Axe.assertNoViolations(agent, "a pending request for staff");
            Portal.press(agent, "Accepter la demande");
            Portal.assertPath(agent, Portal.STAFF_REQUESTS);
            assertThat(agent.getByRole(AriaRole.STATUS)).containsText("La demande a été acceptée.");
            assertThat(agent.getByRole(AriaRole.STATUS)).isFocused();
            Axe.assertNoViolations(agent, "the staff request queue after a decision");

            agent.getByLabel("N° Famille").fill(parent.familyNumber());
            Portal.press(agent, "Filtrer");
            queue.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Informations CAF")).click();
            assertThat(Portal.heading(agent)).hasText("Informations CAF");
            Portal.press(agent, "Refuser la demande");
            Locator summary = Portal.focusedErrorSummary(agent);
            assertThat(summary).containsText("Saisissez le motif du refus");
            Locator reason = agent.getByLabel("Motif du refus");
            assertThat(reason).hasAttribute("aria-invalid", "true");
            Axe.assertNoViolations(agent, "a request refused without a reason");
            summary.getByRole(AriaRole.LINK).first().click();
            assertThat(reason).isFocused();
            agent.keyboard().type("Joignez votre attestation CAF.");
            Portal.press(agent, "Refuser la demande");
            Portal.assertPath(agent, Portal.STAFF_REQUESTS);
            assertThat(agent.getByRole(AriaRole.STATUS)).containsText("La demande a été refusée.");
        }

        String today = DateTimeFormatter.ofPattern("dd/MM/yyyy").format(LocalDate.now(clock));
        Locator accepted = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Demandes acceptées"));
        Portal.reloadUntil(page, Portal.MY_REQUESTS, accepted, "8 PLACE DU MARCHE");
        Locator refused = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Demandes refusées"));
        Portal.reloadUntil(page, Portal.MY_REQUESTS, refused, "Joignez votre attestation CAF.");
        assertThat(page.getByText("Aucune demande en attente.")).hasCount(0);
        assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Demandes en attente"))).hasCount(0);
        assertThat(accepted.getByRole(AriaRole.COLUMNHEADER)).containsText(new String[]{"Date.acceptation"});
        assertThat(accepted.locator("tbody tr")).hasCount(1);
        assertThat(accepted.locator("tbody tr")).containsText(today);
        assertThat(refused.getByRole(AriaRole.COLUMNHEADER)).containsText(new String[]{"Date.refus", "Motif.refus"});
        assertThat(refused.locator("tbody tr")).containsText("Informations CAF");
        Axe.assertNoViolations(page, "Liste des demandes with an accepted and a refused request");

        Portal.reloadUntil(page, Portal.MY_ACCOUNT, page.locator("main"), "8 PLACE DU MARCHE");
        Portal.reloadUntil(page, Portal.MY_ACCOUNT, page.locator("header .banner"), "vous avez 2 Nouveau(x) Message(s)");

        Locator acceptedMail = Portal.newestMail(page, email, "Votre demande « Informations responsable » a été acceptée");
        assertThat(acceptedMail).containsText("a été acceptée par la mairie");
        Locator refusedMail = Portal.newestMail(page, email, "Votre demande « Informations CAF » a été refusée");
        assertThat(refusedMail).containsText("Joignez votre attestation CAF.");
    }
}
