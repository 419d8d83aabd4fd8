package org.portailfamille.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.portailfamille.PortalIntegrationTest;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The waiting room of the login (ADR 0045), where a login the portal could not check yet at a rush is sent: in
 * French, accessible (axe), usable with the keyboard and at 375 px, and back to the login form by itself after the
 * delay (the Refresh header; no script) or at once with its button.
 */
@PortalIntegrationTest
@ExtendWith(BrowserExtension.class)
class LoginWaitingRoomBrowserTest {

    @Test
    void the_waiting_room_is_accessible_and_its_button_leads_back_to_the_login_form_with_the_keyboard(Page page) {
        page.navigate("/connexion/file-attente?secondes=60");

        assertThat(Portal.heading(page)).hasText("Vous êtes dans la file d'attente");
        assertThat(page).hasTitle(Pattern.compile("^File d'attente de connexion – Portail Famille"));
        assertThat(page.locator("main")).containsText("Dans environ 60 secondes, cette page vous ramènera d'elle-même");
        assertThat(page.locator("main")).containsText("Votre mot de passe n'est conservé nulle part");
        Axe.assertNoViolations(page, "the waiting room");

        page.setViewportSize(375, 800);
        Object width = page.evaluate("() => document.documentElement.scrollWidth");
        assertThat(((Number) width).intValue()).as("no sideways scroll at 375 px").isLessThanOrEqualTo(375);
        Axe.assertNoViolations(page, "the waiting room at 375 px");

        var button = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Revenir à la connexion maintenant"));
        for (int i = 0; i < 30 && !(Boolean) button.evaluate("element => element === document.activeElement"); i++) {
            page.keyboard().press("Tab");
        }
        assertThat(button).isFocused();
        page.keyboard().press("Enter");

        Portal.assertPath(page, "/connexion");
        assertThat(page.locator("main")).containsText("C'est votre tour : saisissez votre mot de passe et validez.");
        Axe.assertNoViolations(page, "the login form after the waiting room");
    }

    @Test
    void the_waiting_room_comes_back_to_the_login_form_by_itself_after_its_delay(Page page) {
        page.navigate("/connexion/file-attente?secondes=2");
        assertThat(Portal.heading(page)).hasText("Vous êtes dans la file d'attente");

        page.waitForURL(Pattern.compile(".*/connexion\\?apres-attente$"),
                new Page.WaitForURLOptions().setTimeout(15_000));

        assertThat(Portal.heading(page)).hasText("Compte famille");
        assertThat(page.getByLabel("Mot de passe", new Page.GetByLabelOptions().setExact(true))).isEmpty();
    }
}
