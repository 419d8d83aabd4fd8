package org.portailfamille.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.portailfamille.PortalIntegrationTest;
import org.portailfamille.TestAccounts.Parent;
import org.portailfamille.TestAccounts.Staff;
import org.portailfamille.TestAccounts;
import org.portailfamille.TestClock;
import org.portailfamille.accounts.application.port.in.AuthorisedPersonDetails;
import org.portailfamille.accounts.application.port.in.HealthDetails;
import org.portailfamille.accounts.application.port.in.RegisterChildCommand;
import org.portailfamille.accounts.application.port.in.RegisterChildUseCase;
import org.portailfamille.planning.application.port.in.BookDayCommand;
import org.portailfamille.planning.application.port.in.BookDayUseCase;
import org.portailfamille.planning.application.port.in.DeadlineRule;
import org.portailfamille.planning.application.port.in.EnrolChildCommand;
import org.portailfamille.planning.application.port.in.EnrolChildUseCase;
import org.portailfamille.planning.application.port.in.SetUpActivityCommand;
import org.portailfamille.planning.application.port.in.SetUpActivityUseCase;
import org.portailfamille.planning.application.port.in.SetUpFacilityCommand;
import org.portailfamille.planning.application.port.in.SetUpFacilityUseCase;
import org.portailfamille.planning.domain.PublicHolidays;
import org.portailfamille.shared.ChildId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A parent declares a medical absence with a certificate, from the keyboard (the confirmation step refuses a
 * declaration without the certificate); staff accept it from the queue's selection; the parent sees it accepted.
 * Every page has no axe violation.
 */
@PortalIntegrationTest
@ExtendWith(BrowserExtension.class)
class AbsenceBrowserTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    @Autowired
    ApplicationContext context;

    @Test
    void a_parent_declares_a_medical_absence_with_a_certificate_and_staff_accept_it(Page page) {
        TestAccounts accounts = new TestAccounts(context);
        String email = "absence." + ThreadLocalRandom.current().nextInt(1_000_000, 10_000_000) + "@example.org";
        Parent parent = accounts.newParent("Absences2026x", false, email);
        Staff staff = accounts.newStaff("Guichet2026x");
        String lastName = parent.displayName().substring(parent.displayName().indexOf(' ') + 1);
        ChildId child = context.getBean(RegisterChildUseCase.class).registerChild(new RegisterChildCommand(
                parent.familyId(), "NINON", lastName, LocalDate.of(2019, 2, 3), "FEMALE", "École du Centre", "CP",
                true, true, List.of(new AuthorisedPersonDetails("GARDE NINON", "Voisine", "06 00 00 00 02", true, true)),
                new HealthDetails("Dr Test", "05 00 00 00 02", "", "", true, true, false, "")));
        UUID facility = context.getBean(SetUpFacilityUseCase.class)
                .setUpFacility(new SetUpFacilityCommand("ALSH " + UUID.randomUUID()));
        UUID activity = context.getBean(SetUpActivityUseCase.class).setUpActivity(new SetUpActivityCommand(facility,
                UUID.randomUUID(), "Garderie du matin", EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), 10, 2,
                "CONFIRMED_AT_ONCE", DeadlineRule.daysBefore(1, LocalTime.of(18, 0)),
                SetUpActivityCommand.SAME_AS_BOOKING, null));
        context.getBean(EnrolChildUseCase.class).enrolChild(new EnrolChildCommand(parent.familyId(), child, activity,
                LocalDate.now(TestClock.PORTAL), LocalDate.now(TestClock.PORTAL).plusMonths(6), Set.of()));
        LocalDate day = LocalDate.now(TestClock.PORTAL).plusWeeks(2);
        while (day.getDayOfWeek().getValue() > 5 || PublicHolidays.isPublicHoliday(day)) {
            day = day.plusDays(1);
        }
        context.getBean(BookDayUseCase.class).bookDay(new BookDayCommand(parent.familyId(), child, activity, day,
                parent.username()));
        String form = "/famille/enfants/" + child + "/absences/nouvelle?activite=" + activity + "&jour=" + day;

        Portal.logIn(page, parent.username(), parent.password());
        page.navigate(form);
        assertThat(Portal.heading(page)).hasText("Déclarer une absence");
        assertThat(page.locator("main")).containsText("NINON " + lastName);
        assertThat(page.locator("main")).containsText("Garderie du matin");
        Axe.assertNoViolations(page, "the absence form");

        Locator reason = Portal.field(page, "Motif");
        reason.focus();
        reason.selectOption("ILLNESS");
        page.keyboard().press("Tab");
        assertThat(page.getByLabel("Commentaire")).isFocused();
        page.keyboard().type("Varicelle");
        page.keyboard().press("Tab");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continuer"))).isFocused();
        page.keyboard().press("Enter");

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Vérifiez votre déclaration")))
                .isVisible();
        assertThat(page.locator("main")).containsText("Varicelle");
        Axe.assertNoViolations(page, "the absence confirmation step");
        Locator confirm = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirmer la déclaration"));
        confirm.press("Enter");

        Locator summary = Portal.focusedErrorSummary(page);
        assertThat(summary).containsText("Joignez le certificat médical");
        Locator file = Portal.field(page, "Certificat médical");
        assertThat(file).hasAttribute("aria-invalid", "true");
        Axe.assertNoViolations(page, "a medical absence without its certificate");
        summary.getByRole(AriaRole.LINK).first().press("Enter");
        assertThat(file).isFocused();
        file.setInputFiles(new FilePayload("certificat.pdf", "application/pdf", PDF));
        page.keyboard().press("Tab");
        assertThat(confirm).isFocused();
        page.keyboard().press("Enter");
        Portal.assertPath(page, "/famille/enfants/" + child + "/planning");
        String cell = cellName(day) + ", Garderie du matin : ";
        Locator grid = page.getByRole(AriaRole.TABLE).first();
        assertThat(grid).containsText(cell + "Absence en cours de traitement");
        page.waitForLoadState();
        Axe.assertNoViolations(page, "the planning with the absence awaiting a ruling");

        page.navigate(Portal.MY_REQUESTS + "?vue=enfants&type=planning.absence");
        Locator pending = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Demandes en attente"));
        assertThat(pending.getByRole(AriaRole.COLUMNHEADER))
                .containsText(new String[]{"Enfant", "Activité", "Jour", "Motif"});
        // a medical absence is health data: its reason is masked in every list
        assertThat(pending.locator("tbody tr")).containsText("(masqué)");
        assertThat(pending.locator("tbody tr")).not().containsText("Maladie");
        assertThat(pending.locator("tbody tr")).containsText("NINON " + lastName);
        Axe.assertNoViolations(page, "Liste des demandes, Mes enfants, Absences");

        try (BrowserContext office = Portal.otherBrowser(page)) {
            Page agent = office.newPage();
            Portal.logIn(agent, staff.username(), staff.password());
            Locator queue = Portal.staffQueue(agent, "planning.absence", parent.familyNumber());
            assertThat(queue.locator("tbody tr")).hasCount(1);
            assertThat(queue.locator("tbody tr")).containsText("(masqué)");
            assertThat(queue.locator("tbody tr")).not().containsText("Maladie");
            Axe.assertNoViolations(agent, "the staff queue of absences");

            queue.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Absences")).press("Enter");
            assertThat(Portal.heading(agent)).hasText("Absences");
            assertThat(agent.getByRole(AriaRole.MAIN)).containsText("Maladie");
            assertThat(agent.getByRole(AriaRole.MAIN)).containsText("votre consultation est enregistrée");
            Locator certificate = agent.getByRole(AriaRole.LINK,
                    new Page.GetByRoleOptions().setName("Voir le certificat médical"));
            assertThat(certificate).hasAttribute("href", java.util.regex.Pattern.compile("/gestion/absences/.+/certificat"));
            Axe.assertNoViolations(agent, "an absence request with its certificate");
            agent.goBack();

            Locator select = agent.getByRole(AriaRole.CHECKBOX);
            select.focus();
            agent.keyboard().press("Space");
            assertThat(select).isChecked();
            agent.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accepter la sélection")).press("Enter");
            Portal.assertPath(agent, Portal.STAFF_REQUESTS);
            assertThat(agent.getByRole(AriaRole.STATUS)).containsText("1 demande a été traitée (acceptées)");
            Axe.assertNoViolations(agent, "the staff queue after a bulk decision");
        }

        Locator accepted = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Demandes acceptées"));
        Portal.reloadUntil(page, Portal.MY_REQUESTS + "?vue=enfants&type=planning.absence", accepted, "NINON " + lastName);
        Axe.assertNoViolations(page, "Liste des demandes with the absence accepted");

        // The parent sees the day change on the planning: a medical absence accepted is "Absent excusé".
        String planning = "/famille/enfants/" + child + "/planning?mois=" + java.time.YearMonth.from(day);
        Portal.reloadUntil(page, planning, page.getByRole(AriaRole.TABLE).first(), cell + "Absent excusé");
        page.waitForLoadState();
        Axe.assertNoViolations(page, "the planning with the absence excused");
    }

    static String cellName(LocalDate day) {
        String name = java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM", java.util.Locale.FRENCH).format(day);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
