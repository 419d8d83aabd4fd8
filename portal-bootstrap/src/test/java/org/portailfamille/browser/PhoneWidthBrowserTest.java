package org.portailfamille.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.portailfamille.PortalIntegrationTest;
import org.portailfamille.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.net.URI;
import java.nio.file.Paths;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** At 320 px (the narrowest phones, and 400 % zoom) nothing scrolls sideways; the tabs hide behind "Menu". */
@PortalIntegrationTest
@ExtendWith(BrowserExtension.class)
class PhoneWidthBrowserTest {

    private static final int PHONE_WIDTH = 320;

    @Autowired
    ApplicationContext applicationContext;

    @Test
    void the_login_page_fits_a_320_px_screen(Page page) {
        page.setViewportSize(PHONE_WIDTH, 640);
        page.navigate(Portal.LOGIN);

        assertThat(Portal.heading(page)).hasText("Compte famille");
        assertNoSidewaysScrolling(page);
        Axe.assertNoViolations(page, "the login page at 320 px");
    }

    @Test
    void the_home_page_fits_a_320_px_screen_and_its_menu_opens_with_the_keyboard(Page page) {
        Portal.logIn(page, Portal.JEAN_DUPONT, Portal.JEAN_DUPONT_PASSWORD);
        page.setViewportSize(PHONE_WIDTH, 640);
        page.navigate(Portal.FAMILY_HOME);

        assertThat(Portal.heading(page)).hasText("Bienvenue sur le Portail Famille");
        assertNoSidewaysScrolling(page);
        Locator menu = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Menu"));
        Locator home = page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Accueil"));
        Locator logout = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Déconnexion"));
        assertThat(menu).isVisible();
        assertThat(menu).hasAttribute("aria-expanded", "false");
        assertThat(home).isHidden();
        assertThat(logout).isHidden();
        Axe.assertNoViolations(page, "the home page at 320 px, menu closed");

        for (int presses = 0; presses < 10 && !isFocused(menu); presses++) {
            page.keyboard().press("Tab");
        }
        assertThat(menu).isFocused();
        page.keyboard().press("Enter");
        assertThat(menu).hasAttribute("aria-expanded", "true");
        assertThat(home).isVisible();
        assertThat(logout).isVisible();
        page.keyboard().press("Tab");
        assertThat(home).isFocused();
        assertNoSidewaysScrolling(page);
        Axe.assertNoViolations(page, "the home page at 320 px, menu open");
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots", "accueil-320-menu.png"))
                .setFullPage(true));

        page.keyboard().press("Shift+Tab");
        assertThat(menu).isFocused();
        page.keyboard().press("Space");
        assertThat(menu).hasAttribute("aria-expanded", "false");
        assertThat(home).isHidden();

        Locator table = page.locator(".table-container");
        assertThat(table).isVisible();
        assertThat((Boolean) table.evaluate("el => el.getBoundingClientRect().right <= document.documentElement.clientWidth"))
                .as("the invoices table's scroll container stays inside the screen").isTrue();
        assertThat((Boolean) table.evaluate("el => el.querySelector('caption').getBoundingClientRect().right"
                + " <= el.getBoundingClientRect().right + 0.5"))
                .as("the table's caption wraps inside the visible part of the scroll container").isTrue();
    }

    @Test
    void the_password_change_page_fits_a_320_px_screen(Page page) {
        Portal.logIn(page, Portal.JEAN_DUPONT, Portal.JEAN_DUPONT_PASSWORD);
        page.setViewportSize(PHONE_WIDTH, 640);
        page.navigate(Portal.CHANGE_PASSWORD);

        assertThat(Portal.heading(page)).hasText("Changer mot de passe");
        assertNoSidewaysScrolling(page);
        Axe.assertNoViolations(page, "the password change page at 320 px");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Paths.get("target", "screenshots", "changer-mot-de-passe-320.png")).setFullPage(true));
    }

    @Test
    void mon_compte_its_forms_and_the_list_of_requests_fit_a_320_px_screen(Page page) {
        TestAccounts.Parent parent = new TestAccounts(applicationContext).newParent("Telephone2026x");
        Portal.logIn(page, parent.username(), parent.password());
        page.setViewportSize(PHONE_WIDTH, 640);

        page.navigate(Portal.MY_ACCOUNT);
        assertThat(Portal.heading(page)).hasText("Informations famille");
        assertNoSidewaysScrolling(page);
        Axe.assertNoViolations(page, "Mon compte at 320 px");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Coordonnées Bancaires")).click();
        Portal.field(page, "Titulaire du compte").fill("CAMILLE TEST");
        Portal.field(page, "IBAN").fill("FR76 3000 6000 0112 3456 7890 188");
        Portal.press(page, "Enregistrer la demande");
        Portal.focusedErrorSummary(page);
        assertNoSidewaysScrolling(page);
        Axe.assertNoViolations(page, "Coordonnées Bancaires with an error at 320 px");
        Portal.field(page, "IBAN").fill("FR76 3000 6000 0112 3456 7890 189");
        Portal.press(page, "Enregistrer la demande");
        assertThat(Portal.heading(page)).hasText("Demande transmise");
        assertNoSidewaysScrolling(page);

        page.navigate(Portal.MY_REQUESTS);
        Locator table = page.locator(".table-container");
        assertThat(table).hasCount(1);
        assertNoSidewaysScrolling(page);
        assertThat((Boolean) table.evaluate("el => el.getBoundingClientRect().right <= document.documentElement.clientWidth"))
                .as("the requests table's scroll container stays inside the screen").isTrue();
        Axe.assertNoViolations(page, "Liste des demandes at 320 px");
    }

    @Test
    void without_javascript_the_tabs_stay_visible_and_the_portal_works(Page page) {
        page.navigate(Portal.LOGIN);
        URI login = URI.create(page.url());
        Browser.NewContextOptions noScript = new Browser.NewContextOptions()
                .setBaseURL(login.getScheme() + "://" + login.getAuthority())
                .setJavaScriptEnabled(false)
                .setViewportSize(PHONE_WIDTH, 640);
        try (BrowserContext context = page.context().browser().newContext(noScript)) {
            Page plain = context.newPage();
            Portal.logIn(plain, Portal.JEAN_DUPONT, Portal.JEAN_DUPONT_PASSWORD);

            Portal.assertPath(plain, Portal.FAMILY_HOME);
            assertThat(plain.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Menu"))).isHidden();
            assertThat(plain.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK,
                    new Locator.GetByRoleOptions().setName("Accueil"))).isVisible();
            assertThat(plain.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Déconnexion"))).isVisible();
            assertNoSidewaysScrolling(plain);
        }
    }

    private static boolean isFocused(Locator locator) {
        return (Boolean) locator.evaluate("el => el === document.activeElement");
    }

    private static void assertNoSidewaysScrolling(Page page) {
        page.waitForLoadState(); // layout measured once the stylesheets are in
        Object scrollWidth = page.evaluate("() => document.documentElement.scrollWidth");
        // What is beyond the screen and not clipped by a table's scroll container (absolute elements may escape it).
        Object wide = page.evaluate("width => [...document.querySelectorAll('body *')]"
                + ".filter(el => el.getBoundingClientRect().right > width + 0.5 && (!el.parentElement.closest('.table-container')"
                + " || ['absolute', 'fixed'].includes(getComputedStyle(el).position)))"
                + ".map(el => el.tagName.toLowerCase() + (el.className ? '.' + el.className : '')"
                + " + ' (' + Math.round(el.getBoundingClientRect().right) + ' px)').join(', ')", PHONE_WIDTH);
        assertThat(((Number) scrollWidth).intValue())
                .as("document.documentElement.scrollWidth of %s at %d px; too wide: %s", page.url(), PHONE_WIDTH, wide)
                .isLessThanOrEqualTo(PHONE_WIDTH);
    }
}
