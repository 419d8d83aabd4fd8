package org.portailfamille.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import java.net.URI;
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
    static final String MY_ACCOUNT = "/famille/mon-compte";
    static final String MY_REQUESTS = "/famille/demandes";
    static final String STAFF_REQUESTS = "/gestion/demandes";
    static final String STAFF_FAMILIES = "/gestion/familles";
    static final String REGISTRATION = "/inscription";

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

    /**
     * The form field whose label is {@code label}, with or without the "(obligatoire)" mark: exact, so that "Nom"
     * is not "Prénom" nor "Nom de la banque".
     */
    static Locator field(Page page, String label) {
        // The label's text content is matched as written in the HTML (spans on several lines): free white space.
        return page.getByLabel(Pattern.compile("^\\s*" + escapeForJavaScript(label).replace(" ", "\\s+")
                + "(\\s+\\(obligatoire\\))?\\s*$"));
    }

    static void press(Page page, String button) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true)).click();
    }

    /** Staff's request queue ("Liste des demandes") filtered on one family's requests of one type (its code). */
    static Locator staffQueue(Page agent, String type, String familyNumber) {
        agent.navigate(STAFF_REQUESTS);
        agent.getByLabel("Type de demande").selectOption(type);
        agent.getByLabel("N° Famille").fill(familyNumber);
        press(agent, "Filtrer");
        return agent.getByRole(AriaRole.TABLE);
    }

    /** A second person at another computer: a new browser context on the same portal; the caller closes it. */
    static BrowserContext otherBrowser(Page page) {
        URI here = URI.create(page.url().startsWith("http") ? page.url() : "http://localhost/");
        BrowserContext context = page.context().browser().newContext(new Browser.NewContextOptions()
                .setBaseURL(here.getScheme() + "://" + here.getAuthority())
                .setLocale("fr-FR")
                .setTimezoneId("Europe/Paris")
                .setViewportSize(1280, 900));
        context.setDefaultTimeout(10_000);
        return context;
    }

    /**
     * The newest mail to {@code email} whose subject contains {@code subject}, on the demo mailbox (mails are
     * sent after the transaction, sometimes by an event listener: reloads for up to 15 s).
     */
    static Locator newestMail(Page page, String email, String subject) {
        page.navigate(MAILBOX);
        Locator mails = page.getByRole(AriaRole.ARTICLE).filter(new Locator.FilterOptions().setHasText(email))
                .filter(new Locator.FilterOptions().setHas(page.getByRole(AriaRole.HEADING,
                        new Page.GetByRoleOptions().setName(subject))));
        for (int attempt = 0; attempt < 75 && mails.count() == 0; attempt++) {
            page.waitForTimeout(200);
            page.reload();
        }
        assertThat(mails.first()).isVisible();
        return mails.first();
    }

    /** Reloads {@code path} until {@code locator} shows {@code text} (decisions are applied asynchronously). */
    static void reloadUntil(Page page, String path, Locator locator, String text) {
        page.navigate(path);
        for (int attempt = 0; attempt < 75 && !(locator.count() > 0 && locator.first().innerText().contains(text)); attempt++) {
            page.waitForTimeout(200);
            page.reload();
        }
        assertThat(locator.first()).containsText(text);
    }

    private static String escapeForJavaScript(String text) {
        return text.replaceAll("[.*+?^${}()|\\[\\]\\\\]", "\\\\$0");
    }

    static void logOut(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Déconnexion")).click();
        page.waitForURL(BrowserExtension.MUNICIPALITY_WEBSITE);
    }

    /**
     * Follows the staff menu's entry {@code label} (exact name), opening its menu group first when it is in one
     * (ADR 0043).
     */
    static void staffMenu(Page page, String label) {
        Locator nav = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Menu de l'espace agents"));
        Locator link = nav.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(label).setExact(true)
                .setIncludeHidden(true));
        if (!link.isVisible()) {
            nav.locator("details[data-nav-menu]").filter(new Locator.FilterOptions().setHas(page.getByRole(
                    AriaRole.LINK, new Page.GetByRoleOptions().setName(label).setExact(true).setIncludeHidden(true))))
                    .locator("summary").click();
        }
        link.click();
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
