package org.portailfamille.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.portailfamille.PortalIntegrationTest;
import org.portailfamille.TestAccounts;
import org.portailfamille.TestAccounts.Parent;
import org.portailfamille.TestAccounts.Staff;
import org.portailfamille.planning.RegisterFixture;
import org.portailfamille.planning.domain.PublicHolidays;
import org.portailfamille.shared.ChildId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * Staff acting for a family (ADR 0032), with the keyboard only: a member of staff opens a child's planning as the
 * family sees it, tries to book today (past the families' deadline: refused), ticks "Hors délai" without a reason
 * (an error, focused), gives the reason and books; the booking is STAFF and late, the action recorded; then the
 * parent logs in and reads the message naming who booked and why. 0 axe violations on every page.
 */
@PortalIntegrationTest
@ExtendWith(BrowserExtension.class)
class StaffActingBrowserTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Clock clock;
    @Autowired
    DataSource dataSource;

    static void activate(Locator control, String key) {
        control.focus();
        assertThat(control).isFocused();
        control.press(key);
    }

    @Test
    void staff_book_past_the_deadline_for_a_family_which_is_told_who_did_it(Page page) {
        LocalDate today = LocalDate.now(clock);
        assumeFalse(PublicHolidays.isPublicHoliday(today), "the activity is closed on a public holiday");
        RegisterFixture fixture = new RegisterFixture(context);
        RegisterFixture.Activity activity = fixture.newActivity(10);
        TestAccounts accounts = new TestAccounts(context);
        Parent parent = accounts.newParent("Famille-Acte-2026");
        ChildId child = fixture.newChild(parent.familyId(), "LÉA", "HORSDELAI");
        fixture.enrol(parent.familyId(), child, activity.id(), today.minusDays(7), today.plusMonths(1), Set.of());
        Staff staff = accounts.newStaff("Agent-Acte-2026");
        String staffName = "Agent " + staff.username().substring("agent".length());

        page.navigate(Portal.LOGIN, new Page.NavigateOptions().setTimeout(60_000));
        Portal.logIn(page, staff.username(), staff.password());
        page.navigate("/gestion/planning/inscriptions/familles/" + parent.familyId().value() + "/enfants/"
                + child.value());
        activate(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Voir et modifier le planning de LÉA comme la famille")), "Enter");
        assertThat(Portal.heading(page)).hasText("Planning de LÉA HORSDELAI");
        assertThat(page.getByText("Vous agissez pour la famille")).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Réserver plusieurs jours")))
                .hasCount(0);
        page.waitForLoadState();
        Axe.assertNoViolations(page, "a child's planning opened by staff");

        // today is past the families' deadline (the day before, 18:00): the cell still leads staff to the day
        Locator cell = page.locator("table a.cell__button[data-day='" + today + "']");
        activate(cell, "Enter");
        Locator menu = page.getByRole(AriaRole.MENU);
        assertThat(menu).isVisible();
        Locator detail = menu.getByRole(AriaRole.MENUITEM, new Locator.GetByRoleOptions()
                .setName("Voir le détail du jour"));
        assertThat(detail).isFocused();
        page.keyboard().press("Enter");
        String dayTitle = capitalised(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRENCH).format(today));
        assertThat(Portal.heading(page)).hasText(dayTitle);
        Axe.assertNoViolations(page, "a day of a child's planning opened by staff");

        Locator book = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Réserver pour la famille"));
        activate(book, "Enter");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("le délai de réservation des familles est dépassé");
        assertThat(page.getByRole(AriaRole.STATUS)).isFocused();

        activate(page.getByLabel("Hors délai : passer outre le délai des familles").first(), "Space");
        activate(book, "Enter");
        assertThat(Portal.focusedErrorSummary(page)).containsText("Indiquez la raison du hors délai");
        Axe.assertNoViolations(page, "an override without its reason");
        assertThat(page.getByLabel("Hors délai : passer outre le délai des familles").first()).isChecked();

        Locator reason = page.getByLabel("Raison du hors délai").first();
        reason.focus();
        page.keyboard().type("Parent hospitalisé, appel du matin");
        activate(book, "Enter");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("la journée est réservée pour la famille");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Annuler la réservation")))
                .isVisible();
        Axe.assertNoViolations(page, "a day booked by staff for the family");
        page.setViewportSize(320, 800);
        MessagingBrowserTest.assertNoSidewaysScrolling(page, "a day page opened by staff");
        page.navigate("/gestion/planning/familles/" + parent.familyId().value() + "/enfants/" + child.value()
                + "/planning");
        MessagingBrowserTest.assertNoSidewaysScrolling(page, "a child's planning opened by staff");
        page.setViewportSize(1280, 900);

        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Map<String, Object> reservation = jdbc.queryForMap("SELECT origin, late, status FROM planning.reservation"
                + " WHERE child_id = ? AND activity_id = ? AND day = ?", child.value(), activity.id(), today);
        org.assertj.core.api.Assertions.assertThat(reservation).containsEntry("origin", "STAFF")
                .containsEntry("late", true).containsEntry("status", "CONFIRMED");
        Map<String, Object> action = jdbc.queryForMap("SELECT kind, staff_login, staff_name, deadline_overridden,"
                + " reason FROM planning.staff_action WHERE child_id = ?", child.value());
        org.assertj.core.api.Assertions.assertThat(action).containsEntry("kind", "BOOKED")
                .containsEntry("staff_login", staff.username()).containsEntry("staff_name", staffName)
                .containsEntry("deadline_overridden", true)
                .containsEntry("reason", "Parent hospitalisé, appel du matin");

        Portal.logOut(page);
        Portal.logIn(page, parent.username(), parent.password());
        String subject = "Réservation ajoutée par " + staffName;
        Locator message = page.getByRole(AriaRole.LINK).filter(new Locator.FilterOptions().setHasText(subject));
        Portal.reloadUntil(page, "/famille/messages", message, subject);
        activate(message.first(), "Enter");
        Locator main = page.getByRole(AriaRole.MAIN);
        assertThat(main).containsText(staffName + ", du service enfance, a réservé pour LÉA HORSDELAI");
        assertThat(main).containsText("Parent hospitalisé, appel du matin");
        Axe.assertNoViolations(page, "the family reading who booked for it");
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
