package org.portailfamille.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.portailfamille.PortalIntegrationTest;
import org.portailfamille.TestAccounts.Parent;
import org.portailfamille.TestAccounts.Staff;
import org.portailfamille.TestAccounts;
import org.portailfamille.TestClock;
import org.portailfamille.accounts.application.port.in.HealthDetails;
import org.portailfamille.accounts.application.port.in.RegisterChildCommand;
import org.portailfamille.accounts.application.port.in.RegisterChildUseCase;
import org.portailfamille.planning.application.port.in.BookDayCommand;
import org.portailfamille.planning.application.port.in.BookDayResult;
import org.portailfamille.planning.application.port.in.BookDayUseCase;
import org.portailfamille.planning.application.port.in.EnrolChildCommand;
import org.portailfamille.planning.application.port.in.EnrolChildUseCase;
import org.portailfamille.planning.application.port.in.FacilityView;
import org.portailfamille.planning.application.port.in.ViewPlanningSetUpUseCase;
import org.portailfamille.planning.domain.PublicHolidays;
import org.portailfamille.shared.ChildId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member of staff, with the keyboard alone, creates a facility and an activity with a booking deadline (read back
 * in plain French), then closes a booked day: the booking is cancelled and the family gets an e-mail. Every state
 * has 0 axe violations. (Date fields are filled, as their keyboard entry depends on the browser's locale.)
 */
@PortalIntegrationTest
@ExtendWith(BrowserExtension.class)
class PlanningSetUpBrowserTest {

    @Autowired ApplicationContext context;
    @Autowired ViewPlanningSetUpUseCase view;
    @Autowired RegisterChildUseCase registerChild;
    @Autowired EnrolChildUseCase enrol;
    @Autowired BookDayUseCase book;

    private static void type(Page page, Locator field, String text) {
        field.focus();
        page.keyboard().press("Control+A");
        page.keyboard().type(text);
    }

    private static void pressButton(Page page, String name) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true)).focus();
        page.keyboard().press("Enter");
    }

    private static void followLink(Page page, String name) {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true)).first().focus();
        page.keyboard().press("Enter");
    }

    private static LocalDate openDay() {
        LocalDate day = LocalDate.now(TestClock.PORTAL).plusWeeks(5);
        while (day.getDayOfWeek().getValue() > 2 || PublicHolidays.isPublicHoliday(day)) {
            day = day.plusDays(1);
        }
        return day; // a Monday or Tuesday, when the activity below runs
    }

    @Test
    void staff_create_an_activity_with_a_deadline_and_close_a_booked_day_with_the_keyboard(Page page) {
        TestAccounts accounts = new TestAccounts(context);
        Staff staff = accounts.newStaff("Planning2026x");
        String email = "fermeture." + ThreadLocalRandom.current().nextInt(1_000_000, 10_000_000) + "@example.org";
        Parent parent = accounts.newParent("Famille2026x", false, email);
        String facilityName = "ALSH Les Pins " + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);

        Portal.logIn(page, staff.username(), staff.password());
        followLink(page, "Gérer le planning");
        Portal.assertPath(page, "/gestion/planning");
        assertThat(Portal.heading(page)).hasText("Planning : structures et activités");
        Axe.assertNoViolations(page, "the planning set-up home");

        type(page, Portal.field(page, "Nom de la structure"), facilityName);
        page.keyboard().press("Enter");
        assertThat(Portal.heading(page)).hasText(facilityName);
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("La structure est créée.");
        Axe.assertNoViolations(page, "a new facility");

        followLink(page, "Créer une activité");
        assertThat(Portal.heading(page)).containsText("Créer une activité");
        Axe.assertNoViolations(page, "the new activity form");
        // a season of dated sessions needs its dates (issue 12, ADR 0030)
        page.getByLabel("Période d'ouverture").selectOption("DATED_SESSIONS");
        pressButton(page, "Créer l'activité");
        Locator summary = Portal.focusedErrorSummary(page);
        assertThat(summary).containsText("Saisissez au moins une session");
        page.getByLabel("Période d'ouverture").selectOption("ALL_YEAR");
        assertThat(summary).containsText("Saisissez le nom de l'activité");
        assertThat(summary).containsText("Choisissez la régie qui facture l'activité.");
        assertThat(Portal.field(page, "Nom de l'activité")).hasAttribute("aria-invalid", "true");
        Axe.assertNoViolations(page, "the activity form with errors");

        summary.getByRole(AriaRole.LINK).first().focus();
        page.keyboard().press("Enter");
        assertThat(Portal.field(page, "Nom de l'activité")).isFocused();
        page.keyboard().type("Accueil du soir");
        page.getByLabel("Régie qui facture l'activité", new Page.GetByLabelOptions()).focus();
        page.keyboard().press("ArrowDown");
        page.getByLabel("Ne pas compter le week-end").first().focus();
        page.keyboard().press("Space");
        type(page, Portal.field(page, "Heure limite").first(), "18:00");
        pressButton(page, "Créer l'activité");

        assertThat(Portal.heading(page)).hasText("Accueil du soir");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("L'activité est créée.");
        assertThat(page.locator("main")).containsText("la veille 18:00, week-end non compté");
        assertThat(page.locator("main")).containsText("lundi, mardi, jeudi, vendredi");
        assertThat(page.locator("main")).containsText("Toute l'année");
        Axe.assertNoViolations(page, "an activity with its deadline in words");

        FacilityView facility = view.facilities().stream().filter(f -> f.name().equals(facilityName)).findFirst()
                .orElseThrow();
        UUID activity = view.activitiesOf(facility.id()).get(0).id();
        ChildId child = registerChild.registerChild(new RegisterChildCommand(parent.familyId(), "INÈS", "TEST",
                LocalDate.of(2018, 1, 9), "FEMALE", "École Jules Ferry", "CE2", true, true, List.of(),
                new HealthDetails("", "", "", "", false, true, false, "")));
        enrol.enrolChild(new EnrolChildCommand(parent.familyId(), child, activity, LocalDate.now(TestClock.PORTAL),
                LocalDate.now(TestClock.PORTAL).plusMonths(6), Set.of()));
        LocalDate day = openDay();
        assertThat(book.bookDay(new BookDayCommand(parent.familyId(), child, activity, day)).outcome())
                .isEqualTo(BookDayResult.Outcome.BOOKED);

        followLink(page, "Retour à " + facilityName);
        assertThat(Portal.heading(page)).hasText(facilityName);
        page.getByLabel("Ce qui ferme").focus();
        page.keyboard().press("ArrowDown");
        Portal.field(page, "Premier jour fermé").fill(day.toString());
        pressButton(page, "Fermer et prévenir les familles");

        assertThat(page.getByRole(AriaRole.STATUS))
                .containsText("Fermeture enregistrée : 1 réservation annulée, 1 famille prévenue.");
        Locator closures = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Fermetures de " + facilityName));
        String shortDay = DateTimeFormatter.ofPattern("dd/MM/yyyy").format(day);
        assertThat(closures.locator("tbody tr")).hasCount(1);
        assertThat(closures.locator("tbody tr")).containsText("Accueil du soir");
        assertThat(closures.locator("tbody tr")).containsText(shortDay);
        assertThat(closures.locator("tbody tr")).containsText("Grève");
        Axe.assertNoViolations(page, "a facility with a closure");
        assertThat(book.bookDay(new BookDayCommand(parent.familyId(), child, activity, day)).outcome())
                .isEqualTo(BookDayResult.Outcome.CLOSED);

        Locator mail = Portal.newestMail(page, email, "Fermeture : " + facilityName + " – Accueil du soir, vos réservations sont annulées");
        assertThat(mail).containsText("INÈS");
        assertThat(mail).containsText("grève");
    }

    @Test
    void staff_see_the_school_calendar_and_enrol_a_child_with_the_keyboard(Page page) {
        TestAccounts accounts = new TestAccounts(context);
        Staff staff = accounts.newStaff("Planning2026y");
        Portal.logIn(page, staff.username(), staff.password());
        page.navigate("/gestion/planning/calendrier");
        assertThat(Portal.heading(page)).containsText("Calendrier scolaire");
        assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName(
                java.util.regex.Pattern.compile("Jours fériés")))).containsText("Noël");
        Axe.assertNoViolations(page, "the school calendar");
        pressButton(page, "Ajouter les vacances");
        assertThat(Portal.focusedErrorSummary(page)).containsText("Saisissez une date valide");
        Axe.assertNoViolations(page, "the school calendar with errors");

        page.navigate("/gestion/planning/inscriptions");
        type(page, page.getByLabel("Rechercher une famille"), "DUPONT");
        page.keyboard().press("Enter");
        followLink(page, "DUPONT JEAN – N° 1001001818331");
        followLink(page, "TOM DUPONT");
        assertThat(Portal.heading(page)).hasText("Inscriptions de TOM DUPONT");
        Axe.assertNoViolations(page, "a child's enrolments");
        pressButton(page, "Inscrire l'enfant");
        assertThat(Portal.focusedErrorSummary(page)).containsText("Choisissez l'activité.");
        Axe.assertNoViolations(page, "the enrolment form with errors");
    }
}
