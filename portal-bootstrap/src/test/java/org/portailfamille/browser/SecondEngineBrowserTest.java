package org.portailfamille.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.portailfamille.PortalIntegrationTest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A second WCAG 2.1 AA engine over the parent pages (issue 12, "Accessibility beyond axe"): HTML_CodeSniffer finds
 * no error on the demo family's pages and the registration form, axe none either. It used to find the Accueil's
 * unpaid-invoices table not tying its cells to their headers, the planning page's form without a submit button
 * and the registration form's single-line {@code autocomplete="street-address"}.
 */
@PortalIntegrationTest
@ExtendWith(BrowserExtension.class)
class SecondEngineBrowserTest {

    @Test
    void html_codesniffer_finds_no_error_on_the_parent_pages(Page page) {
        List<String> found = new ArrayList<>();
        page.navigate("/inscription");
        check(page, "the registration form", found);
        assertThat(page.locator("input[autocomplete=street-address]").count()).as("no single-line street-address")
                .isZero();

        Portal.logIn(page, Portal.JEAN_DUPONT, Portal.JEAN_DUPONT_PASSWORD);
        for (String path : List.of(Portal.FAMILY_HOME, "/famille/enfants", Portal.MY_ACCOUNT, Portal.MY_REQUESTS,
                "/famille/listes-attente", "/famille/releve")) {
            page.navigate(path);
            check(page, path, found);
        }
        page.navigate("/famille/enfants");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Planning de LÉA")).click();
        page.waitForLoadState();
        check(page, "the planning of LÉA", found);
        assertThat(page.locator("main form:not(:has([type=submit]))").count()).as("every form has a submit button")
                .isZero();
        page.navigate("/famille/enfants");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^LÉA$"))).click();
        page.waitForLoadState();
        check(page, "LÉA's file", found);
        assertThat(found).as("HTML_CodeSniffer WCAG2AA errors").isEmpty();
    }

    /** Issue 12: the tables of these pages show all their content, none cut or scrolled sideways. */
    @Test
    void the_parent_tables_are_not_cut_at_375_px_nor_the_authorised_persons_at_1280_px(Page page) {
        Portal.logIn(page, Portal.JEAN_DUPONT, Portal.JEAN_DUPONT_PASSWORD);
        page.setViewportSize(375, 812);
        for (String path : List.of(Portal.FAMILY_HOME, "/famille/enfants", Portal.MY_REQUESTS + "?vue=enfants",
                Portal.MY_REQUESTS)) {
            page.navigate(path);
            page.waitForLoadState();
            if (!path.startsWith(Portal.MY_REQUESTS)) {
                assertThat(page.locator(".table-container").count()).as("a table on " + path).isPositive();
            }
            assertThat(tablesCut(page)).as("tables cut at 375 px on " + path).isEmpty();
        }
        page.navigate(Portal.FAMILY_HOME);
        assertThat(page.locator("tfoot").innerText()).contains("Total").contains("€");
        page.setViewportSize(1280, 900);
        page.navigate("/famille/enfants");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^LÉA$"))).click();
        page.waitForLoadState();
        assertThat(tablesCut(page)).as("tables cut at 1280 px on LÉA's file").isEmpty();
    }

    /** The table containers of the page whose table is wider than what they show. */
    @SuppressWarnings("unchecked")
    private static List<String> tablesCut(Page page) {
        return (List<String>) page.evaluate("() => [...document.querySelectorAll('.table-container')]"
                + ".filter(c => c.offsetParent !== null && c.scrollWidth > c.clientWidth + 1)"
                + ".map(c => (c.querySelector('caption') || c).textContent.trim().slice(0, 80)"
                + " + ' (' + c.scrollWidth + ' > ' + c.clientWidth + ')')");
    }

    private static void check(Page page, String state, List<String> found) {
        page.waitForLoadState();
        HtmlCodeSniffer.errors(page).stream()
                .filter(error -> HtmlCodeSniffer.LEFT_ASIDE.stream().noneMatch(error::startsWith))
                .forEach(error -> found.add(state + ": " + error));
        Axe.assertNoViolations(page, state);
    }
}
