package org.portailfamille.browser;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;

import java.util.List;

/** axe-core in the real page: WCAG 2.1 A and AA rules, zero violations allowed (QUALITY.md, Accessibility). */
final class Axe {

    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Axe() {
    }

    /**
     * Fails with every violation (rule id, help and the nodes concerned) when the page has any; also checks the
     * page rules of UI.md that axe does not: one {@code h1}, the landmarks, the skip link first, unique ids.
     */
    static void assertNoViolations(Page page, String state) {
        // contrast and layout rules need the styled page: a check right after a click may run before the stylesheet
        page.waitForLoadState();
        assertPageStructure(page, state);
        // Legacy mode runs axe.run() in the page itself: the same rules and results for these pages without
        // frames, three times faster than the default, which injects axe twice and opens a blank page per check.
        AxeResults results = new AxeBuilder(page).withTags(WCAG_21_AA).setLegacyMode(true).analyze();
        if (results.getError() != null || results.getErrorMessage() != null) {
            throw new AssertionError("axe-core could not analyse " + state + " (" + page.url() + "): "
                    + results.getErrorMessage(), results.getError());
        }
        List<Rule> violations = results.getViolations();
        if (violations.isEmpty()) {
            return;
        }
        StringBuilder message = new StringBuilder()
                .append(violations.size()).append(" accessibility violation(s) on ").append(state)
                .append(" (").append(page.url()).append("):");
        for (Rule rule : violations) {
            message.append("\n- ").append(rule.getId()).append(" [").append(rule.getImpact()).append("]: ")
                    .append(rule.getHelp()).append(" (").append(rule.getHelpUrl()).append(')');
            for (CheckedNode node : rule.getNodes()) {
                message.append("\n    at ").append(node.getTarget()).append("  ").append(node.getHtml());
                if (node.getFailureSummary() != null) {
                    message.append("\n      ").append(node.getFailureSummary().replace("\n", "\n      "));
                }
            }
        }
        throw new AssertionError(message.toString());
    }

    private static void assertPageStructure(Page page, String state) {
        // the page as a reader gets it: wait until the document is fully parsed and loaded (on a busy machine the
        // footer of a long page can still be on its way when the heading is already there)
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
        String where = " on " + state + " (" + page.url() + ")";
        assertCount(page, "h1", 1, "one h1" + where);
        assertCount(page, "header", 1, "one header" + where);
        assertCount(page, "main", 1, "one main" + where);
        assertCount(page, "footer", 1, "one footer" + where);
        Object firstFocusable = page.evaluate("() => { const el = document.querySelector('a[href], button, input, "
                + "select, textarea, [tabindex]:not([tabindex=\"-1\"])'); return el ? el.textContent.trim() : null; }");
        if (!"Aller au contenu".equals(firstFocusable)) {
            throw new AssertionError("The first focusable element should be the skip link \"Aller au contenu\"" + where
                    + " but is: " + firstFocusable);
        }
        Object duplicates = page.evaluate("() => { const seen = new Set(), dup = new Set();"
                + " document.querySelectorAll('[id]').forEach(el => seen.has(el.id) ? dup.add(el.id) : seen.add(el.id));"
                + " return [...dup].join(', '); }");
        if (!"".equals(duplicates)) {
            throw new AssertionError("Duplicate ids" + where + ": " + duplicates);
        }
    }

    private static void assertCount(Page page, String selector, int expected, String what) {
        int count = page.locator(selector).count();
        if (count != expected) {
            throw new AssertionError("Expected " + what + ", found " + count + " " + selector);
        }
    }
}
