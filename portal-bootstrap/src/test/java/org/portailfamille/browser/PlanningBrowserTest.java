package org.portailfamille.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.MouseButton;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.portailfamille.PortalIntegrationTest;
import org.portailfamille.TestAccounts;
import org.portailfamille.TestClock;
import org.portailfamille.planning.GridFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The planning grid in Chromium: reached from Mes enfants, month by month, a day booked and cancelled with the
 * keyboard alone through its menu, the right-click menu, and the list of days at 320 px; axe finds nothing.
 */
@PortalIntegrationTest
@ExtendWith(BrowserExtension.class)
class PlanningBrowserTest {

    private static final int PHONE_WIDTH = 320;

    @Autowired
    ApplicationContext applicationContext;

    TestAccounts.Parent parent;
    GridFixture.EnrolledChild kid;
    LocalDate day;

    @BeforeEach
    void setUp() {
        parent = new TestAccounts(applicationContext).newParent("Agenda2026x");
        GridFixture fixture = new GridFixture(applicationContext);
        kid = fixture.enrolledChild(parent, "NINA", 5);
        day = fixture.openTermDay(5);
    }

    static String dayName(LocalDate day) {
        String name = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.FRENCH).format(day);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** A regular expression matching {@code text} literally, in JavaScript too (Playwright has no \\Q…\\E). */
    static String quote(String text) {
        return text.replaceAll("[.*+?^${}()|\\[\\]\\\\]", "\\\\$0");
    }

    static String monthName(YearMonth month) {
        String name = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH).format(month.atDay(1));
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** The grid's cell of {@code day}, found by the start of its accessible name. */
    Locator cell(Page page, LocalDate day, String status) {
        return page.getByRole(AriaRole.TABLE).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName(Pattern.compile("^" + quote(dayName(day) + ", " + kid.activity() + " : " + status))));
    }

    /** From the current month, "Mois suivant" until the month of {@code day}. */
    void goToMonthOf(Page page, LocalDate target) {
        YearMonth month = YearMonth.now(TestClock.PORTAL);
        while (month.isBefore(YearMonth.from(target))) {
            month = month.plusMonths(1);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                    .setName("Mois suivant : " + monthName(month))).click();
            page.waitForLoadState();
            assertThat(page.getByRole(AriaRole.TABLE)).hasAccessibleName(Pattern.compile(monthName(month) + "$"));
            page.waitForLoadState();
        }
    }

    @Test
    void the_parent_opens_the_planning_from_mes_enfants_and_goes_month_by_month(Page page) {
        Portal.logIn(page, parent.username(), parent.password());
        page.navigate("/famille/enfants");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Planning de NINA")).click();
        page.waitForLoadState();
        assertThat(Portal.heading(page)).hasText(Pattern.compile("^Planning de NINA"));
        Locator table = page.getByRole(AriaRole.TABLE);
        assertThat(table).hasAccessibleName("Planning de NINA – " + monthName(YearMonth.now(TestClock.PORTAL)));
        assertThat(table.getByRole(AriaRole.ROWHEADER)).hasText(Pattern.compile(quote(kid.activity())));
        assertThat(page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Légende"))
                .getByRole(AriaRole.LISTITEM)).hasCount(18);
        page.waitForLoadState();
        Axe.assertNoViolations(page, "the planning of the current month");

        goToMonthOf(page, day.plusMonths(1));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Mois précédent : " + monthName(YearMonth.from(day)))).click();
        page.waitForLoadState();
        assertThat(table).hasAccessibleName("Planning de NINA – " + monthName(YearMonth.from(day)));
        assertThat(cell(page, day, "Pas de réservation")).hasAccessibleName(Pattern.compile(
                "modifiable jusqu'au " + DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.FRENCH)
                        .format(day.minusDays(1)) + " 18:00$"));
        page.waitForLoadState();
        Axe.assertNoViolations(page, "the planning of the day's month");
    }

    @Test
    void a_day_is_booked_then_cancelled_with_the_keyboard_alone(Page page) {
        Portal.logIn(page, parent.username(), parent.password());
        page.navigate(kid.planningOf(day));

        Locator free = cell(page, day, "Pas de réservation");
        free.focus();
        page.keyboard().press("Enter");
        Locator menu = page.getByRole(AriaRole.MENU);
        assertThat(menu).isVisible();
        Locator book = menu.getByRole(AriaRole.MENUITEM, new Locator.GetByRoleOptions().setName("Demande de réservation"));
        assertThat(book).isFocused();
        Axe.assertNoViolations(page, "the planning with a day's menu open");
        page.keyboard().press("Enter");

        assertThat(page.getByRole(AriaRole.STATUS)).containsText(dayName(day) + ", " + kid.activity()
                + " : la journée est réservée.");
        Locator booked = cell(page, day, "Réservé");
        assertThat(booked).hasText("✓" + dayName(day) + ", " + kid.activity() + " : Réservé, modifiable jusqu'au "
                + DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.FRENCH).format(day.minusDays(1)) + " 18:00");
        Axe.assertNoViolations(page, "the planning after booking");

        booked.focus();
        page.keyboard().press("Space");
        assertThat(menu.getByRole(AriaRole.MENUITEM)).hasText(new String[]{"Annuler la réservation",
                "Déclarer une absence", "Voir le détail du jour"});
        page.keyboard().press("ArrowDown");
        assertThat(menu.getByRole(AriaRole.MENUITEM, new Locator.GetByRoleOptions().setName("Déclarer une absence")))
                .isFocused();
        page.keyboard().press("ArrowUp");
        assertThat(menu.getByRole(AriaRole.MENUITEM, new Locator.GetByRoleOptions().setName("Annuler la réservation")))
                .isFocused();
        page.keyboard().press("Enter");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("la réservation est annulée.");
        assertThat(cell(page, day, "Pas de réservation")).isVisible();
    }

    @Test
    void a_right_click_opens_the_menu_and_escape_closes_it(Page page) {
        Portal.logIn(page, parent.username(), parent.password());
        page.navigate(kid.planningOf(day));
        Locator free = cell(page, day, "Pas de réservation");
        free.click(new Locator.ClickOptions().setButton(MouseButton.RIGHT));
        Locator menu = page.getByRole(AriaRole.MENU);
        assertThat(menu).isVisible();
        assertThat(free).hasAttribute("aria-expanded", "true");
        assertThat(menu.getByRole(AriaRole.MENUITEM)).hasText(new String[]{"Demande de réservation",
                "Voir le détail du jour"});
        page.keyboard().press("Escape");
        assertThat(menu).hasCount(0);
        assertThat(free).isFocused();
        assertThat(free).hasAttribute("aria-expanded", "false");

        free.focus();
        page.keyboard().press("Enter");
        page.keyboard().press("ArrowDown");
        page.keyboard().press("Enter");
        Portal.assertPath(page, kid.dayPage(day).replace("?", ""));
        assertThat(Portal.heading(page)).hasText(Pattern.compile(quote(dayName(day))));
        Axe.assertNoViolations(page, "the page of a day");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Demande de réservation")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("la journée est réservée.");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Annuler la réservation")))
                .isVisible();
    }

    @Test
    void at_320_px_the_grid_is_a_list_of_days(Page page) {
        Portal.logIn(page, parent.username(), parent.password());
        page.setViewportSize(PHONE_WIDTH, 720);
        page.navigate(kid.planningOf(day));
        assertThat(page.getByRole(AriaRole.TABLE)).isHidden();
        // the month as a list of days grouped by week (issue 12): the day's line is in its week's region
        Locator list = page.locator(".planning-list");
        assertThat(list).isVisible();
        assertThat(list.getByRole(AriaRole.REGION).first()).hasAccessibleName(Pattern.compile("^Semaine du "));
        Locator free = list.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(Pattern.compile(
                "^" + quote(dayName(day) + ", " + kid.activity() + " : Pas de réservation"))));
        assertThat(free).isVisible();
        page.waitForLoadState(); // layout measured once the stylesheets are in
        Object scrollWidth = page.evaluate("() => document.documentElement.scrollWidth");
        org.assertj.core.api.Assertions.assertThat(((Number) scrollWidth).intValue()).isLessThanOrEqualTo(PHONE_WIDTH);
        Axe.assertNoViolations(page, "the planning at 320 px");

        free.focus();
        page.keyboard().press("Enter");
        Locator menu = page.getByRole(AriaRole.MENU);
        assertThat(menu).isVisible();
        Object menuRight = page.evaluate("() => document.querySelector('[role=menu]').getBoundingClientRect().right");
        org.assertj.core.api.Assertions.assertThat(((Number) menuRight).doubleValue()).as("menu inside the screen")
                .isLessThanOrEqualTo(PHONE_WIDTH);
        page.keyboard().press("Enter");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("la journée est réservée.");
        assertThat(list.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(Pattern.compile(
                "^" + quote(dayName(day) + ", " + kid.activity() + " : Réservé"))))).isVisible();
    }
}
