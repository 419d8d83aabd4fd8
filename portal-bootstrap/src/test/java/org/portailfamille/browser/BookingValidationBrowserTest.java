package org.portailfamille.browser;

import com.microsoft.playwright.BrowserContext;
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
import org.portailfamille.planning.GridFixture;
import org.portailfamille.planning.application.port.in.DeadlineRule;
import org.portailfamille.planning.application.port.in.EnrolChildCommand;
import org.portailfamille.planning.application.port.in.EnrolChildUseCase;
import org.portailfamille.planning.application.port.in.SetUpActivityCommand;
import org.portailfamille.planning.application.port.in.SetUpActivityUseCase;
import org.portailfamille.planning.application.port.in.SetUpFacilityCommand;
import org.portailfamille.planning.application.port.in.SetUpFacilityUseCase;
import org.portailfamille.shared.ChildId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * In an activity whose bookings staff validate, the parent books a day from the keyboard (the day page) and sees it "Réservation
 * en cours de traitement"; staff accept it from the queue's selection; the parent's planning then shows "Réservé".
 * Every page has no axe violation.
 */
@PortalIntegrationTest
@ExtendWith(BrowserExtension.class)
class BookingValidationBrowserTest {

    @Autowired
    ApplicationContext context;

    @Test
    void a_booking_awaiting_validation_becomes_booked_when_staff_accept_it(Page page) {
        TestAccounts accounts = new TestAccounts(context);
        Parent parent = accounts.newParent("Valider2026x");
        Staff staff = accounts.newStaff("Valider2026x");
        String lastName = parent.displayName().substring(parent.displayName().indexOf(' ') + 1);
        ChildId child = context.getBean(RegisterChildUseCase.class).registerChild(new RegisterChildCommand(
                parent.familyId(), "ROSE", lastName, LocalDate.of(2018, 5, 6), "FEMALE", "École du Centre", "CE1",
                true, true, List.of(), new HealthDetails("", "", "", "", false, true, false, "")));
        UUID facility = context.getBean(SetUpFacilityUseCase.class)
                .setUpFacility(new SetUpFacilityCommand("ALSH " + UUID.randomUUID()));
        UUID activity = context.getBean(SetUpActivityUseCase.class).setUpActivity(new SetUpActivityCommand(facility,
                UUID.randomUUID(), "Mercredi loisirs", EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), 10, 2,
                "VALIDATED_BY_STAFF", DeadlineRule.daysBefore(1, LocalTime.of(18, 0)),
                SetUpActivityCommand.SAME_AS_BOOKING, null));
        context.getBean(EnrolChildUseCase.class).enrolChild(new EnrolChildCommand(parent.familyId(), child, activity,
                LocalDate.now(TestClock.PORTAL), LocalDate.now(TestClock.PORTAL).plusMonths(6), Set.of()));
        LocalDate day = new GridFixture(context).openTermDay(2);
        String planning = "/famille/enfants/" + child + "/planning?mois=" + YearMonth.from(day);
        String cell = AbsenceBrowserTest.cellName(day) + ", Mercredi loisirs : ";

        Portal.logIn(page, parent.username(), parent.password());
        page.navigate("/famille/enfants/" + child + "/planning/" + activity + "/" + day);
        Locator book = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Demande de réservation"));
        book.focus();
        page.keyboard().press("Enter");
        page.waitForLoadState();
        assertThat(page.locator("main")).containsText("Réservation en cours de traitement");
        page.navigate(planning);
        Locator grid = page.getByRole(AriaRole.TABLE).first();
        assertThat(grid).containsText(cell + "Réservation en cours de traitement");
        page.waitForLoadState();
        Axe.assertNoViolations(page, "the planning with a booking awaiting validation");

        try (BrowserContext office = Portal.otherBrowser(page)) {
            Page agent = office.newPage();
            Portal.logIn(agent, staff.username(), staff.password());
            Locator queue = Portal.staffQueue(agent, "planning.reservation", parent.familyNumber());
            assertThat(queue.locator("tbody tr")).hasCount(1);
            Locator select = agent.getByRole(AriaRole.CHECKBOX);
            select.focus();
            agent.keyboard().press("Space");
            agent.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accepter la sélection")).press("Enter");
            assertThat(agent.getByRole(AriaRole.STATUS)).containsText("1 demande a été traitée (acceptées)");
            agent.waitForLoadState();
            Axe.assertNoViolations(agent, "the staff queue after accepting a booking");
        }

        Portal.reloadUntil(page, planning, page.getByRole(AriaRole.TABLE).first(), cell + "Réservé");
        page.waitForLoadState();
        Axe.assertNoViolations(page, "the planning with the booking accepted");
    }
}
