package org.portailfamille.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.portailfamille.PortalIntegrationTest;
import org.portailfamille.TestAccounts;
import org.portailfamille.TestClock;
import org.portailfamille.planning.GridFixture;
import org.portailfamille.planning.application.port.in.BookDayCommand;
import org.portailfamille.planning.application.port.in.BookDayResult;
import org.portailfamille.planning.application.port.in.BookDayUseCase;
import org.portailfamille.planning.application.port.in.CancelDayCommand;
import org.portailfamille.planning.application.port.in.CancelDayUseCase;
import org.portailfamille.planning.application.port.in.EnrolChildCommand;
import org.portailfamille.planning.application.port.in.EnrolChildUseCase;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Issue 12, "A grid that fits" and "leaving a waiting list", in Chromium: at 1280 px the whole month of the grid is
 * visible without sideways scrolling of its table (compact cells, the symbol alone, its name for assistive
 * technology), on a narrower screen the row headers stay in view while the table scrolls; at 375 px the month is a
 * compact list of days grouped by week; a parent leaves a waiting list with the keyboard alone and the offers table
 * names the child. axe and HTML_CodeSniffer find nothing.
 */
@PortalIntegrationTest
@ExtendWith(BrowserExtension.class)
class PlanningGridFitsBrowserTest {

    @Autowired
    ApplicationContext applicationContext;

    TestAccounts.Parent parent;
    GridFixture.EnrolledChild kid;
    LocalDate day;

    @BeforeEach
    void setUp() {
        parent = new TestAccounts(applicationContext).newParent("Grille2026x");
        GridFixture fixture = new GridFixture(applicationContext);
        kid = fixture.enrolledChild(parent, "EMMA", 1);
        day = fixture.openTermDay(5);
    }

    private static Object js(Page page, String expression) {
        return page.evaluate(expression);
    }

    @Test
    void at_1280_px_the_whole_month_fits_and_narrower_the_row_headers_stay_in_view(Page page) {
        Portal.logIn(page, parent.username(), parent.password());
        page.setViewportSize(1280, 900);
        page.navigate(kid.planningOf(day));
        page.waitForLoadState();
        assertThat(Portal.heading(page)).hasText(Pattern.compile("^Planning d'EMMA"));
        Locator table = page.getByRole(AriaRole.TABLE);
        assertThat(table).hasAccessibleName(Pattern.compile("^Planning d'EMMA – "));
        Object fits = js(page, "() => { const c = document.querySelector('.planning-grid__scroller');"
                + " return [c.scrollWidth, c.clientWidth]; }");
        java.util.List<?> widths = (java.util.List<?>) fits;
        System.out.printf("MEASURE grid at 1280 px: table scrollWidth %s, container clientWidth %s%n", widths.get(0),
                widths.get(1));
        org.assertj.core.api.Assertions.assertThat(((Number) widths.get(0)).intValue())
                .as("the table's scroll width at 1280 px (client width " + widths.get(1) + ")")
                .isLessThanOrEqualTo(((Number) widths.get(1)).intValue());
        page.waitForLoadState(); // layout measured once the stylesheets are in
        org.assertj.core.api.Assertions.assertThat((Boolean) js(page,
                "() => document.documentElement.scrollWidth <= document.documentElement.clientWidth")).isTrue();
        // the symbol alone in sight, the full status and deadline for assistive technology
        Locator free = table.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(Pattern.compile(
                "^" + PlanningBrowserTest.quote(PlanningBrowserTest.dayName(day) + ", " + kid.activity()
                        + " : Pas de réservation, modifiable jusqu'au "))));
        assertThat(free).isVisible();
        free.focus();
        page.keyboard().press("Enter");
        page.getByRole(AriaRole.MENU).getByRole(AriaRole.MENUITEM, new Locator.GetByRoleOptions()
                .setName("Demande de réservation")).focus();
        page.keyboard().press("Enter");
        page.waitForLoadState();
        Locator booked = table.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(Pattern.compile(
                "^" + PlanningBrowserTest.quote(PlanningBrowserTest.dayName(day) + ", " + kid.activity()
                        + " : Réservé"))));
        assertThat(booked).isVisible();
        assertThat(booked.locator("span[aria-hidden=true]")).hasText("✓");
        org.assertj.core.api.Assertions.assertThat(booked.boundingBox().width).as("a compact cell").isLessThan(40);
        Axe.assertNoViolations(page, "the grid at 1280 px");
        HtmlCodeSniffer.assertNoErrors(page, "the grid at 1280 px");
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots",
                "planning-grid-1280.png")).setFullPage(true));

        page.setViewportSize(800, 900);
        page.waitForTimeout(100);
        Object scrolled = js(page, "() => { const c = document.querySelector('.planning-grid__scroller');"
                + " c.scrollLeft = c.scrollWidth; const h = document.querySelector('.planning-table__activity');"
                + " return [c.scrollWidth > c.clientWidth, Math.round(h.getBoundingClientRect().left"
                + " - c.getBoundingClientRect().left)]; }");
        java.util.List<?> sticky = (java.util.List<?>) scrolled;
        org.assertj.core.api.Assertions.assertThat(sticky.get(0)).as("the table scrolls at 800 px").isEqualTo(true);
        org.assertj.core.api.Assertions.assertThat(((Number) sticky.get(1)).intValue())
                .as("the row header stays at the left edge of the scrolled container").isBetween(-1, 2);
    }

    @Test
    void the_demo_seasons_show_days_not_offered_with_their_reason_and_the_seven_rows_fit_at_1280_px(Page page) {
        Portal.logIn(page, Portal.JEAN_DUPONT, Portal.JEAN_DUPONT_PASSWORD);
        page.setViewportSize(1280, 900);
        page.navigate("/famille/enfants");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Planning de LÉA")).click();
        page.waitForLoadState();
        Locator table = page.getByRole(AriaRole.TABLE);
        assertThat(table.getByRole(AriaRole.ROWHEADER)).hasCount(7);
        assertThat(table.getByRole(AriaRole.ROWHEADER, new Locator.GetByRoleOptions()
                .setName(Pattern.compile("ALSH Vacances journée")))).containsText("Vacances scolaires seulement");
        assertThat(table.getByRole(AriaRole.ROWHEADER, new Locator.GetByRoleOptions()
                .setName(Pattern.compile("ALSH Mercredi après-midi")))).containsText("Hors vacances scolaires");
        // December's first school days are term time: the holiday centre does not offer them, and says why
        org.assertj.core.api.Assertions.assertThat(page.locator("td.cell--not-offered").count()).isPositive();
        assertThat(page.locator("td.cell--not-offered").first()).containsText(Pattern.compile(
                "Non proposé, (proposé seulement pendant les vacances scolaires|pas proposé pendant les vacances"
                        + " scolaires)"));
        org.assertj.core.api.Assertions.assertThat(page.locator("td.cell--not-offered a").count())
                .as("no action, no dashed frame, on a day not offered").isZero();
        java.util.List<?> widths = (java.util.List<?>) js(page, "() => { const c = document.querySelector("
                + "'.planning-grid__scroller'); return [c.scrollWidth, c.clientWidth]; }");
        org.assertj.core.api.Assertions.assertThat(((Number) widths.get(0)).intValue())
                .as("LÉA's seven rows at 1280 px").isLessThanOrEqualTo(((Number) widths.get(1)).intValue());
        Axe.assertNoViolations(page, "LÉA's month at 1280 px");
        HtmlCodeSniffer.assertNoErrors(page, "LÉA's month at 1280 px");
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots",
                "planning-lea-1280.png")).setFullPage(true));
    }

    @Test
    void at_375_px_the_demo_month_is_a_compact_list_of_days_grouped_by_week(Page page) {
        Portal.logIn(page, Portal.JEAN_DUPONT, Portal.JEAN_DUPONT_PASSWORD);
        page.setViewportSize(375, 812);
        page.navigate("/famille/enfants");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Planning de LÉA")).click();
        page.waitForLoadState();
        assertThat(page.getByRole(AriaRole.TABLE)).isHidden();
        Locator weeks = page.locator(".planning-week");
        org.assertj.core.api.Assertions.assertThat(weeks.count()).isGreaterThan(0);
        assertThat(weeks.first().getByRole(AriaRole.HEADING)).hasText(Pattern.compile("^Semaine du "));
        Number height = (Number) js(page, "() => document.documentElement.scrollHeight");
        Number listHeight = (Number) js(page, "() => Math.round(document.querySelector('.planning-list')"
                + ".getBoundingClientRect().height)");
        Number lines = (Number) js(page, "() => document.querySelectorAll('.planning-day-line').length");
        System.out.printf("MEASURE planning of LÉA at 375 px: page %d px, list %d px, %d day lines, %d weeks%n",
                height.intValue(), listHeight.intValue(), lines.intValue(), weeks.count());
        org.assertj.core.api.Assertions.assertThat(listHeight.intValue()).as("the month's list in a few screens")
                .isLessThan(4 * 812);
        page.waitForLoadState(); // layout measured once the stylesheets are in
        org.assertj.core.api.Assertions.assertThat((Boolean) js(page,
                "() => document.documentElement.scrollWidth <= document.documentElement.clientWidth")).isTrue();
        // one line per day: no day twice in a week
        org.assertj.core.api.Assertions.assertThat((Boolean) js(page, "() => [...document.querySelectorAll("
                + "'.planning-week')].every(w => { const d = [...w.querySelectorAll('.planning-day-line__date')]"
                + ".map(e => e.textContent); return new Set(d).size === d.length; })")).isTrue();
        Axe.assertNoViolations(page, "LÉA's month at 375 px");
        HtmlCodeSniffer.assertNoErrors(page, "LÉA's month at 375 px");
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots",
                "planning-lea-375.png")).setFullPage(true));
    }

    @Test
    void a_parent_leaves_a_waiting_list_with_the_keyboard_and_the_offers_table_names_the_child(Page page) {
        LocalDate other = GridFixture.openDay(7);
        FamilyId neighbour = FamilyId.newId();
        ChildId neighbourChild = ChildId.newId();
        applicationContext.getBean(EnrolChildUseCase.class).enrolChild(new EnrolChildCommand(neighbour,
                neighbourChild, kid.activityId(), LocalDate.now(TestClock.PORTAL), day.plusMonths(3), Set.of()));
        BookDayUseCase book = applicationContext.getBean(BookDayUseCase.class);
        for (LocalDate full : java.util.List.of(day, other)) {
            org.assertj.core.api.Assertions.assertThat(book.bookDay(new BookDayCommand(neighbour, neighbourChild,
                    kid.activityId(), full)).outcome()).isEqualTo(BookDayResult.Outcome.BOOKED);
        }
        Portal.logIn(page, parent.username(), parent.password());
        for (LocalDate full : java.util.List.of(day, other)) {
            page.navigate(kid.planningOf(full));
            Locator cell = page.getByRole(AriaRole.TABLE).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                    .setName(Pattern.compile("^" + PlanningBrowserTest.quote(PlanningBrowserTest.dayName(full) + ", "
                            + kid.activity() + " : Pas de réservation"))));
            cell.focus();
            page.keyboard().press("Enter");
            page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Rejoindre la liste d'attente"))
                    .focus();
            page.keyboard().press("Enter");
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("sur la liste d'attente, en position 1");
        }

        page.navigate(kid.planningOf(day));
        Locator waiting = page.getByRole(AriaRole.TABLE).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName(Pattern.compile("^" + PlanningBrowserTest.quote(PlanningBrowserTest.dayName(day) + ", "
                        + kid.activity() + " : Demande en attente"))));
        waiting.focus();
        page.keyboard().press("Enter");
        Locator leave = page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions()
                .setName("Quitter la liste d'attente"));
        assertThat(leave).isVisible();
        Axe.assertNoViolations(page, "the grid with a waiting day's menu open");
        while (!(Boolean) leave.evaluate("el => el === document.activeElement")) {
            page.keyboard().press("ArrowDown");
        }
        page.keyboard().press("Enter");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("n'est plus sur la liste d'attente");
        assertThat(page.getByRole(AriaRole.TABLE).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName(Pattern.compile("^" + PlanningBrowserTest.quote(PlanningBrowserTest.dayName(day) + ", "
                        + kid.activity() + " : Pas de réservation"))))).isVisible();

        // the other day: a place freed is offered to EMMA, and the offers table names her
        applicationContext.getBean(CancelDayUseCase.class).cancelDay(new CancelDayCommand(neighbour, neighbourChild,
                kid.activityId(), other));
        page.navigate("/famille/listes-attente");
        Locator offers = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Places proposées"));
        assertThat(offers.getByRole(AriaRole.ROWHEADER)).hasText(Pattern.compile("EMMA"));
        assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("En liste d'attente")))
                .hasCount(0);
        Axe.assertNoViolations(page, "Listes d'attente with an offer");
        HtmlCodeSniffer.assertNoErrors(page, "Listes d'attente with an offer");
    }

    @Test
    void from_listes_d_attente_a_parent_leaves_a_list_and_is_told_so(Page page) {
        FamilyId neighbour = FamilyId.newId();
        ChildId neighbourChild = ChildId.newId();
        applicationContext.getBean(EnrolChildUseCase.class).enrolChild(new EnrolChildCommand(neighbour,
                neighbourChild, kid.activityId(), LocalDate.now(TestClock.PORTAL), day.plusMonths(3), Set.of()));
        applicationContext.getBean(BookDayUseCase.class).bookDay(new BookDayCommand(neighbour, neighbourChild,
                kid.activityId(), day));
        applicationContext.getBean(org.portailfamille.planning.application.port.in.JoinWaitingListUseCase.class)
                .joinWaitingList(new org.portailfamille.planning.application.port.in.JoinWaitingListCommand(
                        kid.family(), kid.child(), kid.activityId(), day));
        Portal.logIn(page, parent.username(), parent.password());
        page.setViewportSize(375, 812);
        page.navigate("/famille/listes-attente");
        Locator list = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("En liste d'attente"));
        assertThat(list.getByRole(AriaRole.ROWHEADER)).hasText(Pattern.compile("EMMA"));
        page.waitForLoadState(); // layout measured once the stylesheets are in
        org.assertj.core.api.Assertions.assertThat((Boolean) js(page,
                "() => document.documentElement.scrollWidth <= document.documentElement.clientWidth")).isTrue();
        Axe.assertNoViolations(page, "Listes d'attente at 375 px");
        HtmlCodeSniffer.assertNoErrors(page, "Listes d'attente at 375 px");
        Locator button = list.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName(Pattern.compile("^Quitter la liste : EMMA")));
        button.focus();
        page.keyboard().press("Enter");
        page.waitForLoadState();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("n'est plus sur la liste d'attente");
        assertThat(page.getByText("Aucun de vos enfants n'est en liste d'attente.")).isVisible();
    }
}
