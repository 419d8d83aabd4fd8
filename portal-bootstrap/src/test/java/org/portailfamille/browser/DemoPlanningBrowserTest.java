package org.portailfamille.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.portailfamille.PortalIntegrationTest;

import java.nio.file.Paths;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The demo family's planning as a parent sees it: LÉA's month with the guide's seven rows and many statuses at
 * once has no axe violation, on a desktop and on a phone (where it becomes a list). A screenshot is kept in
 * target/screenshots for the README.
 */
@PortalIntegrationTest
@ExtendWith(BrowserExtension.class)
class DemoPlanningBrowserTest {

    @Test
    void lea_s_planning_shows_the_guide_s_rows_and_passes_axe_on_desktop_and_phone(Page page) {
        Portal.logIn(page, "jean.dupont", "Bonbons2015");
        page.navigate("/famille/enfants");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Planning de LÉA")).click();
        page.waitForLoadState();
        Locator table = page.getByRole(AriaRole.TABLE).first();
        assertThat(table.getByRole(AriaRole.ROWHEADER)).hasCount(7);
        assertThat(table.getByRole(AriaRole.ROWHEADER).first()).hasText(Pattern.compile("ALSH Mercredi après-midi"));
        assertThat(table).containsText("DUPONT JEAN");
        Axe.assertNoViolations(page, "the demo planning of LÉA");
        page.setViewportSize(1280, 900);
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots", "planning-lea.png"))
                .setFullPage(true));

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^Mois suivant"))).click();
        page.waitForLoadState();
        Axe.assertNoViolations(page, "the demo planning of LÉA, next month");

        page.setViewportSize(320, 700);
        page.reload();
        page.waitForLoadState();
        Axe.assertNoViolations(page, "the demo planning of LÉA on a phone");
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth");
        org.assertj.core.api.Assertions.assertThat(overflow).isEqualTo(false);
    }
}
