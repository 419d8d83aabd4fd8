package org.portailfamille.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.portailfamille.PortalIntegrationTest;
import org.portailfamille.TestAccounts;
import org.portailfamille.planning.application.port.in.SetUpFacilityCommand;
import org.portailfamille.planning.application.port.in.SetUpFacilityUseCase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.nio.file.Paths;
import java.util.List;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * ADR 0043: the staff menu fits on one line at 1280 px (its entries grouped behind disclosure buttons), opens and
 * closes with the keyboard alone (Enter, Tab, Escape), keeps one group open at a time, marks the current group,
 * works at 375 px behind the "Menu" button, and shows "Agents et sites" to administrators only.
 */
@PortalIntegrationTest
@ExtendWith(BrowserExtension.class)
class StaffMenuBrowserTest {

    static final String MENU = "Menu de l'espace agents";

    @Autowired
    ApplicationContext context;

    static Locator nav(Page page) {
        return page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName(MENU));
    }

    static Locator group(Page page, String label) {
        return nav(page).locator("details[data-nav-menu]").filter(new Locator.FilterOptions()
                .setHas(page.locator("summary", new Page.LocatorOptions().setHasText(label))));
    }

    static Locator link(Page page, String label) {
        return nav(page).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(label).setExact(true));
    }

    static boolean isOpen(Locator details) {
        return (Boolean) details.evaluate("details => details.open");
    }

    static void assertNoSidewaysScrolling(Page page) {
        assertThat((Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
                .as("nothing scrolls sideways").isTrue();
    }

    @Test
    void the_menu_fits_one_line_at_1280_px_and_its_groups_work_with_the_keyboard(Page page) {
        page.setViewportSize(1280, 800);
        Portal.logIn(page, Portal.AGENT, Portal.AGENT_PASSWORD);
        Portal.assertPath(page, Portal.STAFF_HOME);

        Locator items = nav(page).locator("#onglets > li");
        assertThat(items.count()).isBetween(5, 8);
        List<BoundingBox> boxes = items.all().stream().map(Locator::boundingBox).toList();
        double top = boxes.get(0).y;
        for (BoundingBox box : boxes) {
            assertThat(box.y).as("every entry on the first line").isEqualTo(top);
            assertThat(box.x + box.width).as("inside the window").isLessThanOrEqualTo(1280);
        }
        BoundingBox bar = page.locator(".site-nav--staff").boundingBox();
        assertThat(bar.height).as("one line high").isLessThan(boxes.get(0).height * 1.5);
        assertThat(link(page, "Agents et sites")).isHidden();
        Axe.assertNoViolations(page, "the staff menu at 1280 px, closed");
        shoot(page, "menu-agents-1280");

        Locator planning = group(page, "Planning");
        Locator summary = planning.locator("summary");
        summary.focus();
        page.keyboard().press("Enter");
        assertThat(isOpen(planning)).isTrue();
        assertThat(link(page, "Feuilles de présence")).isVisible();
        assertThat(link(page, "Agents et sites")).isVisible();
        BoundingBox list = planning.locator("ul").boundingBox();
        assertThat(list.y).as("the group's list drops below the bar").isGreaterThanOrEqualTo(bar.y + bar.height - 5);
        assertThat(page.locator(".site-nav--staff").boundingBox().height).as("the bar keeps its height")
                .isEqualTo(bar.height);
        Axe.assertNoViolations(page, "the staff menu at 1280 px, Planning open");
        shoot(page, "menu-agents-1280-ouvert");
        page.keyboard().press("Tab");
        assertThat(link(page, "Planning")).isFocused();
        page.keyboard().press("Escape");
        assertThat(isOpen(planning)).as("Escape closes the group").isFalse();
        assertThat(summary).isFocused();

        page.keyboard().press("Space");
        assertThat(isOpen(planning)).isTrue();
        Locator messages = group(page, "Messagerie");
        messages.locator("summary").focus();
        page.keyboard().press("Enter");
        assertThat(isOpen(messages)).isTrue();
        assertThat(isOpen(planning)).as("one group open at a time").isFalse();
        page.keyboard().press("Escape");

        summary.focus();
        page.keyboard().press("Enter");
        page.keyboard().press("Tab");
        page.keyboard().press("Tab");
        assertThat(link(page, "Feuilles de présence")).isFocused();
        page.keyboard().press("Enter");
        Portal.assertPath(page, "/gestion/presences");
        assertThat(group(page, "Planning")).hasClass(java.util.regex.Pattern.compile("site-nav__menu--current"));
        assertThat(group(page, "Planning").locator("summary")).containsText("rubrique de la page affichée");
        assertThat(nav(page).locator("a[aria-current=page]")).hasAttribute("href", "/gestion/presences");
    }

    @Test
    void the_menu_works_at_375_px(Page page) {
        page.setViewportSize(375, 800);
        Portal.logIn(page, Portal.AGENT, Portal.AGENT_PASSWORD);
        assertNoSidewaysScrolling(page);
        Locator button = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Menu"));
        assertThat(button).isVisible();
        assertThat(group(page, "Planning")).isHidden();
        button.focus();
        page.keyboard().press("Enter");
        assertThat(button).hasAttribute("aria-expanded", "true");
        Locator messages = group(page, "Messagerie");
        assertThat(messages).isVisible();
        messages.locator("summary").focus();
        page.keyboard().press("Enter");
        assertThat(link(page, "Documents")).isVisible();
        BoundingBox documents = link(page, "Documents").boundingBox();
        assertThat(documents.x + documents.width).isLessThanOrEqualTo(375);
        assertNoSidewaysScrolling(page);
        Axe.assertNoViolations(page, "the staff menu at 375 px, Messagerie open");
        shoot(page, "menu-agents-375");
        link(page, "Documents").focus();
        page.keyboard().press("Enter");
        Portal.assertPath(page, "/gestion/documents");
    }

    @Test
    void agents_et_sites_is_in_the_menu_of_administrators_only(Page page) {
        UUID facility = context.getBean(SetUpFacilityUseCase.class)
                .setUpFacility(new SetUpFacilityCommand("Menu " + UUID.randomUUID().toString().substring(0, 8)));
        TestAccounts.Staff staff = new TestAccounts(context).newStaffOf("MenuSites2026", facility);
        page.setViewportSize(1280, 800);
        Portal.logIn(page, staff.username(), staff.password());
        assertThat(nav(page).locator("a[href='/gestion/agents']")).hasCount(0);
        group(page, "Planning").locator("summary").click();
        assertThat(link(page, "Feuilles de présence")).isVisible();
        assertThat(nav(page).getByText("Agents et sites")).hasCount(0);
    }

    static void shoot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots", name + ".png")));
    }
}
