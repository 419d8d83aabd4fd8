package org.portailfamille.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** What a person does on the portal, in the words of the pages (labels and button names, not CSS classes). */
final class Portal {

    static final String LOGIN = "/connexion";
    static final String FAMILY_HOME = "/famille/accueil";
    static final String STAFF_HOME = "/gestion/accueil";
    static final String CHANGE_PASSWORD = "/mot-de-passe/changer";
    static final String FORGOTTEN_PASSWORD = "/mot-de-passe/oublie";
    static final String MAILBOX = "/demo/courriels";

    static final String JEAN_DUPONT = "jean.dupont";
    static final String JEAN_DUPONT_PASSWORD = "Bonbons2015";
    static final String AGENT = "agent";
    static final String AGENT_PASSWORD = "Agent2015";

    private Portal() {
    }

    /**
     * Logs in from the login page: fill the two fields, press the button, and wait until the answer is loaded
     * (another page, or the login page again with "?erreur"), so that a following navigate() cannot cut it off.
     */
    static void logIn(Page page, String username, String password) {
        page.navigate(LOGIN);
        String loginUrl = page.url();
        page.getByLabel("Identifiant", new Page.GetByLabelOptions().setExact(true)).fill(username);
        page.getByLabel("Mot de passe", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter")).click();
        page.waitForURL(url -> !url.equals(loginUrl));
    }

    static void logOut(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Déconnexion")).click();
        page.waitForURL(BrowserExtension.MUNICIPALITY_WEBSITE);
    }

    static void assertPath(Page page, String expected) {
        // Playwright evaluates the pattern in JavaScript: no \Q…\E quoting (paths are plain letters, '/' and '-').
        assertThat(page).hasURL(Pattern.compile("^http://localhost:\\d+" + expected + "(\\?.*)?$"));
    }

    static Locator heading(Page page) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }

    /** The error summary of the page, which must have the keyboard focus so that it is announced. */
    static Locator focusedErrorSummary(Page page) {
        Locator summary = page.locator(".error-summary");
        assertThat(summary).isVisible();
        assertThat(summary).isFocused();
        return summary;
    }

    /** "Samedi 28 Novembre 2026": the date written as the guide's banner writes it. */
    static String longFrenchDate(LocalDate date) {
        String[] words = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRENCH).format(date).split(" ");
        StringBuilder out = new StringBuilder();
        for (String word : words) {
            out.append(out.isEmpty() ? "" : " ").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return out.toString();
    }
}
