package org.portailfamille.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.portailfamille.PortalIntegrationTest;
import org.portailfamille.TestAccounts;
import org.portailfamille.TestAccounts.Staff;
import org.portailfamille.planning.ActivityId;
import org.portailfamille.planning.RegisterFixture;
import org.portailfamille.planning.application.port.out.Absences;
import org.portailfamille.planning.domain.Absence;
import org.portailfamille.planning.domain.AbsenceReason;
import org.portailfamille.planning.domain.AbsenceStatus;
import org.portailfamille.planning.domain.PublicHolidays;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * The daily register, with the keyboard only: a member of staff opens today's sheet of an activity, is told to mark
 * someone, marks one child present and one absent (whose excused absence the sheet shows), records the sheet, then
 * adds a child enrolled that day who came without a booking, who is recorded and flagged. 0 axe violations.
 */
@PortalIntegrationTest
@ExtendWith(BrowserExtension.class)
class AttendanceRegisterBrowserTest {

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
    void staff_record_the_register_with_the_keyboard_and_a_child_present_without_booking_is_flagged(Page page) {
        LocalDate today = LocalDate.now(clock);
        assumeFalse(PublicHolidays.isPublicHoliday(today), "no register on a public holiday");
        RegisterFixture fixture = new RegisterFixture(context);
        RegisterFixture.Activity activity = fixture.newActivity(10);
        FamilyId family = new TestAccounts(context).newFamilyWithoutLogin();
        ChildId rose = fixture.newChild(family, "ROSE", "APPEL");
        ChildId max = fixture.newChild(family, "MAX", "APPEL");
        ChildId zoe = fixture.newChild(family, "ZOÉ", "SANSRESA");
        fixture.enrol(family, rose, activity.id(), today, today.plusMonths(1), Set.of(today.getDayOfWeek()));
        fixture.enrol(family, max, activity.id(), today, today.plusMonths(1), Set.of(today.getDayOfWeek()));
        fixture.enrol(family, zoe, activity.id(), today.minusDays(3), today.plusMonths(1), Set.of());
        Absences absences = context.getBean(Absences.class);
        Absence absence = Absence.declare(max, family, new ActivityId(activity.id()), today, AbsenceReason.PERSONAL,
                "", null, clock.instant());
        absences.addIfAbsent(absence);
        absences.rule(absence.id(), AbsenceStatus.EXCUSED, clock.instant());
        Staff staff = new TestAccounts(context).newStaff("Registre2026x");

        // the first page of a fresh context may be slow on a loaded machine: wait longer for it, once
        page.navigate(Portal.LOGIN, new Page.NavigateOptions().setTimeout(60_000));
        Portal.logIn(page, staff.username(), staff.password());
        activate(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Remplir une feuille de présence")),
                "Enter");
        Portal.assertPath(page, "/gestion/presences");
        assertThat(Portal.heading(page)).hasText("Feuille de présence");
        Axe.assertNoViolations(page, "the register before choosing an activity");

        page.getByLabel("Activité").selectOption(activity.id().toString());
        activate(page.getByLabel("Jour", new Page.GetByLabelOptions().setExact(true)), "Enter");
        Locator roseGroup = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("APPEL ROSE"));
        Locator maxGroup = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("APPEL MAX"));
        assertThat(roseGroup).containsText("Régulier");
        assertThat(maxGroup).containsText("Absence déclarée, excusée (convenance personnelle)");
        assertThat(page.getByText(Portal.longFrenchDate(today)).first()).isVisible();
        Axe.assertNoViolations(page, "today's register of an activity");

        Locator record = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Enregistrer la feuille de présence"));
        activate(record, "Enter");
        assertThat(Portal.focusedErrorSummary(page)).containsText("Cochez Présent ou Absent pour au moins un enfant");
        Axe.assertNoViolations(page, "a register recorded with nobody marked");

        activate(roseGroup.getByLabel("Présent"), "Space");
        assertThat(roseGroup.getByLabel("Présent")).isChecked();
        activate(maxGroup.getByLabel("Présent"), "ArrowRight");
        assertThat(maxGroup.getByLabel("Absent")).isChecked();
        assertThat(maxGroup.getByLabel("Absent")).isFocused();
        activate(record, "Enter");
        Locator status = page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions()
                .setHasText("La feuille de présence est enregistrée"));
        assertThat(status).containsText("2 enfants marqués");
        assertThat(status).isFocused();
        assertThat(roseGroup).containsText("Enregistré : Présent sur réservation");
        assertThat(maxGroup).containsText("Enregistré : Absent excusé");
        assertThat(roseGroup.getByLabel("Présent")).isChecked();
        Axe.assertNoViolations(page, "a recorded register");

        Locator withoutBooking = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions()
                .setName("Présents sans réservation"));
        assertThat(withoutBooking).containsText("Aucun enfant présent sans réservation");
        page.getByLabel("Enfant inscrit à l'activité ce jour-là").selectOption(zoe.value().toString());
        activate(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Ajouter un enfant présent sans réservation")), "Enter");
        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("SANSRESA ZOÉ")))
                .containsText("présent(e) sans réservation");
        assertThat(withoutBooking.getByRole(AriaRole.LISTITEM)).hasCount(1);
        assertThat(withoutBooking.getByRole(AriaRole.LISTITEM)).containsText("SANSRESA ZOÉ");
        assertThat(withoutBooking.getByRole(AriaRole.LISTITEM)).containsText("Présent sans réservation");
        assertThat(page.getByText("Aucun autre enfant n'est inscrit à l'activité ce jour-là.")).isVisible();
        Axe.assertNoViolations(page, "a register with a child present without booking");

        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForList("SELECT outcome FROM planning.attendance"
                + " WHERE activity_id = ? AND day = ? ORDER BY outcome", String.class, activity.id(), today))
                .containsExactly("ABSENT_EXCUSED", "PRESENT_ON_BOOKING", "PRESENT_WITHOUT_BOOKING");
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject("SELECT booked FROM planning.attendance"
                + " WHERE child_id = ? AND day = ?", Boolean.class, zoe.value(), today)).isFalse();

        activate(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Jour suivant")), "Enter");
        assertThat(page.getByText("Ce jour n'est pas encore arrivé")).isVisible();
        Axe.assertNoViolations(page, "tomorrow's register, not yet recordable");
    }
}
